package se.insyn.render;

/** A signature block line. */
public record SignatoryView(String name, String title) {
}
