package se.insyn.opendata;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.insyn.address.Addresses;
import se.insyn.link.AnswerRef;
import se.insyn.link.Graph;
import se.insyn.markdown.MarkdownRenderer;
import se.insyn.model.Audit;
import se.insyn.model.Recommendation;
import se.insyn.model.Statement;

/** Entry point of the open data stage: every data file, by its path below the output folder. */
public final class OpenDataGenerator {
    /** The JSON shapes, each with a JSON Schema published at {@link Addresses#schema}. */
    public static final List<String> SHAPES = List.of("audit", "recommendation", "answer", "statement", "case", "follow-up",
            "district", "organisation", "document", "dataset");

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final MarkdownRenderer markdown;

    public OpenDataGenerator(MarkdownRenderer markdown) {
        this.markdown = markdown;
    }

    public Map<String, byte[]> generate(Graph graph, Addresses addresses) {
        RecordJson json = new RecordJson(graph, addresses, markdown);
        Map<String, byte[]> files = new LinkedHashMap<>();
        Map<String, List<Object>> dataset = new LinkedHashMap<>();
        for (String shape : SHAPES) {
            if (!shape.equals("dataset")) {
                dataset.put(shape, new ArrayList<>());
            }
        }
        for (Audit audit : graph.content().audits()) {
            put(files, dataset, addresses, addresses.audit(audit.dnr()), "audit", json.audit(audit));
            for (Recommendation recommendation : audit.recommendations()) {
                put(files, dataset, addresses, addresses.recommendation(audit.dnr(), recommendation.number()), "recommendation",
                        json.recommendation(audit, recommendation));
                for (AnswerRef answer : graph.answersTo(audit.dnr(), recommendation.number())) {
                    put(files, dataset, addresses, addresses.answer(audit.dnr(), recommendation.number(), answer.statement().by()),
                            "answer", json.answer(answer));
                }
            }
        }
        for (Statement statement : graph.content().statements()) {
            put(files, dataset, addresses, addresses.statement(statement.auditDnr(), statement.by()), "statement", json.statement(statement));
        }
        graph.content().caseFiles().forEach(c -> put(files, dataset, addresses, addresses.caseFile(c.dnr()), "case", json.caseFile(c)));
        graph.content().followUps().forEach(f -> put(files, dataset, addresses, addresses.followUp(f.id()), "follow-up", json.followUp(f)));
        graph.content().districts().forEach(d -> put(files, dataset, addresses, addresses.district(d.id()), "district", json.district(d)));
        graph.content().organisations().forEach(o ->
                put(files, dataset, addresses, addresses.organisation(o.id()), "organisation", json.organisation(o)));
        graph.content().documents().forEach(d -> put(files, dataset, addresses, addresses.document(d.id()), "document", json.document(d)));

        Map<String, Object> whole = new LinkedHashMap<>();
        whole.put("type", "dataset");
        whole.put("title", graph.site().title());
        whole.put("publisher", graph.site().municipality());
        whole.put("url", addresses.absolute(addresses.dataset()));
        whole.put("status_as_of", graph.newestDate() == null ? null : graph.newestDate().toString());
        whole.put("records", dataset);
        files.put(addresses.fileFor(addresses.dataset()), bytes(whole));
        files.put(addresses.fileFor(addresses.recommendationsCsv()), new RecommendationsCsv(graph, addresses).write());
        files.put(addresses.fileFor(addresses.catalogue()), new Catalogue(graph, addresses).write());
        for (String shape : SHAPES) {
            files.put(addresses.fileFor(addresses.schema(shape)), schema(shape, addresses));
        }
        return files;
    }

    private static void put(Map<String, byte[]> files, Map<String, List<Object>> dataset, Addresses addresses, String page,
                            String shape, Map<String, Object> record) {
        files.put(addresses.fileFor(addresses.dataFor(page)), bytes(record));
        dataset.get(shape).add(record);
    }

    static byte[] bytes(Object value) {
        try {
            return (JSON.writeValueAsString(value) + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("JSON kunde inte skrivas", e);
        }
    }

    /** The schema as shipped, with its $id set to where it is published. */
    private static byte[] schema(String shape, Addresses addresses) {
        String resource = "insyn/schema/" + shape + ".schema.json";
        try (InputStream in = OpenDataGenerator.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("JSON Schema saknas i programmet: " + resource);
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return text.replace("\"$id\": \"" + shape + ".schema.json\"", "\"$id\": \"" + addresses.absolute(addresses.schema(shape)) + "\"")
                    .getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
