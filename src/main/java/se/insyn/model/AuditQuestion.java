package se.insyn.model;

/** One audit question (revisionsfråga); {@code assessment} is null when the source does not give it. */
public record AuditQuestion(String text, Assessment assessment, Origin origin) {
}
