package se.insyn.render;

/** An extended deadline for one organisation. */
public record ExtensionView(LinkView organisation, DateView until) {
}
