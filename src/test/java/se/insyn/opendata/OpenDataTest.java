package se.insyn.opendata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import com.networknt.schema.resource.SchemaLoader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import se.insyn.BuiltSite;
import se.insyn.TestSites;

/**
 * Open data of the real content, built end to end: a JSON file beside every record page, the whole
 * dataset, the CSV of recommendations, the JSON Schemas and the DCAT-AP-SE catalogue. Every JSON file
 * is validated against its published schema, offline: the schemas' absolute {@code $id} addresses are
 * served from the built site and any other fetch fails the test.
 */
class OpenDataTest {
    private static final String SCHEMA_BASE = BuiltSite.BASE + "data/schema/";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    private static final String DCAT = "http://www.w3.org/ns/dcat#";
    private static final String DCT = "http://purl.org/dc/terms/";
    private static final String FOAF = "http://xmlns.com/foaf/0.1/";
    private static final List<String> SHAPES = List.of("audit", "recommendation", "answer", "statement", "case", "follow-up",
            "district", "organisation", "document", "dataset");
    private static final List<String> CSV_COLUMNS = List.of("status_as_of", "audit_dnr", "audit_title", "recommendation", "text",
            "addressed_to", "districts", "organisation", "position", "implementation", "status_date", "status_source_url",
            "answer_url", "url");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    /** Which record type a page address holds. */
    private static final Map<Pattern, String> TYPE_BY_ADDRESS = new LinkedHashMap<>();
    private static final Pattern YEAR_PAGE = Pattern.compile(".*/\\d{4}/");

    static {
        TYPE_BY_ADDRESS.put(Pattern.compile("/granskningar/[a-z0-9-]+/"), "audit");
        TYPE_BY_ADDRESS.put(Pattern.compile("/granskningar/[a-z0-9-]+/rekommendation-\\d+/"), "recommendation");
        TYPE_BY_ADDRESS.put(Pattern.compile("/granskningar/[a-z0-9-]+/rekommendation-\\d+/svar/[a-z0-9-]+/"), "answer");
        TYPE_BY_ADDRESS.put(Pattern.compile("/granskningar/[a-z0-9-]+/yttranden/[a-z0-9-]+/"), "statement");
        TYPE_BY_ADDRESS.put(Pattern.compile("/arenden/[a-z0-9-]+/"), "case");
        TYPE_BY_ADDRESS.put(Pattern.compile("/uppfoljningar/[a-z0-9-]+/"), "follow-up");
        TYPE_BY_ADDRESS.put(Pattern.compile("/stadsdelar/[a-z0-9-]+/"), "district");
        TYPE_BY_ADDRESS.put(Pattern.compile("/organisationer/[a-z0-9-]+/"), "organisation");
        TYPE_BY_ADDRESS.put(Pattern.compile("/styrdokument/[a-z0-9-]+/"), "document");
    }

    @TempDir
    static Path temp;
    static BuiltSite real;
    static BuiltSite withStatuses;

    @BeforeAll
    static void buildTheRealContentAndAVariantWithDatesAndStatusChanges() throws IOException {
        real = BuiltSite.of(Files.createDirectory(temp.resolve("real")));
        withStatuses = BuiltSite.of(Files.createDirectory(temp.resolve("statuses")), BuiltSite::addDatesAndStatusChanges);
    }

    // ------------------------------------------------------------------ JSON and JSON Schema

    @Test
    void everyJsonFileTheBuildWritesValidatesAgainstItsSchema() throws IOException {
        assertEveryJsonFileIsValid(real);
    }

    @Test
    void everyJsonFileValidatesAlsoWhenTheContentHasDatesAndStatusChanges() throws IOException {
        assertEveryJsonFileIsValid(withStatuses);
        JsonNode followUp = json(withStatuses, BuiltSite.FOLLOW_UP_WITH_ENTRIES_ADDRESS + "index.json");
        assertEquals(2, followUp.get("entries").size());
        JsonNode recommendation = json(withStatuses, "/granskningar/krn-2022-00009/rekommendation-1/index.json");
        JsonNode latest = recommendation.get("status_history").get(recommendation.get("status_history").size() - 1);
        assertEquals("genomförd", latest.get("implementation").asText());
        assertEquals("2024-03-01", latest.get("date").asText());
        assertEquals(BuiltSite.BASE + "uppfoljningar/2024-03-01-rekommendationer/", latest.get("source_url").asText());
    }

