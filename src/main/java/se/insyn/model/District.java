package se.insyn.model;

import java.util.List;

/** A stadsdel or område. {@code neighbours} are ids of related districts. */
public record District(String id, String name, String description, List<String> neighbours, String body,
                       Origin origin) implements Record {

    @Override
    public String identifier() {
        return id;
    }
}
