package se.insyn.render;

/** A glossary entry as the glossary page shows it; {@code lang} and {@code abbreviation} may be null. */
public record TermView(String anchor, String term, String abbreviation, String lang, String definition, String html) {
}
