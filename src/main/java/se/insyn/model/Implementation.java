package se.insyn.model;

/** How far the organisation has come in acting on a recommendation. */
public enum Implementation implements Labelled {
    OPPEN("öppen"),
    PAGAENDE("pågående"),
    GENOMFORD("genomförd"),
    EJ_GENOMFORD("ej genomförd");

    private final String key;

    Implementation(String key) {
        this.key = key;
    }

    @Override
    public String key() {
        return key;
    }
}
