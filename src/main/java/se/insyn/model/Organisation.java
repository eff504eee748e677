package se.insyn.model;

/** A board (nämnd), a company (bolag), the audit office or an administration (förvaltning). */
public record Organisation(String id, String name, OrganisationKind kind, String description, String body,
                           Origin origin) implements Record {

    @Override
    public String identifier() {
        return id;
    }
}
