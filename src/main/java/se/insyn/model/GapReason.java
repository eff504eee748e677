package se.insyn.model;

/** Why content is not accessible, in the three groups Digg's model statement uses. */
public enum GapReason implements Labelled {
    BRIST("brist"),
    OSKALIG_BORDA("oskälig börda"),
    UTANFOR_LAGEN("utanför lagen");

    private final String key;

    GapReason(String key) {
        this.key = key;
    }

    @Override
    public String key() {
        return key;
    }
}