    @Test
    void theValidatorRejectsARecordThatBreaksItsSchema() throws IOException {
        JsonSchemaFactory factory = schemaFactory(real);
        JsonSchema audit = factory.getSchema(SchemaLocation.of(SCHEMA_BASE + "audit.schema.json"), config());
        ObjectNode broken = (ObjectNode) json(real, "/granskningar/krn-2022-00009/index.json");
        assertEquals(Set.of(), audit.validate(broken), "the published audit is valid");
        broken.remove("dnr");
        broken.put("invented_field", 1);
        broken.put("deadline", "28 april 2023");
        assertEquals(3, audit.validate(broken).size(), "a missing field, an unknown field and a malformed date are all caught: "
                + audit.validate(broken));
    }

    @Test
    void eachSchemaIsPublishedAtItsIdAndNamedFromTheOpenDataPage() throws IOException {
        org.jsoup.nodes.Document openData = real.page("/oppna-data/");
        for (String shape : SHAPES) {
            String file = "data/schema/" + shape + ".schema.json";
            JsonNode schema = JSON.readTree(real.text(file));
            assertEquals(BuiltSite.BASE + file, schema.get("$id").asText(), "the $id of " + file + " is where it is published");
            assertEquals("https://json-schema.org/draft/2020-12/schema", schema.get("$schema").asText());
            assertFalse(openData.select("a[href=/" + file + "]").isEmpty(), "the open data page links " + file);
        }
        for (String file : List.of("data/insyn.json", "data/rekommendationer.csv", "data/katalog.rdf", "svarsdatum.ics", "flode.atom")) {
            assertFalse(openData.select("a[href=/" + file + "]").isEmpty(), "the open data page links " + file);
        }
    }

    @Test
    void everyRecordPageHasItsJsonBesideItAndEveryJsonItsPage() throws IOException {
        Set<String> pagesWithJson = new TreeSet<>();
        for (Path html : real.htmlFiles()) {
            String address = real.addressOf(html);
            String expectedType = typeOf(address);
            org.jsoup.nodes.Document page = real.page(address);
            String data = page.select("link[rel=alternate][type=application/json]").attr("href");
            if (expectedType == null) {
                assertEquals("", data, "a page that is no record has no record JSON: " + address);
                continue;
            }
            assertEquals(address + "index.json", data, "the page " + address + " names its JSON");
            JsonNode record = json(real, data);
            assertEquals(expectedType, record.get("type").asText(), data);
            assertEquals(BuiltSite.BASE + address.substring(1), record.get("url").asText(), data);
            assertEquals(page.selectFirst("link[rel=canonical]").attr("href"), record.get("url").asText());
            pagesWithJson.add(address);
        }
        Set<String> jsonFiles = new TreeSet<>();
        for (Path file : real.files("index.json")) {
            String address = real.addressOf(file).replaceAll("index\\.json$", "");
            jsonFiles.add(address);
            assertTrue(Files.isRegularFile(file.resolveSibling("index.html")), "the JSON at " + address + " has its page");
        }
        assertEquals(pagesWithJson, jsonFiles);
        for (String type : List.of("audit", "recommendation", "answer", "statement", "case", "follow-up", "district", "organisation",
                "document")) {
            assertTrue(pagesWithJson.stream().anyMatch(a -> type.equals(typeOf(a))), "the real content has a " + type + " as JSON");
        }
    }

