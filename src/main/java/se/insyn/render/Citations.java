package se.insyn.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import se.insyn.address.Addresses;
import se.insyn.link.Graph;
import se.insyn.link.StatusChange;
import se.insyn.model.Audit;
import se.insyn.model.CaseFile;
import se.insyn.model.FollowUp;
import se.insyn.model.Recommendation;
import se.insyn.model.Statement;

/** Builds the citation block and the matching JSON-LD (schema.org Report) of record pages. */
final class Citations {
    private static final ObjectMapper JSON = new ObjectMapper();

    static {
        // JSON-LD stands inside a <script> element: "<" must never close it early.
        JSON.getFactory().setCharacterEscapes(new HtmlSafeEscapes());
    }

    private final Graph graph;
    private final Addresses addresses;
    private final ViewBuilder views;
    private final Map<String, String> t;

    Citations(Graph graph, Addresses addresses, ViewBuilder views, Map<String, String> messages) {
        this.graph = graph;
        this.addresses = addresses;
        this.views = views;
        this.t = messages;
    }

    CitationView audit(Audit audit) {
        return citation(views.organisation(audit.auditOffice()).text(), t.get("citation.audit"), audit.dnr(), audit.date(),
                null, audit.title(), addresses.audit(audit.dnr()), latest(audit, null, null));
    }

    CitationView recommendation(Audit audit, Recommendation recommendation) {
        return citation(views.organisation(audit.auditOffice()).text(), t.get("citation.recommendation"), audit.dnr(),
                audit.date(), recommendation.number(), audit.title(), addresses.recommendation(audit.dnr(), recommendation.number()),
                latest(audit, recommendation.number(), null));
    }

    CitationView statement(Statement statement) {
        Audit audit = graph.audits().get(statement.auditDnr());
        return citation(views.organisation(statement.by()).text(), t.get("citation.statement"), statementDnr(statement),
                statement.date(), null, statement.title(), addresses.statement(statement.auditDnr(), statement.by()),
                latest(audit, null, statement.by()));
    }

    CitationView answer(Statement statement, int number) {
        Audit audit = graph.audits().get(statement.auditDnr());
        return citation(views.organisation(statement.by()).text(), t.get("citation.answer"), statementDnr(statement),
                statement.date(), number, statement.title(), addresses.answer(statement.auditDnr(), number, statement.by()),
                latest(audit, number, statement.by()));
    }

    CitationView caseFile(CaseFile caseFile) {
        return citation(views.organisation(caseFile.office()).text(), t.get("citation.caseFile"), caseFile.dnr(),
                caseFile.date(), null, caseFile.title(), addresses.caseFile(caseFile.dnr()), null);
    }

    CitationView followUp(FollowUp followUp) {
        return citation(views.organisation(followUp.by()).text(), t.get("citation.followUp"), null, followUp.date(),
                null, followUp.title(), addresses.followUp(followUp.id()), followUp.entries().isEmpty() ? null : followUp.date());
    }

    /** A statement is registered under its case file's diarienummer when it has one, else under the audit's. */
    private static String statementDnr(Statement statement) {
        return statement.caseDnr() != null ? statement.caseDnr() : statement.auditDnr();
    }

    /** The latest dated status change of an audit, one recommendation, and/or one organisation. */
    private LocalDate latest(Audit audit, Integer number, String organisation) {
        if (audit == null) {
            return null;
        }
        return audit.recommendations().stream()
                .filter(r -> number == null || r.number() == number)
                .flatMap(r -> graph.timeline(audit.dnr(), r.number()).stream())
                .filter(c -> organisation == null || organisation.equals(c.organisation()))
                .map(StatusChange::date)
                .filter(Objects::nonNull)
                .max(Comparator.naturalOrder())
                .orElse(null);
    }

    private CitationView citation(String organisation, String type, String dnr, LocalDate date, Integer number, String title,
                                  String address, LocalDate statusChanged) {
        String url = addresses.absolute(address);
        StringBuilder text = new StringBuilder(organisation).append(", ").append(graph.site().municipality()).append(". ")
                .append(type).append(": ").append(title).append('.');
        if (number != null) {
            text.append(' ').append(t.get("recommendation")).append(' ').append(number).append('.');
        }
        if (dnr != null) {
            text.append(' ').append(t.get("field.dnr")).append(' ').append(dnr).append('.');
        }
        text.append(' ').append(t.get("field.date")).append(' ')
                .append(date == null ? t.get("notStated") : SwedishText.date(date)).append('.');
        if (statusChanged != null) {
            text.append(' ').append(t.get("citation.statusChanged")).append(' ').append(SwedishText.date(statusChanged)).append('.');
        }
        text.append(' ').append(url);
        return new CitationView(organisation, type, dnr, DateView.of(date), number, title, url, DateView.of(statusChanged),
                text.toString());
    }

    /** schema.org metadata of a cited record, as JSON safe to place in a script element. */
    String jsonLd(CitationView citation, String aboutName, String aboutUrl) {
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("@context", "https://schema.org");
        report.put("@type", "Report");
        report.put("name", citation.title());
        report.put("headline", citation.documentType() + ": " + citation.title());
        if (citation.dnr() != null) {
            report.put("reportNumber", citation.dnr());
        }
        if (citation.date() != null) {
            report.put("datePublished", citation.date().iso());
        }
        if (citation.statusChanged() != null) {
            report.put("dateModified", citation.statusChanged().iso());
        }
        report.put("url", citation.url());
        report.put("inLanguage", graph.site().language());
        // Ordered maps throughout: the same content must give byte-identical pages, build after build.
        Map<String, Object> municipality = ordered("@type", "GovernmentOrganization", "name", graph.site().municipality());
        Map<String, Object> publisher = ordered("@type", "GovernmentOrganization", "name", citation.organisation());
        publisher.put("parentOrganization", municipality);
        report.put("publisher", publisher);
        if (aboutName != null) {
            Map<String, Object> about = ordered("@type", "Thing", "name", aboutName);
            about.put("url", addresses.absolute(aboutUrl));
            report.put("about", about);
        }
        try {
            return JSON.writeValueAsString(report);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("JSON-LD kunde inte skrivas", e);
        }
    }

    private static Map<String, Object> ordered(String key1, Object value1, String key2, Object value2) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put(key1, value1);
        map.put(key2, value2);
        return map;
    }

    private static final class HtmlSafeEscapes extends CharacterEscapes {
        private final int[] escapes = standardAsciiEscapesForJSON();

        HtmlSafeEscapes() {
            for (char c : List.of('<', '>', '&', '\'')) {
                escapes[c] = CharacterEscapes.ESCAPE_STANDARD;
            }
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return escapes;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return new SerializedString(unicodeEscape(ch));
        }
    }

    /**
     * A backslash, a {@code u} and the character's four hexadecimal digits in lower case, as
     * {@code String.format} with {@code %04x} writes them: every letter beyond ASCII in every
     * page's metadata is escaped so, and formatting took a few per cent of a build.
     */
    static String unicodeEscape(int ch) {
        return "\\u" + HexFormat.of().toHexDigits((char) ch);
    }
}
