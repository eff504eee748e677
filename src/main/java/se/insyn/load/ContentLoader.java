package se.insyn.load;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.FileVisitResult;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import se.insyn.problem.LocalisedIOException;
import se.insyn.problem.Problems;
import se.insyn.problem.Text;

/** Reads every {@code .md} file below the content folder; reports unreadable files instead of stopping at the first. */
public final class ContentLoader {
    /** Largest content file accepted; a record is text, and anything larger is a mistake (a pasted PDF, a log). */
    public static final long MAX_FILE_BYTES = 1024 * 1024;

    private static final String FENCE = "---";

    /** One parser's settings a thread: each file is parsed anew, and making the settings for every file cost a seventh of the parsing. */
    private static final ThreadLocal<Yaml> YAML = ThreadLocal.withInitial(() -> {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(10);
        options.setCodePointLimit((int) MAX_FILE_BYTES);
        return new Yaml(options);
    });

    public List<Source> load(Path contentDir, Problems problems) {
        List<Source> sources = new ArrayList<>();
        load(contentDir, problems, source -> source, sources::add);
        return sources;
    }

    /** Files read at once on every core before they are handed on in order: enough to keep the cores busy, few in memory. */
    private static final int BATCH = 256;

    /**
     * Reads the files a batch at a time, makes each into what {@code eachFile} makes of it (on any
     * thread: for the work that looks at one file alone, such as reading its record) and hands
     * those to {@code inOrder} in a stable order, so that a large content folder is never in memory
     * as text and YAML trees all at once (a YAML tree holds its text four bytes a character).
     * Returns how many files were read.
     */
    public <T> int load(Path contentDir, Problems problems, Function<Source, T> eachFile, Consumer<T> inOrder) {
        Optional<Listing> listing = list(contentDir, problems);
        if (listing.isEmpty()) {
            return 0;
        }
        List<Path> files = listing.get().files();
        int count = 0;
        for (int from = 0; from < files.size(); from += BATCH) {
            List<Optional<T>> batch = files.subList(from, Math.min(files.size(), from + BATCH)).parallelStream()
                    .map(relative -> bytes(listing.get(), relative, problems).flatMap(bytes -> parse(relative, bytes, problems)).map(eachFile))
                    .toList();
            for (Optional<T> made : batch) {
                if (made.isPresent()) {
                    inOrder.accept(made.get());
                    count++;
                }
            }
        }
        return count;
    }

    /**
     * The content folder, absolute, and its Markdown files relative to it, in a stable order, each
     * with the attributes the listing read (of the file a link names). {@code links} is whether any
     * of the files is a link.
     */
    public record Listing(Path root, List<Path> files, Map<Path, BasicFileAttributes> attributes, boolean links) {
    }

    /**
     * Lists the content folder's Markdown files, reporting links that lead outside it; empty when
     * there is no folder. Hidden files and folders are passed over. Links are not followed into
     * folders: a link to a file in the content folder is read as the file it names, any other is
     * refused. One walk that keeps each file's attributes: asking for them again cost the preview a
     * second look at each of a large site's 33 000 files after every save.
     */
    public Optional<Listing> list(Path contentDir, Problems problems) {
        if (!Files.isDirectory(contentDir)) {
            problems.error(contentDir, 0, Text.of("load.noContentFolder"), Text.of("load.noContentFolder.fix"));
            return Optional.empty();
        }
        Path root = folderItself(contentDir);
        List<Path> files = new ArrayList<>();
        Map<Path, BasicFileAttributes> attributes = new HashMap<>();
        boolean[] links = {false};
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path folder, BasicFileAttributes folderAttributes) {
                    return !folder.equals(root) && isHidden(folder) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path path, BasicFileAttributes pathAttributes) {
                    if (isHidden(path)) {
                        return FileVisitResult.CONTINUE;
                    }
                    Path relative = root.relativize(path);
                    BasicFileAttributes file = pathAttributes;
                    if (pathAttributes.isSymbolicLink()) {
                        links[0] = true;
                        if (!isInside(root, path)) {
                            problems.error(relative, 0, Text.of("load.linkOutside"), Text.of("load.linkOutside.fix"));
                            return FileVisitResult.CONTINUE;
                        }
                        file = linkTarget(path);
                    }
                    if (file != null && file.isRegularFile() && path.getFileName().toString().endsWith(".md")) {
                        files.add(relative);
                        attributes.put(relative, file);
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new LocalisedIOException(Text.of("load.folderUnreadable", root), e);
        }
        files.sort(null);
        return Optional.of(new Listing(root, files, attributes, links[0]));
    }

