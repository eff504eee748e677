package se.insyn.model;

/** How the auditors judged an audit question. */
public enum Assessment implements Labelled {
    UPPFYLLD("uppfylld"),
    DELVIS_UPPFYLLD("delvis uppfylld"),
    EJ_UPPFYLLD("ej uppfylld");

    private final String key;

    Assessment(String key) {
        this.key = key;
    }

    @Override
    public String key() {
        return key;
    }
}
