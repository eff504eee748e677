package se.insyn.render;

/**
 * One organisation's stated position or implementation status on a recommendation, with the document
 * and date it comes from. Labels are null where the source states nothing; keys are for CSS classes.
 */
public record StatusView(LinkView organisation, String positionKey, String position, String implementationKey,
                         String implementation, String text, DateView date, LinkView source) {
}
