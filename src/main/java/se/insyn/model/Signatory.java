package se.insyn.model;

/** A person who signs a document, with the title printed under the name. */
public record Signatory(String name, String title) {
}
