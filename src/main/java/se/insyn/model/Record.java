package se.insyn.model;

/** A record with a page of its own: written in one file, and referred to by other records by one identifier. */
public interface Record {
    /** The identifier other records use for it: a diarienummer, an id, or audit/organisation for a statement. */
    String identifier();

    /** Where it was written. */
    Origin origin();
}
