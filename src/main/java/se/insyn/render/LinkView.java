package se.insyn.render;

/** A link as templates print it; {@code href} is null for a record that is referenced but not published. */
public record LinkView(String href, String text) {
    public boolean published() {
        return href != null;
    }
}
