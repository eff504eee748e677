package se.insyn.model;

/** How far a site meets the accessibility law (lagen om tillgänglighet till digital offentlig service). */
public enum Compliance implements Labelled {
    HELT("helt"),
    DELVIS("delvis"),
    INTE("inte");

    private final String key;

    Compliance(String key) {
        this.key = key;
    }

    @Override
    public String key() {
        return key;
    }
}
