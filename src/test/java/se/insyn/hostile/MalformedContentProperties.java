package se.insyn.hostile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * A thousand malformed content files, each added to a copy of a minimal valid content
 * folder ({@link MinimalContent}) and built in-process ({@link FuzzBuild#check}): random bytes,
 * garbled copies of valid records (truncated, spliced, re-indented, lines swapped or doubled, stray
 * brackets, quotes and odd Unicode), random YAML structures with the real field names and values of
 * every type and style, and valid records with values of the wrong type or shape. Whatever the file,
 * the build succeeds or stops with problems that each name a file and, inside a readable file, a
 * line of it; it never throws anything else, hangs or writes half a site.
 */
class MalformedContentProperties {
    private static final AtomicInteger TRIES = new AtomicInteger();
    private static final AtomicInteger BUILT = new AtomicInteger();
    private static Path root;

    @BeforeContainer
    static void makeAFolderForTheTries() throws IOException {
        // A thousand small sites are written and deleted: in memory (tmpfs) where the system has it.
        Path memory = Path.of("/dev/shm");
        root = Files.isDirectory(memory) && Files.isWritable(memory) ? Files.createTempDirectory(memory, "insyn-fuzz")
                : Files.createTempDirectory("insyn-fuzz");
    }

    @AfterContainer
    static void removeIt() {
        System.out.printf("MalformedContentProperties: %d tries, %d of them built a site, the rest stopped with problems%n",
                TRIES.get(), BUILT.get());
        FuzzBuild.delete(root);
    }

    private static void check(byte[] file) {
        TRIES.incrementAndGet();
        if (FuzzBuild.check(root, file) == FuzzBuild.Outcome.BUILT) {
            BUILT.incrementAndGet();
        }
    }

    @Property(tries = 200, shrinking = ShrinkingMode.BOUNDED)
    void randomBytes(@ForAll("bytes") byte[] file) {
        check(file);
    }

    @Property(tries = 300, shrinking = ShrinkingMode.BOUNDED)
    void garbledValidRecords(@ForAll("garbled") String file) {
        check(file.getBytes(StandardCharsets.UTF_8));
    }

    @Property(tries = 250, shrinking = ShrinkingMode.BOUNDED)
    void randomYamlStructures(@ForAll("structures") String file) {
        check(file.getBytes(StandardCharsets.UTF_8));
    }

    @Property(tries = 150, shrinking = ShrinkingMode.BOUNDED)
    void valuesOfTheWrongTypeOrShape(@ForAll("wrongTypes") String file) {
        check(file.getBytes(StandardCharsets.UTF_8));
    }

    /** Valid records whose free texts are any text at all: these mostly build, so rendering, feeds and data see them. */
    @Property(tries = 120, shrinking = ShrinkingMode.BOUNDED)
    void anyTextInFreeTextFields(@ForAll("oddTexts") String file) {
        check(file.getBytes(StandardCharsets.UTF_8));
    }

    // ------------------------------------------------------------------ generators

    private static final List<String> FIELDS = List.of("type", "id", "dnr", "title", "name", "kind", "description", "tagline",
            "base_url", "language", "municipality", "date", "deadline", "audit_office", "performed_by", "audit_plan_year",
            "districts", "audited", "questions", "question_tally", "question_topics", "overall_assessment", "extensions",
            "recommendations", "number", "text", "addressed_to", "documents", "audit", "by", "case", "attachment_label",
            "officer", "contacts", "their_reference", "answers", "recommendation", "position", "implementation", "refers_to",
            "signatories", "office", "proposed_decision", "decision_basis", "attachment", "signed_for", "source", "entries",
            "organisation", "until", "assessment", "from", "to", "address", "reason", "draft", "publish_date", "neighbours",
            "issued_by", "uppfylld", "delvis uppfylld", "ej uppfylld");
    private static final List<String> TYPES = List.of("site", "district", "organisation", "document", "audit", "statement",
            "case", "follow-up", "moved", "withdrawn");
    private static final List<String> ODD_SCALARS = List.of("~", "null", "Null", "true", "false", "yes", "no", "on", "off", "y",
            "0", "-0", "-1", "007", "2147483648", "-2147483649", "99999999999999999999", "1e999", "-1e-999", ".inf", "-.inf",
            ".nan", "0x1F", "0o17", "0b101", "1_000", "1:20", "3.14", "2023-02-30", "2024-01-01", "2024-1-1", "2024-13-01",
            "0000-00-00", "+2024-01-01", "2024-01-01T10:00:00Z", "12:30:00", "''", "\"\"", "'a''b'", "\"\\0\"", "\"\\x01\\e\"",
            "\"\\uD800\"", "\"\\U0001F600\"", "\"\\N\\L\\P\"", "|", ">", "|-", ">+", "- ", "? ", "[", "]", "{", "}", "[[]]", "{{}}",
            "[a, [b, {c: d}]]", "{a: [b, c], d: {e: f}}", "&a", "*a", "*nope", "&a [*a]", "!!binary aGVq", "!!set {a, b}",
            "!!omap [a: 1]", "!!python/object/apply:os.system ['id']", "!<tag:yaml.org,2002:java.io.File> /etc/passwd",
            "!!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://127.0.0.1/\"]]]]",
            "!foo bar", "%YAML 1.1", "...", "---", "#", "# kommentar", "a: b", "a:b", ": x", "@x", "`x`", "%x", "\t", "a\tb",
            "ä", "å ä ö", "\u202eevil", "\u2028", "\u0085", "x\u2029y", "\u200b", "\ufeff", "🙂", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢",
            "Z\u0351\u036b\u0343\u036a\u0302\u036b\u033d\u034f\u0334\u0319\u0324\u031e\u0349\u035a\u032f\u031e\u0320\u034dA",
            "uppfylld", "delvis uppfylld", "instämmer", "hänvisar", "pågående", "nämnd", "bolag", "REV-2024-1", "KS-2024-2",
            "rev-2024-1", "styrelsen", "revisionen", "kontoret", "centrum", "plan", "yttrande.md", "../x", "/etc/passwd",
            "https://fuzz.example/", "javascript:alert(1)", "<script>alert(1)</script>", "${site.title}", "Bilaga 1",
            "## Rekommendation 1", "site", "audit", "statement", "follow-up", "moved", "withdrawn");

    @Provide
    Arbitrary<byte[]> bytes() {
        Arbitrary<byte[]> random = Arbitraries.bytes().array(byte[].class).ofMaxSize(3000);
        Arbitrary<byte[]> fenced = random.map(b -> concat("---\n".getBytes(StandardCharsets.UTF_8), b,
                "\n---\n".getBytes(StandardCharsets.UTF_8)));
        Arbitrary<byte[]> afterType = Combinators.combine(Arbitraries.of(TYPES), random)
                .as((type, b) -> concat(("---\ntype: " + type + "\nid: ").getBytes(StandardCharsets.UTF_8), b));
        return Arbitraries.oneOf(random, fenced, afterType);
    }

    private static byte[] concat(byte[]... parts) {
        int length = 0;
        for (byte[] part : parts) {
            length += part.length;
        }
        byte[] all = new byte[length];
        int at = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, all, at, part.length);
            at += part.length;
        }
        return all;
    }

    /** Any text: every kind of character including controls, surrogates, line separators and combining marks. */
    private static Arbitrary<String> anyText(int maxLength) {
        return Arbitraries.oneOf(
                Arbitraries.strings().all().ofMaxLength(maxLength),
                Arbitraries.strings().withChars("[]{}:,-?|>&*!%@`#'\"\\ \t\n").ofMaxLength(maxLength),
                Arbitraries.strings().withCharRange('\u0300', '\u036f').withChars("aåäö\u2028\u2029\u0085\u202e\u200b\ufeff")
                        .ofMaxLength(maxLength),
                Arbitraries.of(ODD_SCALARS));
    }

    private static final List<String> TEMPLATES = new ArrayList<>(MinimalContent.FILES.values());

    @Provide
    Arbitrary<String> garbled() {
        Arbitrary<String> record = Arbitraries.of(TEMPLATES).flatMap(t -> Arbitraries.of(t, MinimalContent.renamed(t)));
        Arbitrary<Mutation> mutation = Arbitraries.oneOf(
                Combinators.combine(Arbitraries.doubles().between(0, 1), Arbitraries.integers().between(0, 0))
                        .as((at, unused) -> (Mutation) text -> text.substring(0, (int) (at * text.length()))),
                Combinators.combine(Arbitraries.doubles().between(0, 1), Arbitraries.integers().between(1, 60))
                        .as((at, length) -> (Mutation) text -> {
                            int from = (int) (at * text.length());
                            return text.substring(0, from) + text.substring(Math.min(text.length(), from + length));
                        }),
                Combinators.combine(Arbitraries.doubles().between(0, 1), anyText(12))
                        .as((at, inserted) -> (Mutation) text -> {
                            int i = (int) (at * text.length());
                            return text.substring(0, i) + inserted + text.substring(i);
                        }),
                Combinators.combine(Arbitraries.doubles().between(0, 1), Arbitraries.doubles().between(0, 1))
                        .as((a, b) -> (Mutation) text -> swapLines(text, a, b)),
                Combinators.combine(Arbitraries.doubles().between(0, 1), Arbitraries.integers().between(-4, 6))
                        .as((at, shift) -> (Mutation) text -> reindent(text, at, shift)),
                Combinators.combine(Arbitraries.doubles().between(0, 1), Arbitraries.integers().between(1, 3))
                        .as((at, times) -> (Mutation) text -> duplicateLine(text, at, times)),
                Combinators.combine(Arbitraries.doubles().between(0, 1), anyText(30))
                        .as((at, value) -> (Mutation) text -> replaceValue(text, at, value)));
        return Combinators.combine(record, mutation.list().ofMinSize(1).ofMaxSize(5))
                .as((text, mutations) -> {
                    String result = text;
                    for (Mutation m : mutations) {
                        result = m.apply(result);
                    }
                    return result;
                });
    }

    @FunctionalInterface
    interface Mutation {
        String apply(String text);
    }

    private static List<String> lines(String text) {
        return new ArrayList<>(List.of(text.split("\n", -1)));
    }

    private static String swapLines(String text, double a, double b) {
        List<String> lines = lines(text);
        int i = (int) (a * lines.size()) % lines.size();
        int j = (int) (b * lines.size()) % lines.size();
        String line = lines.get(i);
        lines.set(i, lines.get(j));
        lines.set(j, line);
        return String.join("\n", lines);
    }

    private static String reindent(String text, double at, int shift) {
        List<String> lines = lines(text);
        int i = (int) (at * lines.size()) % lines.size();
        String line = lines.get(i);
        lines.set(i, shift >= 0 ? " ".repeat(shift) + line : line.substring(Math.min(line.length() - line.stripLeading().length(), -shift)));
        return String.join("\n", lines);
    }

    private static String duplicateLine(String text, double at, int times) {
        List<String> lines = lines(text);
        int i = (int) (at * lines.size()) % lines.size();
        for (int k = 0; k < times; k++) {
            lines.add(i, lines.get(i));
        }
        return String.join("\n", lines);
    }

    /** Replaces what follows the colon on one "key: value" line with raw text. */
    private static String replaceValue(String text, double at, String value) {
        List<String> lines = lines(text);
        List<Integer> fields = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).matches("\\s*(- )?[a-z_ ]+:.*")) {
                fields.add(i);
            }
        }
        if (fields.isEmpty()) {
            return text;
        }
        int i = fields.get((int) (at * fields.size()) % fields.size());
        String line = lines.get(i);
        lines.set(i, line.substring(0, line.indexOf(':') + 1) + " " + value);
        return String.join("\n", lines);
    }

    // --- random YAML structures

    /** A YAML value to be written at some indentation, in block or flow style. */
    sealed interface Yaml permits Scalar, Seq, Map {
        /** The value after "key:" (on the same line or, for block collections, on the following lines). */
        String block(int indent);

        /** The value on one line. */
        String flow();
    }

    record Scalar(String text, int quoting) implements Yaml {
        public String block(int indent) {
            return switch (quoting) {
                case 1 -> " '" + text.replace("'", "''").replace("\n", " ") + "'";
                case 2 -> " " + Vectors.yaml(text);
                case 3 -> " |\n" + text.lines().map(l -> " ".repeat(indent + 2) + l).collect(Collectors.joining("\n"));
                default -> " " + text;
            };
        }

        public String flow() {
            return quoting == 2 || quoting == 3 ? Vectors.yaml(text) : quoting == 1 ? "'" + text.replace("'", "''").replace("\n", " ") + "'" : text;
        }
    }

    record Seq(List<Yaml> items, boolean flowStyle) implements Yaml {
        public String block(int indent) {
            if (flowStyle || items.isEmpty()) {
                return " " + flow();
            }
            StringBuilder out = new StringBuilder();
            for (Yaml item : items) {
                out.append('\n').append(" ".repeat(indent + 2)).append('-');
                out.append(item instanceof Map map && !map.flowStyle() && !map.entries().isEmpty()
                        ? " " + map.block(indent + 4).stripLeading() : item.block(indent + 2));
            }
            return out.toString();
        }

        public String flow() {
            return items.stream().map(Yaml::flow).collect(Collectors.joining(", ", "[", "]"));
        }
    }

    record Map(List<Tuple.Tuple2<String, Yaml>> entries, boolean flowStyle) implements Yaml {
        public String block(int indent) {
            if (flowStyle || entries.isEmpty()) {
                return " " + flow();
            }
            StringBuilder out = new StringBuilder();
            for (Tuple.Tuple2<String, Yaml> entry : entries) {
                out.append('\n').append(" ".repeat(indent + 2)).append(entry.get1()).append(':').append(entry.get2().block(indent + 2));
            }
            return out.toString();
        }

        public String flow() {
            return entries.stream().map(e -> e.get1() + ": " + e.get2().flow()).collect(Collectors.joining(", ", "{", "}"));
        }

        /** The whole mapping as front matter lines at the top level. */
        String top() {
            StringBuilder out = new StringBuilder();
            for (Tuple.Tuple2<String, Yaml> entry : entries) {
                out.append(entry.get1()).append(':').append(entry.get2().block(0)).append('\n');
            }
            return out.toString();
        }
    }

    private static Arbitrary<String> keys() {
        return Arbitraries.frequencyOf(
                Tuple.of(8, Arbitraries.of(FIELDS)),
                Tuple.of(1, Arbitraries.of("<<", "? [a]", "\"quoted key\"", "'k'", "~", "0", "true", "- x", "&k key", "*k",
                        "[a, b]", "{a: b}", "ä", "x".repeat(300))),
                Tuple.of(1, Arbitraries.strings().withCharRange('a', 'z').withChars("_-").ofMinLength(1).ofMaxLength(12)));
    }

    private static Arbitrary<Yaml> scalars() {
        return Combinators.combine(Arbitraries.frequencyOf(
                        Tuple.of(5, Arbitraries.of(ODD_SCALARS)),
                        Tuple.of(2, anyText(40)),
                        Tuple.of(1, Arbitraries.integers().map(String::valueOf)),
                        Tuple.of(1, Arbitraries.strings().alpha().ofMinLength(2000).ofMaxLength(20000))),
                Arbitraries.integers().between(0, 3)).as((text, quoting) -> (Yaml) new Scalar(text, quoting));
    }

    private static Arbitrary<Yaml> values(int depth) {
        if (depth == 0) {
            return scalars();
        }
        Arbitrary<Yaml> inner = Arbitraries.lazy(() -> values(depth - 1));
        Arbitrary<Yaml> seq = Combinators.combine(inner.list().ofMaxSize(4), Arbitraries.of(true, false))
                .as((items, flow) -> (Yaml) new Seq(items, flow));
        Arbitrary<Yaml> map = Combinators.combine(Combinators.combine(keys(), inner).as(Tuple::of).list().ofMaxSize(4),
                Arbitraries.of(true, false)).as((entries, flow) -> (Yaml) new Map(entries, flow));
        return Arbitraries.frequencyOf(Tuple.of(5, scalars()), Tuple.of(2, seq), Tuple.of(2, map));
    }

    private static Arbitrary<String> bodies() {
        return Arbitraries.oneOf(Arbitraries.of("", "Text.\n", "## Rekommendation 1\n\nSvar.\n", "## Rekommendation 2\n\nSvar.\n",
                        "## Rekommendation x\n", "## Rekommendation 99999999999\n", "## Rekommendation -1\n", "## Rekommendation 0\n",
                        "## Rekommendation 1\n## Rekommendation 1\n", "<script>alert(1)</script>\n", "[x](javascript:alert(1))\n",
                        "---\n", "```\n## Rekommendation 1\n", "| a | b |\n|---|\n| c |\n", "> " + "[".repeat(2000) + "\n",
                        "*".repeat(5000) + "\n", "<!-- insyn:tillåt-personnummer 19121212-1212 -->\n19121212-1212\n"),
                anyText(200));
    }

    @Provide
    Arbitrary<String> structures() {
        Arbitrary<Map> front = Combinators.combine(Combinators.combine(keys(), values(3)).as(Tuple::of).list().ofMaxSize(12),
                Arbitraries.of(TYPES), Arbitraries.integers().between(0, 9))
                .as((entries, type, where) -> {
                    List<Tuple.Tuple2<String, Yaml>> all = new ArrayList<>(entries);
                    if (where < 8) { // usually a real type, so the reader of that type reads the rest
                        all.add(Math.min(where, all.size()), Tuple.of("type", new Scalar(type, 0)));
                    }
                    return new Map(all, false);
                });
        return Combinators.combine(front, bodies()).as((map, body) -> "---\n" + map.top() + "---\n" + body);
    }

    private static final java.util.regex.Pattern FREE_TEXT = java.util.regex.Pattern.compile(
            "^(\\s*(?:- )?(?:title|name|description|text|officer|performed_by|question_topics|source|reason|issued_by"
                    + "|attachment_label|tagline): ).*$");

    @Provide
    Arbitrary<String> oddTexts() {
        Arbitrary<String> text = Arbitraries.frequencyOf(
                Tuple.of(4, anyText(80)),
                Tuple.of(1, Arbitraries.of(Vectors.xss())),
                Tuple.of(1, Arbitraries.of(Vectors.templateSyntax())),
                Tuple.of(1, Arbitraries.strings().all().ofMinLength(1000).ofMaxLength(5000)));
        return Combinators.combine(Arbitraries.of(TEMPLATES).map(MinimalContent::renamed)
                                .filter(t -> !t.contains("dnr: FUZZ-2024-8") && !t.contains("id: fuzz-site")),
                        text.list().ofMinSize(1).ofMaxSize(4), Arbitraries.doubles().between(0, 1))
                .as((record, texts, at) -> {
                    List<String> lines = lines(record);
                    List<Integer> free = new ArrayList<>();
                    for (int i = 0; i < lines.size(); i++) {
                        if (FREE_TEXT.matcher(lines.get(i)).matches()) {
                            free.add(i);
                        }
                    }
                    if (free.isEmpty()) {
                        return record;
                    }
                    for (int k = 0; k < texts.size(); k++) {
                        int i = free.get((int) (at * free.size() + k) % free.size());
                        java.util.regex.Matcher field = FREE_TEXT.matcher(lines.get(i));
                        if (field.matches()) {
                            lines.set(i, field.group(1) + Vectors.yaml(texts.get(k)));
                        }
                    }
                    return String.join("\n", lines);
                });
    }

    @Provide
    Arbitrary<String> wrongTypes() {
        return Combinators.combine(Arbitraries.of(TEMPLATES).map(MinimalContent::renamed), Arbitraries.doubles().between(0, 1),
                        values(2), Arbitraries.integers().between(1, 3))
                .as((text, at, value, times) -> {
                    String result = text;
                    for (int k = 0; k < times; k++) {
                        result = replaceFieldValue(result, (at * (k + 1)) % 1.0, value);
                    }
                    return result;
                });
    }

    /** Replaces the value of one field (and the indented lines that belong to it) with another YAML value. */
    private static String replaceFieldValue(String text, double at, Yaml value) {
        List<String> lines = lines(text);
        int end = lines.subList(1, lines.size()).indexOf("---") + 1;
        List<Integer> fields = new ArrayList<>();
        for (int i = 1; i < end; i++) {
            if (lines.get(i).matches("\\s*(- )?[a-z_]+:.*")) {
                fields.add(i);
            }
        }
        if (fields.isEmpty()) {
            return text;
        }
        int i = fields.get((int) (at * fields.size()) % fields.size());
        String line = lines.get(i);
        int indent = line.length() - line.stripLeading().length() + (line.stripLeading().startsWith("- ") ? 2 : 0);
        int next = i + 1;
        while (next < end && lines.get(next).length() - lines.get(next).stripLeading().length() > indent
                && !lines.get(next).isBlank()) {
            next++;
        }
        List<String> replaced = new ArrayList<>(lines.subList(0, i));
        replaced.add(line.substring(0, line.indexOf(':') + 1) + value.block(indent));
        replaced.addAll(lines.subList(next, lines.size()));
        return String.join("\n", replaced);
    }
}
