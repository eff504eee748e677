package se.insyn.opendata;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Supplier;
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
     * Begins the data files of a site whose pages are rendered in {@code parts} consecutive parts,
     * each on one thread: a record's files are made when its page is about to be rendered
     * ({@link Run#recordsFor}), so that the texts the record and its page share are rendered once;
     * {@link Run#finish} makes what no page asked for, and the files made of every record. Every
     * data file is known before any is made ({@link Run#files}), for the checks of the pages.
     */
    public Run begin(Graph graph, Addresses addresses, FileSink sink, int parts) {
        return new Run(graph, addresses, sink, parts);
    }

    /** Where a unit puts each record: a record's page's data file, and the dataset under its shape. */
    private interface Records {
        void put(String shape, String page, Supplier<Map<String, Object>> record);
    }

    /** One record's data, or one case's: an audit with its recommendations, answers, statements and case files. */
    private record Unit(String page, Consumer<Records> records) {
    }

    /** The data files of one build, made as the pages ask for them. Closing throws away what was not finished. */
    public final class Run implements AutoCloseable {
        private final Graph graph;
        private final Addresses addresses;
        private final FileSink sink;
        private final RecordJson json;
        /** Every unit, in the dataset's order when no page asks for any. */
        private final List<Unit> units = new ArrayList<>();
        /** Units not yet made, by the address of the page they belong to. */
        private final Map<String, Unit> pending = new ConcurrentHashMap<>();
        /** One part of the dataset per part of the pages, and one more for what no page asked for. */
        private final List<DatasetWriter> parts = new ArrayList<>();
        /** Named on first asking: the preview of a save that changed only prose takes the last version's names. */
        private Set<String> files;
        private int recordFiles;
        private final AtomicInteger recordsMade = new AtomicInteger();

        private Run(Graph graph, Addresses addresses, FileSink sink, int partCount) {
            this.graph = graph;
            this.addresses = addresses;
            this.sink = sink;
            this.json = new RecordJson(graph, addresses, markdown);
            Content content = graph.content();
            for (Audit audit : content.audits()) {
                unit(addresses.audit(audit.dnr()), records -> {
                    records.put("audit", addresses.audit(audit.dnr()), () -> json.audit(audit));
                    for (Recommendation r : audit.recommendations()) {
                        records.put("recommendation", addresses.recommendation(audit.dnr(), r.number()), () -> json.recommendation(audit, r));
                        for (AnswerRef answer : graph.answersTo(audit.dnr(), r.number())) {
                            records.put("answer", addresses.answer(audit.dnr(), r.number(), answer.statement().by()), () -> json.answer(answer));
                        }
                    }
                    Graph.of(graph.statementsByAudit(), audit.dnr()).forEach(s -> statement(records, s));
                    Graph.of(graph.caseFilesByAudit(), audit.dnr()).forEach(c -> caseFile(records, c));
                });
            }
            graph.statementsWithoutAudit().forEach(s -> unit(addresses.statement(s.auditDnr(), s.by()), records -> statement(records, s)));
            graph.caseFilesWithoutAudit().forEach(c -> unit(addresses.caseFile(c.dnr()), records -> caseFile(records, c)));
            content.followUps().forEach(f -> single("follow-up", addresses.followUp(f.id()), () -> json.followUp(f)));
            content.districts().forEach(d -> single("district", addresses.district(d.id()), () -> json.district(d)));
            content.organisations().forEach(o -> single("organisation", addresses.organisation(o.id()), () -> json.organisation(o)));
            content.documents().forEach(d -> single("document", addresses.document(d.id()), () -> json.document(d)));
            for (int i = 0; i <= partCount; i++) {
                parts.add(new DatasetWriter(SHAPES.subList(0, SHAPES.size() - 1)));
            }
        }

        private void unit(String page, Consumer<Records> records) {
            Unit unit = new Unit(page, records);
            units.add(unit);
            pending.put(page, unit);
        }

        private void single(String shape, String page, Supplier<Map<String, Object>> record) {
            unit(page, records -> records.put(shape, page, record));
        }

        private void statement(Records records, Statement statement) {
            records.put("statement", addresses.statement(statement.auditDnr(), statement.by()), () -> json.statement(statement));
        }

        private void caseFile(Records records, CaseFile caseFile) {
            records.put("case", addresses.caseFile(caseFile.dnr()), () -> json.caseFile(caseFile));
        }

        /** Every file this run will write, by path below the output folder. */
        public synchronized Set<String> files() {
            if (files == null) {
                // Every record's file by name, without making any.
                Set<String> named = new LinkedHashSet<>();
                for (Unit unit : units) {
                    unit.records().accept((shape, page, record) -> named.add(addresses.fileFor(addresses.dataFor(page))));
                }
                recordFiles = named.size();
                named.add(addresses.fileFor(addresses.dataset()));
                named.add(addresses.fileFor(addresses.recommendationsCsv()));
                named.add(addresses.fileFor(addresses.catalogue()));
                SHAPES.forEach(shape -> named.add(addresses.fileFor(addresses.schema(shape))));
                files = Collections.unmodifiableSet(named);
            }
            return files;
        }

        /**
         * Makes the data of the record shown at this page address, if it has any and it is not made
         * yet, into the given part of the dataset: an audit's page brings its whole case's data.
         * Parts may be made at once on several threads; each in the order of its pages.
         */
        public void recordsFor(String pageAddress, int part) {
            Unit unit = pending.remove(pageAddress);
            if (unit != null) {
                make(unit, parts.get(part));
            }
        }

        /** Makes a unit's data files, and adds them to the dataset's part unless that is null (the preview's single files). */
        private void make(Unit unit, DatasetWriter dataset) {
            unit.records().accept((shape, page, supplier) -> {
                byte[] json = bytes(supplier.get());
                sink.write(addresses.fileFor(addresses.dataFor(page)), json);
                if (dataset != null) {
                    dataset.add(shape, json);
                    recordsMade.incrementAndGet();
                }
            });
        }

        /** Each record's data file's unit, made on the preview's first request for one. */
        private Map<String, Unit> unitsByFile;

        /**
         * Makes the data files of the unit this record data file belongs to (an audit's: its whole
         * case's) into the sink, without the dataset: the preview makes them as they are asked for.
         * Returns false when the file is no record's data file.
         */
        public boolean recordFilesWith(String file) {
            Unit unit;
            synchronized (this) {
                if (unitsByFile == null) {
                    unitsByFile = new HashMap<>();
                    for (Unit each : units) {
                        each.records().accept((shape, page, record) -> unitsByFile.put(addresses.fileFor(addresses.dataFor(page)), each));
                    }
                }
                unit = unitsByFile.get(file);
            }
            if (unit == null) {
                return false;
            }
            make(unit, null);
            return true;
        }

        /**
         * Makes the data no page asked for, in the order of the content, then the files made of every
         * record: the dataset (its parts joined in order, so that it is the same however the work was
         * shared), the CSV, the catalogue and the schemas.
         */
        public void finish() {
            DatasetWriter rest = parts.get(parts.size() - 1);
            units.stream().filter(unit -> pending.remove(unit.page()) != null).forEach(unit -> make(unit, rest));
            files();
            if (recordsMade.get() != recordFiles) {
                throw new IllegalStateException("datafilerna: " + recordsMade.get() + " gjorda, " + recordFiles + " väntade");
            }
            stream(addresses.dataset(), out -> DatasetWriter.writeTo(parts, out, graph.site().title(), graph.site().municipality(),
                    addresses.absolute(addresses.dataset()), graph.newestDate() == null ? null : graph.newestDate().toString()));
            stream(addresses.recommendationsCsv(), out -> new RecommendationsCsv(graph, addresses).writeTo(out));
            sink.write(addresses.fileFor(addresses.catalogue()), new Catalogue(graph, addresses).write());
            for (String shape : SHAPES) {
                sink.write(addresses.fileFor(addresses.schema(shape)), schema(shape, addresses));
            }
        }

        /** Something that writes a large file as it makes it. */
        private interface Streamed {
            void writeTo(OutputStream out) throws IOException;
        }

        /** A large file written straight into the sink: the dataset and the CSV are tens of megabytes on a large site. */
        private void stream(String address, Streamed content) {
            try (OutputStream out = sink.open(addresses.fileFor(address))) {
                content.writeTo(out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** Throws away the dataset's temporary parts. */
        @Override
        public void close() {
            parts.forEach(DatasetWriter::close);
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