    @Test
    void theDatasetHoldsEveryRecordFileExactlyOnce() throws IOException {
        JsonNode dataset = json(real, "/data/insyn.json");
        assertEquals("dataset", dataset.get("type").asText());
        assertEquals("Uppsala kommun", dataset.get("publisher").asText());
        assertEquals(BuiltSite.BASE + "data/insyn.json", dataset.get("url").asText());
        Map<String, JsonNode> inDataset = new TreeMap<>();
        dataset.get("records").fields().forEachRemaining(group -> {
            for (JsonNode record : group.getValue()) {
                assertEquals(group.getKey(), record.get("type").asText(), "a record stands under its own type");
                assertTrue(inDataset.put(record.get("url").asText(), record) == null, "twice in the dataset: " + record.get("url"));
            }
        });
        Map<String, JsonNode> files = new TreeMap<>();
        for (Path file : real.files("index.json")) {
            JsonNode record = JSON.readTree(file.toFile());
            files.put(record.get("url").asText(), record);
        }
        assertEquals(files, inDataset, "the dataset is exactly the records published beside the pages");
    }

    // ------------------------------------------------------------------ CSV

    @Test
    void theCsvParsesWithItsHeaderAndHasOneRowPerRecommendationAndOrganisation() throws IOException {
        Csv csv = csv(real);
        assertEquals(CSV_COLUMNS, csv.columns());
        assertEquals(6, csv.rows().size(), "six recommendations, each answered by kommunstyrelsen only");
        Set<String> keys = new HashSet<>();
        for (Map<String, String> row : csv.rows()) {
            assertEquals(CSV_COLUMNS, new ArrayList<>(row.keySet()), "every row has every column");
            assertTrue(keys.add(row.get("url") + " " + row.get("organisation")), "one row per recommendation and organisation: " + row);
            assertEquals("KRN-2022-00009", row.get("audit_dnr"));
            assertEquals("Granskning av kommunens arbete med trygghetsskapande åtgärder", row.get("audit_title"));
            assertEquals("kommunstyrelsen", row.get("organisation"));
            assertEquals("gottsunda", row.get("districts"));
        }
        Map<String, Map<String, String>> byNumber = new HashMap<>();
        csv.rows().forEach(row -> byNumber.put(row.get("recommendation"), row));
        assertEquals("hänvisar", byNumber.get("3").get("position"), "recommendation 3: kommunstyrelsen refers to other boards");
        assertEquals("", byNumber.get("3").get("implementation"));
        assertEquals("hänvisar", byNumber.get("6").get("position"));
        for (String number : List.of("1", "2", "5")) {
            assertEquals("pågående", byNumber.get(number).get("implementation"), "recommendation " + number);
            assertEquals("", byNumber.get(number).get("position"), "recommendation " + number + " states no position");
        }
        Map<String, String> four = byNumber.get("4");
        assertEquals(List.of("", "", "", ""), List.of(four.get("position"), four.get("implementation"), four.get("status_date"),
                four.get("status_source_url")), "recommendation 4 is answered without a stated status");
        assertEquals(BuiltSite.BASE + "granskningar/krn-2022-00009/rekommendation-4/svar/kommunstyrelsen/", four.get("answer_url"));
        assertTrue(byNumber.get("1").get("text").startsWith("Genomför en översyn av samverkansgrupper"),
                "texts with commas survive quoting: " + byNumber.get("1").get("text"));
    }

    @Test
    void aTextWithAHalfOfASurrogatePairIsWrittenToTheCsvWithAQuestionMark(@TempDir Path own) throws IOException {
        // YAML's escapes can make a text that is no valid Unicode: half of a surrogate pair, alone.
        Path content = TestSites.copyContent(own);
        TestSites.edit(content.resolve("granskningar/krn-2022-00009.md"), text -> text.replaceFirst(
                "(?s)(- number: 1\\n\\s*text: )>-\\n.*?(\\n\\s*- number: 2)", "$1\"Halv\\\\ud806 och hel\\\\ud83d\\\\ude00 i en text.\"$2"));
        TestSites.Run run = TestSites.build(content, own.resolve("site"));
        assertEquals(0, run.exitCode(), run::describe);
        String csv = Files.readString(own.resolve("site/data/rekommendationer.csv"));
        assertTrue(csv.contains("Halv? och hel\uD83D\uDE00 i en text."), "as String.getBytes encodes it, like every other file");
    }

    @Test
    void theCsvMatchesTheRecordsAndEveryRowCarriesTheDateItsStatusesAreAsOf() throws IOException {
        assertCsvMatchesTheRecords(real);
        assertEquals("2023-05-11", json(real, "/data/insyn.json").get("status_as_of").asText());
    }

