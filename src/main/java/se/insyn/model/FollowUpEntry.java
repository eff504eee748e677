package se.insyn.model;

/** What a follow-up reports about one recommendation: a position and/or an implementation status, with a text. */
public record FollowUpEntry(String auditDnr, int recommendation, String organisation, Position position,
                            Implementation implementation, String text, Origin origin) {
}
