package se.insyn.model;

/** Site settings from {@code site.md}; the body is the home page's introduction. */
public record Site(String title, String tagline, String baseUrl, String language, String municipality,
                   String intro, Origin origin) {
}