    @Test
    void theCsvFollowsStatusChangesReportedInFollowUps() throws IOException {
        assertCsvMatchesTheRecords(withStatuses);
        Csv csv = csv(withStatuses);
        Map<String, Map<String, String>> rows = new HashMap<>();
        csv.rows().forEach(row -> rows.put(row.get("recommendation") + "/" + row.get("organisation"), row));
        assertEquals(7, csv.rows().size(), "socialnämnden's stated position adds a row to recommendation 3");
        Map<String, String> one = rows.get("1/kommunstyrelsen");
        assertEquals("genomförd", one.get("implementation"), "the later follow-up replaces 'pågående'");
        assertEquals("2024-03-01", one.get("status_date"));
        assertEquals(BuiltSite.BASE + "uppfoljningar/2024-03-01-rekommendationer/", one.get("status_source_url"));
        Map<String, String> social = rows.get("3/socialnamnden");
        assertEquals("instämmer", social.get("position"));
        assertEquals("", social.get("answer_url"), "socialnämnden has no published answer");
        assertEquals("hänvisar", rows.get("3/kommunstyrelsen").get("position"));
        assertEquals("2023-05-10", rows.get("2/kommunstyrelsen").get("status_date"), "the statement's own date");
        csv.rows().forEach(row -> assertEquals("2024-03-01", row.get("status_as_of")));
    }

    // ------------------------------------------------------------------ DCAT-AP-SE

    @Test
    void theCatalogueIsRdfXmlWithACatalogADatasetAndDistributionsThatExist() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document rdf = factory.newDocumentBuilder().parse(new InputSource(new StringReader(real.text("data/katalog.rdf"))));
        Element root = rdf.getDocumentElement();
        assertEquals(RDF, root.getNamespaceURI());
        assertEquals("RDF", root.getLocalName());

        Element catalog = only(root, DCAT, "Catalog");
        assertEquals(BuiltSite.BASE + "data/katalog.rdf", catalog.getAttributeNS(RDF, "about"));
        assertEquals("Insyn Uppsala", only(catalog, DCT, "title").getTextContent());
        String publisher = only(catalog, DCT, "publisher").getAttributeNS(RDF, "resource");
        Element agent = withAbout(root, FOAF, "Agent", publisher);
        assertEquals("Uppsala kommun", only(agent, FOAF, "name").getTextContent());
        String datasetId = only(catalog, DCAT, "dataset").getAttributeNS(RDF, "resource");

