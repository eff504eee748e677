package se.insyn.read;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import se.insyn.model.Diarienummer;
import se.insyn.model.Identifier;
import se.insyn.model.Labelled;
import se.insyn.model.Origin;
import se.insyn.problem.Problems;
import se.insyn.problem.Suggestions;
import se.insyn.problem.Text;

/**
 * Typed access to one YAML mapping of a front matter. Every getter reports a problem with the line of
 * the offending value and returns null instead of throwing, so one run finds every mistake.
 * {@link #finish()} reports the fields nobody asked for (usually typos).
 */
final class Fields {
    /** The front matter starts on line 2 of the file, after the opening {@code ---}. */
    private static final int FIRST_YAML_LINE = 2;
    private static final DateTimeFormatter ISO_DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);

    private final Path file;
    private final Node node;
    private final Map<String, NodeTuple> entries = new LinkedHashMap<>();
    private final Set<String> asked = new LinkedHashSet<>();
    private final Problems problems;

    Fields(Path file, MappingNode mapping, Problems problems) {
        this.file = file;
        this.node = mapping;
        this.problems = problems;
        for (NodeTuple tuple : mapping.getValue()) {
            if (tuple.getKeyNode() instanceof ScalarNode key) {
                NodeTuple earlier = entries.putIfAbsent(key.getValue(), tuple);
                if (earlier != null) {
                    problems.error(file, line(tuple.getKeyNode()), Text.of("read.fieldTwice", key.getValue(), line(earlier.getKeyNode())),
                            Text.of("read.fieldTwice.fix"));
                }
            } else {
                problems.error(file, line(tuple.getKeyNode()), Text.of("read.complexKey"), Text.of("read.complexKey.fix"));
            }
        }
    }

    Path file() {
        return file;
    }

    Problems problems() {
        return problems;
    }

    /** Line of this mapping in the file. */
    int line() {
        return line(node);
    }

    Origin origin() {
        return new Origin(file, line());
    }

    /** Line of a field's value, or of the mapping when the field is absent. */
    int line(String key) {
        NodeTuple tuple = entries.get(key);
        return tuple == null ? line() : line(tuple.getValueNode());
    }

    static int line(Node node) {
        return node.getStartMark().getLine() + FIRST_YAML_LINE;
    }

    /** The line where a text field's text begins: the line after the key for a {@code |} or {@code >} block. */
    int textLine(String key) {
        NodeTuple tuple = entries.get(key);
        if (tuple == null) {
            return line();
        }
        Node value = tuple.getValueNode();
        boolean block = value instanceof ScalarNode scalar
                && (scalar.getScalarStyle() == DumperOptions.ScalarStyle.LITERAL || scalar.getScalarStyle() == DumperOptions.ScalarStyle.FOLDED);
        return line(value) + (block ? 1 : 0);
    }

    boolean has(String key) {
        asked.add(key);
        NodeTuple tuple = entries.get(key);
        return tuple != null && !isNull(tuple.getValueNode());
    }

    private static boolean isNull(Node value) {
        return value instanceof ScalarNode scalar && scalar.getTag().getValue().endsWith(":null");
    }

    private Node value(String key, boolean required, String example) {
        asked.add(key);
        NodeTuple tuple = entries.get(key);
        if (tuple == null || isNull(tuple.getValueNode())) {
            if (required) {
                error(line(), Text.of("read.missing", key), Text.of("read.missing.fix", key, example));
            }
            return null;
        }
        return tuple.getValueNode();
    }

    void error(int line, Text message, Text fix) {
        problems.error(file, line, message, fix);
    }

    String text(String key, boolean required, String example) {
        Node value = value(key, required, example);
        if (value == null) {
            return null;
        }
        if (value instanceof ScalarNode scalar) {
            String text = scalar.getValue().strip();
            if (hasControl(key, scalar)) {
                return null;
            }
            if (text.isEmpty() && required) {
                error(line(value), Text.of("read.empty", key), Text.of("read.empty.fix", key, example));
                return null;
            }
            return text.isEmpty() ? null : text;
        }
        error(line(value), Text.of("read.notText", key), Text.of("read.notText.fix", key, example));
        return null;
    }

    /** Reports a control character (written with a YAML escape such as \x01): it cannot be shown and breaks XML. */
    private boolean hasControl(String key, ScalarNode scalar) {
        if (scalar.getValue().chars().noneMatch(Fields::isControl)) {
            return false;
        }
        error(line(scalar), Text.of("read.controlCharacter", key), Text.of("read.controlCharacter.fix"));
        return true;
    }

    private static boolean isControl(int c) {
        return (c < 0x20 && c != '\n' && c != '\t') || c == 0x7F || c == 0xFFFE || c == 0xFFFF;
    }

    /** A stable identifier used in addresses: lower-case letters a–z, digits and hyphens. */
    String id(String key, boolean required, String example) {
        String text = text(key, required, example);
        if (text != null && !Identifier.isValid(text)) {
            error(line(key), Text.of("read.invalidId", text, key), Text.of("read.invalidId.fix", example));
            return null;
        }
        return text;
    }

    /** A diarienummer such as KSN-2023-00442; written upper case in content, compared upper case. */
    String dnr(String key, boolean required) {
        String text = text(key, required, "KSN-2023-00442");
        if (text != null && !Diarienummer.FORMAT.matcher(text.toUpperCase()).matches()) {
            error(line(key), Text.of("read.invalidDnr", text), Text.of("read.invalidDnr.fix"));
            return null;
        }
        return text == null ? null : text.toUpperCase();
    }

    LocalDate date(String key, boolean required) {
        String text = text(key, required, "2023-03-27");
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text, ISO_DATE);
        } catch (DateTimeParseException e) {
            boolean wellFormed = text.matches("\\d{4}-\\d{2}-\\d{2}");
            error(line(key), wellFormed ? Text.of("read.noSuchDate", text, key) : Text.of("read.notADate", text, key),
                    Text.of("read.date.fix"));
            return null;
        }
    }

    /** A yes/no field; {@code true}/{@code false} (also {@code ja}/{@code nej}). Null when absent. */
    Boolean bool(String key) {
        String text = text(key, false, "true");
        if (text == null) {
            return null;
        }
        switch (text.toLowerCase(java.util.Locale.ROOT)) {
            case "true", "yes", "ja" -> {
                return true;
            }
            case "false", "no", "nej" -> {
                return false;
            }
            default -> {
                error(line(key), Text.of("read.notBoolean", text, key), Text.of("read.notBoolean.fix", key));
                return null;
            }
        }
    }

    Integer integer(String key, boolean required, String example) {
        String text = text(key, required, example);
        if (text == null) {
            return null;
        }
        try {
            return Integer.valueOf(text);
        } catch (NumberFormatException e) {
            error(line(key), Text.of("read.notInteger", text, key), Text.of("read.notInteger.fix", example));
            return null;
        }
    }

    <E extends Enum<E> & Labelled> E choice(String key, Class<E> type, boolean required) {
        E[] values = type.getEnumConstants();
        String text = text(key, required, values[0].key());
        return text == null ? null : choiceOf(text, type, line(key), key);
    }

    <E extends Enum<E> & Labelled> E choiceOf(String text, Class<E> type, int line, String key) {
        for (E value : type.getEnumConstants()) {
            if (value.key().equalsIgnoreCase(text.strip())) {
                return value;
            }
        }
        List<String> keys = Arrays.stream(type.getEnumConstants()).map(Labelled::key).toList();
        error(line, Text.of("read.invalidChoice", text, key), Suggestions.suggest(text, keys));
        return null;
    }

    /** A list of short values; a single value is accepted as a list of one. */
    List<String> list(String key, boolean required, String example) {
        Node value = value(key, required, "[" + example + "]");
        if (value == null) {
            return List.of();
        }
        if (value instanceof ScalarNode scalar) {
            String text = scalar.getValue().strip();
            if (hasControl(key, scalar)) {
                return List.of();
            }
            return text.isEmpty() ? List.of() : List.of(text);
        }
        if (value instanceof SequenceNode sequence) {
            List<String> items = new ArrayList<>();
            for (Node item : sequence.getValue()) {
                if (item instanceof ScalarNode scalar && !scalar.getValue().isBlank()) {
                    if (!hasControl(key, scalar)) {
                        items.add(scalar.getValue().strip());
                    }
                } else {
                    error(line(item), Text.of("read.listItemNotText", key), Text.of("read.listItemNotText.fix", example));
                }
            }
            return List.copyOf(items);
        }
        error(line(value), Text.of("read.notList", key), Text.of("read.notList.fix", key, example));
        return List.of();
    }

    /** A list of identifiers, each checked like {@link #id}. */
    List<String> ids(String key, boolean required, String example) {
        List<String> items = list(key, required, example);
        List<String> valid = new ArrayList<>();
        for (String item : items) {
            if (Identifier.isValid(item)) {
                valid.add(item);
            } else {
                error(line(key), Text.of("read.invalidIdInList", item, key), Text.of("read.invalidIdInList.fix", example));
            }
        }
        return List.copyOf(valid);
    }

    /** A list of groups of fields, such as recommendations or signatories. */
    List<Fields> items(String key, boolean required, String example) {
        Node value = value(key, required, example);
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof SequenceNode sequence)) {
            error(line(value), Text.of("read.notItems", key), Text.of("read.notItems.fix", key, example));
            return List.of();
        }
        List<Fields> items = new ArrayList<>();
        for (Node item : sequence.getValue()) {
            if (item instanceof MappingNode mapping) {
                items.add(new Fields(file, mapping, problems));
            } else {
                error(line(item), Text.of("read.itemNotGroup", key), Text.of("read.itemNotGroup.fix", example));
            }
        }
        return items;
    }

    /** A group of fields under one key, such as {@code question_tally}. */
    Fields group(String key, boolean required, String example) {
        Node value = value(key, required, example);
        if (value == null) {
            return null;
        }
        if (value instanceof MappingNode mapping) {
            return new Fields(file, mapping, problems);
        }
        error(line(value), Text.of("read.notGroup", key), Text.of("read.notGroup.fix", key, example));
        return null;
    }

    /** The keys present, in the order written (for groups whose keys are values, like a tally). */
    List<String> keys() {
        asked.addAll(entries.keySet());
        return List.copyOf(entries.keySet());
    }

    /** Reports fields that were never asked for: almost always a misspelt field name. */
    void finish() {
        for (Map.Entry<String, NodeTuple> entry : entries.entrySet()) {
            if (!asked.contains(entry.getKey())) {
                error(line(entry.getValue().getKeyNode()), Text.of("read.unknownField", entry.getKey()),
                        Suggestions.suggest(entry.getKey(), asked, Text.of("read.unknownField.fix", String.join(", ", asked))));
            }
        }
    }
}
