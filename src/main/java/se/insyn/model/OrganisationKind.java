package se.insyn.model;

/** What kind of body an organisation is. */
public enum OrganisationKind implements Labelled {
    NAMND("nämnd"),
    BOLAG("bolag"),
    REVISION("revision"),
    FORVALTNING("förvaltning");

    private final String key;

    OrganisationKind(String key) {
        this.key = key;
    }

    @Override
    public String key() {
        return key;
    }
}
