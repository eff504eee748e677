package se.insyn.model;

/**
 * A word of the glossary (ordlista). {@code abbreviation} is its short form, marked with
 * {@code <abbr>} on first use per page; {@code lang} is the language of the term when it is not the
 * site's (e.g. {@code en} for Business Improvement District), so that screen readers pronounce it right.
 */
public record Term(String id, String term, String abbreviation, String lang, String definition, String body, Origin origin) {
}
