package se.insyn.read;

import se.insyn.load.Source;
import se.insyn.model.District;
import se.insyn.model.GoverningDocument;
import se.insyn.model.Organisation;
import se.insyn.model.OrganisationKind;
import se.insyn.model.Site;
import se.insyn.problem.Text;

/** Readers of the small record types: site settings, districts, organisations and governing documents. */
final class SimpleReaders {
    private SimpleReaders() {
    }

    static Site site(Fields f, Source source) {
        String baseUrl = f.text("base_url", true, "https://insyn.example.se/");
        if (baseUrl != null && !isWebAddress(baseUrl)) {
            f.error(f.line("base_url"), Text.of("read.notAWebAddress", baseUrl), Text.of("read.notAWebAddress.fix", "https://insyn.example.se/"));
            baseUrl = null;
        }
        String language = f.text("language", true, "sv");
        if (language != null && !language.matches("[a-z]{2}(-[A-Z]{2})?")) {
            f.error(f.line("language"), Text.of("read.notALanguage", language), Text.of("read.notALanguage.siteFix"));
        }
        return new Site(f.text("title", true, "Insyn Uppsala"), f.text("tagline", false, ""),
                baseUrl == null ? null : (baseUrl.endsWith("/") ? baseUrl : baseUrl + "/"), language,
                f.text("municipality", true, "Uppsala kommun"), source.body(), f.origin());
    }

    /** An absolute http(s) address with a host and nothing that needs escaping, so every page address built on it is valid. */
    private static boolean isWebAddress(String text) {
        if (!text.matches("https?://[A-Za-z0-9.-]+(:[0-9]{1,5})?(/[A-Za-z0-9._~/-]*)?")) {
            return false;
        }
        try {
            java.net.URI uri = new java.net.URI(text);
            return uri.getHost() != null;
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    static District district(Fields f, Source source) {
        return new District(f.id("id", true, "gottsunda"), f.text("name", true, "Gottsunda"),
                f.text("description", false, ""), f.ids("neighbours", false, "valsatra"), source.body(), f.origin());
    }

    static Organisation organisation(Fields f, Source source) {
        return new Organisation(f.id("id", true, "socialnamnden"), f.text("name", true, "Socialnämnden"),
                f.choice("kind", OrganisationKind.class, true), f.text("description", false, ""), source.body(), f.origin());
    }

    static GoverningDocument document(Fields f, Source source) {
        return new GoverningDocument(f.id("id", true, "handlingsplan-gottsunda"), f.text("title", true, "Handlingsplan för Gottsundaområdet"),
                f.text("kind", false, "handlingsplan"), f.text("issued_by", false, "Kommunfullmäktige"),
                f.ids("districts", false, "gottsunda"), source.body(), f.origin());
    }
}
