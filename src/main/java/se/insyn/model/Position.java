package se.insyn.model;

/** An organisation's position on a recommendation, as stated in its statement or a follow-up. */
public enum Position implements Labelled {
    INSTAMMER("instämmer"),
    DELVIS_INSTAMMER("delvis instämmer"),
    INSTAMMER_INTE("instämmer inte"),
    HANVISAR("hänvisar");

    private final String key;

    Position(String key) {
        this.key = key;
    }

    @Override
    public String key() {
        return key;
    }
}
