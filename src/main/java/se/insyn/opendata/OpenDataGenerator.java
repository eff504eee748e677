package se.insyn.opendata;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.Map;
import java.io.OutputStream;
import se.insyn.address.Addresses;
import se.insyn.link.AnswerRef;
import se.insyn.link.Graph;
import se.insyn.model.Audit;
import se.insyn.model.CaseFile;
import se.insyn.model.Recommendation;
import se.insyn.model.Statement;
import se.insyn.markdown.MarkdownRenderer;
import se.insyn.model.Content;
import se.insyn.write.FileSink;
import se.insyn.write.Parallel;

/** Entry point of the open data stage: writes every data file, by its path below the output folder. */
public final class OpenDataGenerator {
    /** The JSON shapes, each with a JSON Schema published at {@link Addresses#schema}. */
    public static final List<String> SHAPES = List.of("audit", "recommendation", "answer", "statement", "case", "follow-up",
            "district", "organisation", "document", "dataset");

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final MarkdownRenderer markdown;

    public OpenDataGenerator(MarkdownRenderer markdown) {
        this.markdown = markdown;
    }

    /**
     * Writes every data file to the sink: one JSON file beside each record page, the whole dataset,
     * the CSV, the catalogue and the schemas. Records are made case by case: an audit, its
     * recommendations and answers, its statements and case files, so that their shared texts are
     * rendered once. The cases are split into consecutive parts made on every core, each with its own
     * part of the dataset, joined in order: the dataset is the same however the work was shared.
     */
    public void generate(Graph graph, Addresses addresses, FileSink sink) {
        RecordJson json = new RecordJson(graph, addresses, markdown);
        Content content = graph.content();
        List<Consumer<Records>> units = new ArrayList<>();
        for (Audit audit : content.audits()) {
            units.add(records -> {
                records.put("audit", addresses.audit(audit.dnr()), json.audit(audit));
                for (Recommendation r : audit.recommendations()) {
                    records.put("recommendation", addresses.recommendation(audit.dnr(), r.number()), json.recommendation(audit, r));
                    for (AnswerRef answer : graph.answersTo(audit.dnr(), r.number())) {
                        records.put("answer", addresses.answer(audit.dnr(), r.number(), answer.statement().by()), json.answer(answer));
                    }
                }
                Graph.of(graph.statementsByAudit(), audit.dnr()).forEach(s -> records.statement(json, s));
                Graph.of(graph.caseFilesByAudit(), audit.dnr()).forEach(c -> records.caseFile(json, c));
            });
        }
        units.add(records -> {
            graph.statementsWithoutAudit().forEach(s -> records.statement(json, s));
            graph.caseFilesWithoutAudit().forEach(c -> records.caseFile(json, c));
            content.followUps().forEach(f -> records.put("follow-up", addresses.followUp(f.id()), json.followUp(f)));
            content.districts().forEach(d -> records.put("district", addresses.district(d.id()), json.district(d)));
            content.organisations().forEach(o -> records.put("organisation", addresses.organisation(o.id()), json.organisation(o)));
            content.documents().forEach(d -> records.put("document", addresses.document(d.id()), json.document(d)));
        });
        int partCount = Math.min(units.size(), 4 * Runtime.getRuntime().availableProcessors());
        List<DatasetWriter> parts = new ArrayList<>();
        try {
            for (int i = 0; i < partCount; i++) {
                parts.add(new DatasetWriter(SHAPES.subList(0, SHAPES.size() - 1)));
            }
            Parallel.forEach(partCount, part -> {
                Records records = new Records(addresses, sink, parts.get(part));
                units.subList(units.size() * part / partCount, units.size() * (part + 1) / partCount).forEach(unit -> unit.accept(records));
            });
            try (OutputStream out = sink.open(addresses.fileFor(addresses.dataset()))) {
                DatasetWriter.writeTo(parts, out, graph.site().title(), graph.site().municipality(),
                        addresses.absolute(addresses.dataset()), graph.newestDate() == null ? null : graph.newestDate().toString());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            parts.forEach(DatasetWriter::close);
        }
        sink.write(addresses.fileFor(addresses.recommendationsCsv()), new RecommendationsCsv(graph, addresses).write());
        sink.write(addresses.fileFor(addresses.catalogue()), new Catalogue(graph, addresses).write());
        for (String shape : SHAPES) {
            sink.write(addresses.fileFor(addresses.schema(shape)), schema(shape, addresses));
        }
    }

    /** Writes each record twice as it is made: to its own file beside its page, and into the dataset under its shape. */
    private record Records(Addresses addresses, FileSink sink, DatasetWriter dataset) {

        void put(String shape, String page, Map<String, Object> record) {
            sink.write(addresses.fileFor(addresses.dataFor(page)), bytes(record));
            dataset.add(shape, record);
        }

        void statement(RecordJson json, Statement statement) {
            put("statement", addresses.statement(statement.auditDnr(), statement.by()), json.statement(statement));
        }

        void caseFile(RecordJson json, CaseFile caseFile) {
            put("case", addresses.caseFile(caseFile.dnr()), json.caseFile(caseFile));
        }
    }

    /** UTF-8 straight from the generator: no string to copy and encode for each of a large site's records. */
    static byte[] bytes(Object value) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(4096);
        try {
            JSON.writeValue(out, value);
        } catch (IOException e) {
            throw new IllegalStateException("JSON kunde inte skrivas", e);
        }
        out.write('\n');
        return out.toByteArray();
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
