package se.insyn.render;

/**
 * An organisation's statement on an audit: a link when published, otherwise shown as not yet published.
 * {@code timeliness} says whether it came in before the deadline, where that can be known.
 */
public record StatementSlot(LinkView organisation, LinkView statement, DateView date, DateView deadline, String timeliness) {
}