    /**
     * The listing after changes to these paths only (absolute, as a watcher of the folder reports
     * them), each changed file's attributes read again, so that a save on a large site is not a walk
     * through all its files. Empty when the changes may have added or removed content files (a new
     * or removed Markdown file, a folder, a link) or the last listing had links (a change to a file
     * may then change another's): the folder must then be listed again. Paths outside the folder (a
     * theme's) and files that are no content (an editor's temporary files) change nothing here.
     */
    public Optional<Listing> relist(Listing last, Collection<Path> changed) {
        if (last.links()) {
            return Optional.empty();
        }
        Map<Path, BasicFileAttributes> attributes = new HashMap<>(last.attributes());
        for (Path path : changed) {
            if (!path.startsWith(last.root())) {
                continue;
            }
            BasicFileAttributes now = attributesOf(path);
            Path relative = last.root().relativize(path);
            if (attributes.containsKey(relative)) {
                if (now == null || !now.isRegularFile()) {
                    return Optional.empty();
                }
                attributes.put(relative, now);
            } else if (now != null && (!now.isRegularFile() || path.getFileName().toString().endsWith(".md"))) {
                return Optional.empty();
            }
        }
        return Optional.of(new Listing(last.root(), last.files(), attributes, false));
    }

    /** A path's own attributes, a link's rather than its target's; null when there is nothing there. */
    private static BasicFileAttributes attributesOf(Path path) {
        try {
            return Files.readAttributes(path, BasicFileAttributes.class, java.nio.file.LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * The folder, absolute; a folder given as a link ({@code content -> /data/insyn}) is the folder it
     * leads to, since a walk does not follow the link it starts from and would find nothing.
     */
    public static Path folderItself(Path folder) {
        Path absolute = folder.toAbsolutePath().normalize();
        try {
            return Files.isSymbolicLink(absolute) ? absolute.toRealPath() : absolute;
        } catch (IOException e) {
            return absolute;
        }
    }

    private static boolean isHidden(Path path) {
        return path.getFileName().toString().startsWith(".");
    }

    /** The attributes of the file a link names; null for a broken link, which is no file. */
    private static BasicFileAttributes linkTarget(Path link) {
        try {
            return Files.readAttributes(link, BasicFileAttributes.class);
        } catch (IOException e) {
            return null;
        }
    }

    private static boolean isInside(Path root, Path file) {
        try {
            return file.toRealPath().startsWith(root.toRealPath());
        } catch (IOException e) {
            return false;
        }
    }

    /** A content file's bytes, unless it is too large (by the size the listing read) or cannot be read. */
    public Optional<byte[]> bytes(Listing listing, Path relative, Problems problems) {
        long size = listing.attributes().get(relative).size();
        if (size > MAX_FILE_BYTES) {
            problems.error(relative, 0, Text.of("load.tooLarge", (size + 1023) / 1024, MAX_FILE_BYTES / 1024),
                    Text.of("load.tooLarge.fix"));
            return Optional.empty();
        }
        try {
            return Optional.of(Files.readAllBytes(listing.root().resolve(relative)));
        } catch (IOException e) {
            problems.error(relative, 0, Text.of("load.unreadable", e.getMessage()), Text.of("load.unreadable.fix"));
            return Optional.empty();
        }
    }

    /** A content file's bytes as a source: its text checked, its front matter parsed; empty, with its problems reported, when it cannot be. */
    public Optional<Source> parse(Path relative, byte[] bytes, Problems problems) {
        String text;
        try {
            text = decode(bytes);
        } catch (CharacterCodingException e) {
            problems.error(relative, 0, Text.of("load.notUtf8"), Text.of("load.notUtf8.fix"));
            return Optional.empty();
        }
        if (text.indexOf('\0') >= 0) {
            problems.error(relative, 0, Text.of("load.binary"), Text.of("load.binary.fix"));
            return Optional.empty();
        }
        String normalised = normalise(text);
        return unprintable(normalised, relative, problems) || tooDeep(normalised, relative, problems)
                ? Optional.empty() : split(normalised, relative, problems);
    }

    /** Control characters cannot be shown, and would make the feeds and the calendar invalid: report the first. */
    private static boolean unprintable(String text, Path relative, Problems problems) {
        for (int i = 0, line = 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
            } else if ((c < 0x20 && c != '\t') || c == 0x7F || c == '\uFFFE' || c == '\uFFFF') {
                problems.error(relative, line, Text.of("load.controlCharacter", String.format("U+%04X", (int) c)),
                        Text.of("load.controlCharacter.fix"));
                return true;
            }
        }
        return false;
    }

    /** Deepest nesting of block quotes and lists that a text may have; deeper text is a mistake and would exhaust the parser. */
    static final int MAX_NESTING_PREFIX = 200;

    private static boolean tooDeep(String text, Path relative, Problems problems) {
        int line = 1;
        int prefix = 0;
        boolean atStart = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
                prefix = 0;
                atStart = true;
            } else if (atStart && (c == ' ' || c == '>' || c == '\t' || isListMarker(text, i))) {
                if (++prefix > MAX_NESTING_PREFIX) {
                    problems.error(relative, line, Text.of("load.tooDeep", MAX_NESTING_PREFIX / 2), Text.of("load.tooDeep.fix"));
                    return true;
                }
            } else {
                atStart = false;
            }
        }
        return false;
    }

