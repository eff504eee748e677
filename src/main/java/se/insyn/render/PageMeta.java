package se.insyn.render;

import java.util.List;

/**
 * What a record page says about itself beyond its content: a description and JSON-LD for link
 * previews and search engines, its feeds and JSON data, its citation and the records that refer to it.
 * Fields are null or empty where a page has none. {@code draft} marks a page the public site does not have.
 * {@code easyRead} links a page to its summary in easy Swedish, and {@code original} links that summary
 * back to the full page, so each can be found from the other.
 */
public record PageMeta(String description, String jsonLd, List<LinkView> feeds, String data, CitationView citation,
                       List<LinkView> referencedBy, boolean draft, LinkView easyRead, LinkView original) {

    public PageMeta(String description, String jsonLd, List<LinkView> feeds, String data, CitationView citation,
                    List<LinkView> referencedBy, boolean draft) {
        this(description, jsonLd, feeds, data, citation, referencedBy, draft, null, null);
    }

    static PageMeta none() {
        return new PageMeta(null, null, List.of(), null, null, List.of(), false);
    }

    /** The same metadata for a page shown in the preview only, as a draft or under embargo. */
    PageMeta draft(boolean isDraft) {
        return new PageMeta(description, jsonLd, feeds, data, citation, referencedBy, isDraft, easyRead, original);
    }

    /** The same metadata with a link to the page's summary in easy Swedish. */
    PageMeta withEasyRead(LinkView link) {
        return new PageMeta(description, jsonLd, feeds, data, citation, referencedBy, draft, link, original);
    }

    /** Metadata of a summary in easy Swedish: a link back to the full page, and the full page's draft state. */
    static PageMeta summaryOf(LinkView original, boolean draft) {
        return new PageMeta(null, null, List.of(), null, null, List.of(), draft, null, original);
    }
}
