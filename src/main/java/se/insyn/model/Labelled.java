package se.insyn.model;

/** A closed set of values that communicators write in Swedish in the front matter. */
public interface Labelled {
    /** The value as written in content, e.g. {@code delvis uppfylld}. */
    String key();
}
