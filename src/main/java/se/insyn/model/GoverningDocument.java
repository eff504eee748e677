package se.insyn.model;

import java.util.List;

/** A governing document (styrdokument) the records refer to, such as an action plan or the budget. */
public record GoverningDocument(String id, String title, String kind, String issuedBy, List<String> districts,
                                String body, Origin origin) implements Record {

    @Override
    public String identifier() {
        return id;
    }
}
