package se.insyn.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import se.insyn.problem.Problems;

/** Reads every {@code .md} file below the content folder; reports unreadable files instead of stopping at the first. */
public final class ContentLoader {
    /** Largest content file accepted; a record is text, and anything larger is a mistake (a pasted PDF, a log). */
    public static final long MAX_FILE_BYTES = 1024 * 1024;

    private static final String FENCE = "---";

    public List<Source> load(Path contentDir, Problems problems) {
        Path root = contentDir.toAbsolutePath().normalize();
        if (!Files.isDirectory(root)) {
            problems.error(contentDir, 0, "innehållsmappen finns inte",
                    "ange en befintlig mapp med --content eller skapa mappen content/");
            return List.of();
        }
        List<Source> sources = new ArrayList<>();
        for (Path file : markdownFiles(root)) {
            Path relative = root.relativize(file);
            if (Files.isSymbolicLink(file) && !isInside(root, file)) {
                problems.error(relative, 0, "filen är en symbolisk länk till något utanför innehållsmappen",
                        "kopiera in filen i stället för att länka till den");
                continue;
            }
            read(file, relative, problems).ifPresent(sources::add);
        }
        return sources;
    }

    private static List<Path> markdownFiles(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.getFileName().toString().endsWith(".md"))
                    .filter(p -> !isHidden(root.relativize(p)))
                    .filter(p -> Files.isRegularFile(p))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("kunde inte läsa innehållsmappen " + root, e);
        }
    }

    private static boolean isHidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isInside(Path root, Path file) {
        try {
            return file.toRealPath().startsWith(root.toRealPath());
        } catch (IOException e) {
            return false;
        }
    }

    private Optional<Source> read(Path file, Path relative, Problems problems) {
        String text;
        try {
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                problems.error(relative, 0, "filen är " + (size + 1023) / 1024 + " KiB, större än gränsen på "
                        + MAX_FILE_BYTES / 1024 + " KiB", "dela upp texten eller ta bort inklistrat material som inte hör dit");
                return Optional.empty();
            }
            text = decode(Files.readAllBytes(file));
        } catch (CharacterCodingException e) {
            problems.error(relative, 0, "filen är inte giltig UTF-8-text (kanske en binärfil eller en annan teckenkodning)",
                    "spara filen som UTF-8 i textredigeraren");
            return Optional.empty();
        } catch (IOException e) {
            problems.error(relative, 0, "filen kunde inte läsas: " + e.getMessage(), "kontrollera filens rättigheter");
            return Optional.empty();
        }
        if (text.indexOf('\0') >= 0) {
            problems.error(relative, 0, "filen innehåller NUL-tecken och ser ut att vara en binärfil",
                    "ta bort filen eller ersätt den med en textfil");
            return Optional.empty();
        }
        return split(normalise(text), relative, problems);
    }

    private static String decode(byte[] bytes) throws CharacterCodingException {
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes))
                .toString();
    }

    /** Text pasted from Word or saved on Windows or a Mac: byte order mark, CRLF and decomposed å/ä/ö are made uniform. */
    static String normalise(String text) {
        String withoutBom = text.startsWith("\uFEFF") ? text.substring(1) : text;
        String unixLines = withoutBom.replace("\r\n", "\n").replace('\r', '\n');
        return Normalizer.normalize(unixLines, Normalizer.Form.NFC);
    }

    private Optional<Source> split(String text, Path relative, Problems problems) {
        if (text.isBlank()) {
            problems.error(relative, 1, "filen är tom", "fyll i front matter mellan två rader med --- (se README) eller ta bort filen");
            return Optional.empty();
        }
        String[] lines = text.split("\n", -1);
        if (!lines[0].strip().equals(FENCE)) {
            problems.error(relative, 1, "filen börjar inte med front matter",
                    "börja filen med en rad ---, därefter fälten (t.ex. type: audit) och sedan en rad ---");
            return Optional.empty();
        }
        int end = -1;
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].strip().equals(FENCE)) {
                end = i;
                break;
            }
        }
        if (end < 0) {
            problems.error(relative, 1, "front matter avslutas aldrig",
                    "lägg till en rad med bara --- efter det sista fältet");
            return Optional.empty();
        }
        StringBuilder yaml = new StringBuilder();
        for (int i = 1; i < end; i++) {
            yaml.append(lines[i]).append('\n');
        }
        StringBuilder body = new StringBuilder();
        for (int i = end + 1; i < lines.length; i++) {
            body.append(lines[i]).append('\n');
        }
        int bodyLine = end + 2;
        return parseYaml(yaml.toString(), relative, problems)
                .map(front -> new Source(relative, front, body.toString(), bodyLine, text));
    }

    private Optional<MappingNode> parseYaml(String yaml, Path relative, Problems problems) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(10);
        options.setCodePointLimit((int) MAX_FILE_BYTES);
        try {
            Node node = new Yaml(options).compose(new java.io.StringReader(yaml));
            if (node instanceof MappingNode mapping) {
                return Optional.of(mapping);
            }
            problems.error(relative, 2, "front matter är inte en lista med fält",
                    "skriv ett fält per rad, som 'type: audit'");
        } catch (MarkedYAMLException e) {
            // An unclosed quote or bracket is noticed at the end of the text; the line where it opened is the useful one.
            boolean endOfText = e.getProblem() != null && e.getProblem().contains("end of stream");
            Mark mark = endOfText && e.getContextMark() != null ? e.getContextMark()
                    : e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            int line = mark == null ? 1 : mark.getLine() + 2;
            String what = e.getProblem() == null ? "felaktig YAML" : e.getProblem();
            problems.error(relative, line, "front matter kan inte läsas: " + what,
                    "kontrollera indrag, kolon och citattecken på raden (text med kolon eller # behöver citattecken)");
        } catch (YAMLException e) {
            problems.error(relative, 1, "front matter kan inte läsas: " + e.getMessage(),
                    "kontrollera att front matter är giltig YAML");
        }
        return Optional.empty();
    }
}
