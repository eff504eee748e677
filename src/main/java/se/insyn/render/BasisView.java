package se.insyn.render;

/** One item of a decision basis, linked when the document it names is published. */
public record BasisView(String title, LinkView document) {
}
