package se.insyn.render;

import java.util.List;

/**
 * What a record page says about itself beyond its content: a description and JSON-LD for link
 * previews and search engines, its feeds and JSON data, its citation and the records that refer to it.
 * Fields are null or empty where a page has none. {@code draft} marks a page the public site does not have.
 */
public record PageMeta(String description, String jsonLd, List<LinkView> feeds, String data, CitationView citation,
                       List<LinkView> referencedBy, boolean draft) {

    static PageMeta none() {
        return new PageMeta(null, null, List.of(), null, null, List.of(), false);
    }

    /** The same metadata for a page shown in the preview only, as a draft or under embargo. */
    PageMeta draft(boolean isDraft) {
        return new PageMeta(description, jsonLd, feeds, data, citation, referencedBy, isDraft);
    }
}