    /** A bullet that opens a list item ("- ", "* ", "+ "), not a dash in a rule such as "-----". */
    private static boolean isListMarker(String text, int i) {
        char c = text.charAt(i);
        return (c == '-' || c == '*' || c == '+') && i + 1 < text.length() && text.charAt(i + 1) == ' ';
    }

    private static String decode(byte[] bytes) throws CharacterCodingException {
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes))
                .toString();
    }

    /** Text pasted from Word or saved on Windows or a Mac: byte order mark, line ends and decomposed å/ä/ö are made uniform. */
    static String normalise(String text) {
        String withoutBom = text.startsWith("\uFEFF") ? text.substring(1) : text;
        // U+2028, U+2029 and NEL (pasted from Word or PDFs) would end lines for the YAML parser but for no
        // editor: as spaces, every line number in a message is the one the editor shows.
        String unixLines = withoutBom.indexOf('\r') < 0 ? withoutBom : withoutBom.replace("\r\n", "\n").replace('\r', '\n');
        // Looked for first: indexOf is vectorised, replace walks the text character by character even when there is nothing to replace.
        for (char lineEnd : new char[] {'\u2028', '\u2029', '\u0085'}) {
            if (unixLines.indexOf(lineEnd) >= 0) {
                unixLines = unixLines.replace(lineEnd, ' ');
            }
        }
        return Normalizer.isNormalized(unixLines, Normalizer.Form.NFC) ? unixLines : Normalizer.normalize(unixLines, Normalizer.Form.NFC);
    }

    private Optional<Source> split(String text, Path relative, Problems problems) {
        if (text.isBlank()) {
            problems.error(relative, 1, Text.of("load.empty"), Text.of("load.empty.fix"));
            return Optional.empty();
        }
        Cut cut = cut(text);
        if (cut == NO_OPENING_FENCE) {
            problems.error(relative, 1, Text.of("load.noFrontMatter"), Text.of("load.noFrontMatter.fix"));
            return Optional.empty();
        }
        if (cut == NO_CLOSING_FENCE) {
            problems.error(relative, 1, Text.of("load.unclosedFrontMatter"), Text.of("load.unclosedFrontMatter.fix"));
            return Optional.empty();
        }
        return parseYaml(cut.yaml(), relative, problems)
                .map(front -> new Source(relative, front, cut.body(), cut.bodyLine(), text));
    }

    /** A file's text cut at the fences of its front matter: the lines between them, the lines after, and the number of the first of those. */
    record Cut(String yaml, String body, int bodyLine) {
    }

    static final Cut NO_OPENING_FENCE = new Cut(null, null, 0);
    static final Cut NO_CLOSING_FENCE = new Cut(null, null, 0);

    /**
     * Cuts the text where its first line and the next line that are {@code ---} (space around them
     * allowed) stand. Each part keeps its lines as they are, each ended by a line break. Done with
     * positions in the text: split into lines and joined again, a large site's files took the
     * compiler seconds of work, in the loops over their lines, just as the content was being read.
     */
    static Cut cut(String text) {
        int firstEnd = lineEnd(text, 0);
        if (!isFence(text, 0, firstEnd)) {
            return NO_OPENING_FENCE;
        }
        int number = 2;
        for (int start = firstEnd + 1; start <= text.length(); start = lineEnd(text, start) + 1, number++) {
            int end = lineEnd(text, start);
            if (isFence(text, start, end)) {
                String body = end == text.length() ? "" : text.substring(end + 1) + "\n";
                return new Cut(text.substring(firstEnd + 1, start), body, number + 1);
            }
        }
        return NO_CLOSING_FENCE;
    }

    private static int lineEnd(String text, int from) {
        int end = text.indexOf('\n', from);
        return end < 0 ? text.length() : end;
    }

    /** Whether the line is the fence, with whitespace around it as {@link String#strip} would remove. */
    private static boolean isFence(String text, int from, int to) {
        while (from < to && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
            to--;
        }
        return to - from == FENCE.length() && text.startsWith(FENCE, from);
    }

    private Optional<MappingNode> parseYaml(String yaml, Path relative, Problems problems) {
        try {
            Node node = YAML.get().compose(new java.io.StringReader(yaml));
            if (node instanceof MappingNode mapping) {
                return Optional.of(mapping);
            }
            problems.error(relative, 2, Text.of("load.notAMapping"), Text.of("load.notAMapping.fix"));
        } catch (MarkedYAMLException e) {
            // An unclosed quote or bracket is noticed at the end of the text; the line where it opened is the useful one.
            boolean endOfText = e.getProblem() != null && e.getProblem().contains("end of stream");
            Mark mark = endOfText && e.getContextMark() != null ? e.getContextMark()
                    : e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            int line = mark == null ? 1 : mark.getLine() + 2;
            Object what = e.getProblem() == null ? Text.of("load.badYaml") : e.getProblem();
            problems.error(relative, line, Text.of("load.unparsable", what), Text.of("load.unparsable.fix"));
        } catch (YAMLException e) {
            problems.error(relative, 1, Text.of("load.unparsable", e.getMessage()), Text.of("load.unparsable.yamlFix"));
        }
        return Optional.empty();
    }
}
