package se.insyn.opendata;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.insyn.address.Addresses;
import se.insyn.link.AnswerRef;
import se.insyn.link.Graph;
import se.insyn.link.StatusChange;
import se.insyn.model.Audit;
import se.insyn.model.Recommendation;

/**
 * All recommendations as CSV: one row per recommendation and organisation that answered it or has a
 * stated status (one row with an empty organisation where there is none). Every row carries the date
 * the statuses are as of, as GAO's recommendation data does.
 */
final class RecommendationsCsv {
    static final List<String> COLUMNS = List.of("status_as_of", "audit_dnr", "audit_title", "recommendation", "text",
            "addressed_to", "districts", "organisation", "position", "implementation", "status_date", "status_source_url",
            "answer_url", "url");

    private final Graph graph;
    private final Addresses addresses;

    RecommendationsCsv(Graph graph, Addresses addresses) {
        this.graph = graph;
        this.addresses = addresses;
    }

    /**
     * Writes the rows to {@code out} as they are made: a large site's CSV is tens of megabytes, never
     * held whole. Encoded by a writer of the JDK's, not by Jackson's own encoder, which stops at half
     * of a surrogate pair (YAML's escapes can make one): it becomes {@code ?}, as in every other file.
     */
    void writeTo(OutputStream out) throws IOException {
        LocalDate asOf = graph.newestDate();
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
        COLUMNS.forEach(schema::addColumn);
        Writer text = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        try (SequenceWriter rows = new CsvMapper().writer(schema.build())
                .without(JsonGenerator.Feature.AUTO_CLOSE_TARGET).writeValues(text)) {
            for (Audit audit : graph.content().audits()) {
                for (Recommendation recommendation : audit.recommendations()) {
                    Set<String> organisations = new LinkedHashSet<>();
                    graph.answersTo(audit.dnr(), recommendation.number()).forEach(a -> organisations.add(a.statement().by()));
                    graph.timeline(audit.dnr(), recommendation.number()).forEach(c -> organisations.add(c.organisation()));
                    if (organisations.isEmpty()) {
                        organisations.add("");
                    }
                    for (String organisation : organisations) {
                        rows.write(row(asOf, audit, recommendation, organisation));
                    }
                }
            }
        }
        text.flush();
    }

    /** A spreadsheet runs a cell that starts like a formula; a leading apostrophe makes it text, as OWASP advises. */
    static String cell(String text) {
        if (text != null && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }

    private Map<String, Object> row(LocalDate asOf, Audit audit, Recommendation recommendation, String organisation) {
        String position = "";
        String implementation = "";
        String statusDate = "";
        String source = "";
        for (StatusChange change : graph.timeline(audit.dnr(), recommendation.number())) {
            if (!change.organisation().equals(organisation)) {
                continue;
            }
            if (change.position() != null) {
                position = change.position().key();
            }
            if (change.implementation() != null) {
                implementation = change.implementation().key();
            }
            statusDate = change.date() == null ? "" : change.date().toString();
            source = addresses.absolute(change.statement() != null
                    ? addresses.statement(change.statement().auditDnr(), change.statement().by())
                    : addresses.followUp(change.followUp().id()));
        }
        boolean answered = graph.answersTo(audit.dnr(), recommendation.number()).stream()
                .map(AnswerRef::statement).anyMatch(s -> s.by().equals(organisation));
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("status_as_of", asOf == null ? "" : asOf.toString());
        row.put("audit_dnr", audit.dnr());
        row.put("audit_title", cell(audit.title()));
        row.put("recommendation", recommendation.number());
        row.put("text", cell(recommendation.text()));
        row.put("addressed_to", String.join(";", recommendation.addressedTo()));
        row.put("districts", String.join(";", audit.districts()));
        row.put("organisation", organisation);
        row.put("position", position);
        row.put("implementation", implementation);
        row.put("status_date", statusDate);
        row.put("status_source_url", source);
        row.put("answer_url", answered ? addresses.absolute(addresses.answer(audit.dnr(), recommendation.number(), organisation)) : "");
        row.put("url", addresses.absolute(addresses.recommendation(audit.dnr(), recommendation.number())));
        return row;
    }
}
