package se.insyn.hostile;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The corpus of hostile strings in {@code src/test/resources/hostile/}, and how to write them safely into YAML. */
final class Vectors {
    private Vectors() {
    }

    /** The XSS vectors of {@code hostile/xss-vectors.txt}, escapes decoded. */
    static List<String> xss() {
        return read("/hostile/xss-vectors.txt");
    }

    /** The template-syntax strings of {@code hostile/template-syntax.txt}, escapes decoded. */
    static List<String> templateSyntax() {
        return read("/hostile/template-syntax.txt");
    }

    static List<String> read(String resource) {
        try (InputStream in = Vectors.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            List<String> vectors = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    vectors.add(decode(line));
                }
            }
            return List.copyOf(vectors);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code \t \n \r \\ \\uXXXX} are escapes; any other backslash stands for itself. */
    static String decode(String line) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c != '\\' || i + 1 >= line.length()) {
                out.append(c);
                continue;
            }
            char next = line.charAt(i + 1);
            switch (next) {
                case 't' -> { out.append('\t'); i++; }
                case 'n' -> { out.append('\n'); i++; }
                case 'r' -> { out.append('\r'); i++; }
                case '\\' -> { out.append('\\'); i++; }
                case 'u' -> {
                    if (i + 5 < line.length() && line.substring(i + 2, i + 6).matches("[0-9A-Fa-f]{4}")) {
                        out.append((char) Integer.parseInt(line.substring(i + 2, i + 6), 16));
                        i += 5;
                    } else {
                        out.append(c);
                    }
                }
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * A YAML double-quoted scalar that reads back as exactly {@code text}: quotes, backslashes, line
     * breaks, control characters and the characters YAML treats as line breaks are escaped.
     */
    static String yaml(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                case '\r' -> out.append("\\r");
                default -> {
                    if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == 0x2028 || c == 0x2029 || c == 0xfeff
                            || c == 0xfffe || c == 0xffff || Character.isSurrogate(c)) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    /** Whitespace runs as one space, trimmed: how text compares after HTML has reflowed it. */
    static String squash(String text) {
        return text.replaceAll("[\\s\\u00a0\\u2028\\u2029]+", " ").strip();
    }
}