        Element dataset = withAbout(root, DCAT, "Dataset", datasetId);
        assertFalse(only(dataset, DCT, "title").getTextContent().isBlank());
        assertFalse(only(dataset, DCT, "description").getTextContent().isBlank());
        assertEquals(publisher, only(dataset, DCT, "publisher").getAttributeNS(RDF, "resource"));
        assertTrue(Files.isRegularFile(real.fileFor(only(dataset, DCAT, "landingPage").getAttributeNS(RDF, "resource"))),
                "the landing page exists");
        NodeList distributions = dataset.getElementsByTagNameNS(DCAT, "Distribution");
        assertTrue(distributions.getLength() >= 2, "at least the JSON and the CSV are distributed");
        Set<String> accessUrls = new LinkedHashSet<>();
        for (int i = 0; i < distributions.getLength(); i++) {
            Element distribution = (Element) distributions.item(i);
            assertEquals("distribution", ((Element) distribution.getParentNode()).getLocalName());
            String url = only(distribution, DCAT, "accessURL").getAttributeNS(RDF, "resource");
            assertTrue(url.startsWith(BuiltSite.BASE), url);
            assertTrue(Files.isRegularFile(real.fileFor(url)), "the distribution " + url + " exists in the site");
            assertTrue(only(distribution, DCAT, "mediaType").getAttributeNS(RDF, "resource")
                    .startsWith("http://www.iana.org/assignments/media-types/"));
            assertFalse(only(distribution, DCT, "title").getTextContent().isBlank());
            accessUrls.add(url);
        }
        assertTrue(accessUrls.containsAll(List.of(BuiltSite.BASE + "data/insyn.json", BuiltSite.BASE + "data/rekommendationer.csv")),
                accessUrls.toString());
    }

    // ------------------------------------------------------------------ helpers

    private static String typeOf(String address) {
        if (YEAR_PAGE.matcher(address).matches()) {
            return null; // a year's page of a long list is no record's page, though it may be below one
        }
        return TYPE_BY_ADDRESS.entrySet().stream().filter(e -> e.getKey().matcher(address).matches())
                .map(Map.Entry::getValue).findFirst().orElse(null);
    }

    private static JsonNode json(BuiltSite site, String address) throws IOException {
        Path file = site.fileFor(address);
        assertTrue(Files.isRegularFile(file), "no file at " + address);
        return JSON.readTree(file.toFile());
    }

    /** Serves the schemas' absolute addresses from the built site; fails on any attempt to fetch anything else. */
    private static JsonSchemaFactory schemaFactory(BuiltSite site) {
        SchemaLoader fromSite = iri -> {
            String address = iri.toString();
            if (address.startsWith(SCHEMA_BASE)) {
                Path file = site.site.resolve("data/schema").resolve(address.substring(SCHEMA_BASE.length()));
                assertTrue(Files.isRegularFile(file), "a schema refers to " + address + ", which the site does not have");
                return () -> Files.newInputStream(file);
            }
            if (address.startsWith("classpath:")) {
                return null; // the validator's own copy of the JSON Schema meta-schemas
            }
            throw new AssertionError("the schema validator tried to fetch " + address);
        };
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012, builder -> builder.schemaLoaders(l -> l.add(fromSite)));
    }

    private static SchemaValidatorsConfig config() {
        return SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
    }

    private static void assertEveryJsonFileIsValid(BuiltSite site) throws IOException {
        JsonSchemaFactory factory = schemaFactory(site);
        Map<String, JsonSchema> schemas = new HashMap<>();
        JsonSchema metaSchema = factory.getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"), config());
        Map<String, Set<ValidationMessage>> invalid = new TreeMap<>();
        Map<String, Integer> validated = new TreeMap<>();
        for (Path file : site.files(".json")) {
            String relative = site.site.relativize(file).toString().replace('\\', '/');
            JsonNode node = JSON.readTree(file.toFile());
            String shape;
            JsonSchema schema;
            if (relative.startsWith("data/schema/")) {
                shape = "meta-schema";
                schema = metaSchema;
            } else {
                shape = node.path("type").asText();
                if (relative.equals("data/insyn.json")) {
                    assertEquals("dataset", shape);
                } else {
                    assertTrue(relative.endsWith("/index.json"), "unexpected JSON file " + relative);
                    assertEquals(typeOf(site.addressOf(file).replaceAll("index\\.json$", "")), shape, relative);
                }
                assertTrue(SHAPES.contains(shape), relative + " has no known type: " + shape);
                schema = schemas.computeIfAbsent(shape,
                        s -> factory.getSchema(SchemaLocation.of(SCHEMA_BASE + s + ".schema.json"), config()));
            }
            Set<ValidationMessage> errors = schema.validate(node);
            if (!errors.isEmpty()) {
                invalid.put(relative, errors);
            }
            validated.merge(shape, 1, Integer::sum);
        }
        assertEquals(Map.of(), invalid, "JSON files that do not match their schema");
        assertEquals(SHAPES.size(), validated.get("meta-schema"), "every schema is itself a valid JSON Schema");
        for (String shape : SHAPES) {
            assertTrue(validated.getOrDefault(shape, 0) > 0, "no " + shape + " JSON was validated: " + validated);
        }
    }

    private record Csv(List<String> columns, List<Map<String, String>> rows) {
    }

    private static Csv csv(BuiltSite site) throws IOException {
        CsvMapper mapper = new CsvMapper();
        List<Map<String, String>> rows = new ArrayList<>();
        List<String> columns = new ArrayList<>();
        try (MappingIterator<Map<String, String>> it = mapper.readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader().withStrictHeaders(true))
                .readValues(site.bytes("data/rekommendationer.csv"))) {
            while (it.hasNext()) {
                rows.add(it.next());
            }
            ((CsvSchema) it.getParserSchema()).forEach(column -> columns.add(column.getName()));
        }
        return new Csv(columns, rows);
    }

    /**
     * Derives every CSV row from the recommendation and answer JSON files: one row per recommendation and
     * organisation that answered it or has a stated status (one with an empty organisation where none has),
     * with the latest stated position and implementation, the last status change's date and source.
     */
    private static void assertCsvMatchesTheRecords(BuiltSite site) throws IOException {
        String asOf = json(site, "/data/insyn.json").get("status_as_of").asText();
        assertTrue(DATE.matcher(asOf).matches(), asOf);
        List<Map<String, String>> expected = new ArrayList<>();
        for (Path file : site.files("index.json")) {
            JsonNode recommendation = JSON.readTree(file.toFile());
            if (!recommendation.get("type").asText().equals("recommendation")) {
                continue;
            }
            Map<String, String> answerUrls = new LinkedHashMap<>();
            for (JsonNode url : recommendation.get("answers")) {
                JsonNode answer = json(site, url.asText() + "index.json");
                answerUrls.put(answer.get("organisation").asText(), url.asText());
            }
            Set<String> organisations = new LinkedHashSet<>(answerUrls.keySet());
            recommendation.get("status_history").forEach(s -> organisations.add(s.get("organisation").asText()));
            if (organisations.isEmpty()) {
                organisations.add("");
            }
            JsonNode audit = json(site, recommendation.get("audit_url").asText() + "index.json");
            for (String organisation : organisations) {
                String position = "";
                String implementation = "";
                String date = "";
                String source = "";
                for (JsonNode change : recommendation.get("status_history")) {
                    if (!change.get("organisation").asText().equals(organisation)) {
                        continue;
                    }
                    position = change.get("position").isNull() ? position : change.get("position").asText();
                    implementation = change.get("implementation").isNull() ? implementation : change.get("implementation").asText();
                    date = change.get("date").isNull() ? "" : change.get("date").asText();
                    source = change.get("source_url").asText();
                }
                Map<String, String> row = new LinkedHashMap<>();
                row.put("status_as_of", asOf);
                row.put("audit_dnr", recommendation.get("audit_dnr").asText());
                row.put("audit_title", audit.get("title").asText());
                row.put("recommendation", recommendation.get("number").asText());
                row.put("text", recommendation.get("text").asText());
                row.put("addressed_to", String.join(";", strings(recommendation.get("addressed_to"))));
                row.put("districts", String.join(";", strings(audit.get("districts"))));
                row.put("organisation", organisation);
                row.put("position", position);
                row.put("implementation", implementation);
                row.put("status_date", date);
                row.put("status_source_url", source);
                row.put("answer_url", answerUrls.getOrDefault(organisation, ""));
                row.put("url", recommendation.get("url").asText());
                expected.add(row);
            }
        }
        Set<Map<String, String>> actual = new HashSet<>(csv(site).rows());
        assertEquals(expected.size(), csv(site).rows().size(), "one CSV row per recommendation and organisation");
        for (Map<String, String> row : expected) {
            assertTrue(actual.contains(row), "the CSV lacks the row " + row + "\nit has " + actual);
        }
    }

    private static List<String> strings(JsonNode array) {
        List<String> list = new ArrayList<>();
        array.forEach(n -> list.add(n.asText()));
        return list;
    }

    /** The one child element (not a deeper descendant) with this name. */
    private static Element only(Element parent, String namespace, String name) {
        List<Element> found = new ArrayList<>();
        NodeList children = parent.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i) instanceof Element child && namespace.equals(child.getNamespaceURI())
                    && name.equals(child.getLocalName())) {
                found.add(child);
            }
        }
        assertEquals(1, found.size(), "exactly one " + name + " in " + parent.getLocalName());
        return found.get(0);
    }

    private static Element withAbout(Element root, String namespace, String name, String about) {
        NodeList found = root.getElementsByTagNameNS(namespace, name);
        for (int i = 0; i < found.getLength(); i++) {
            Element element = (Element) found.item(i);
            if (about.equals(element.getAttributeNS(RDF, "about"))) {
                return element;
            }
        }
        throw new AssertionError("no " + name + " with rdf:about " + about);
    }
}
