package se.insyn.sample;

import java.util.List;

/** Writes a content file: YAML front matter between {@code ---} lines, then the Markdown body. */
final class FrontMatter {
    private final StringBuilder text = new StringBuilder("---\n");

    /** A value that needs no quoting: identifiers, diarienummer, dates, numbers, choice words. */
    FrontMatter plain(String key, Object value) {
        text.append(key).append(": ").append(value).append('\n');
        return this;
    }

    /** Free text, always double-quoted so that colons, hashes and quotes in it stay text. */
    FrontMatter text(String key, String value) {
        text.append(key).append(": ").append(quote(value)).append('\n');
        return this;
    }

    FrontMatter list(String key, List<String> ids) {
        text.append(key).append(": [").append(String.join(", ", ids)).append("]\n");
        return this;
    }

    /** A line written as is (nested lists and groups, indented by the caller). */
    FrontMatter line(String line) {
        text.append(line).append('\n');
        return this;
    }

    String withBody(String body) {
        return text + "---\n" + body + (body.endsWith("\n") ? "" : "\n");
    }

    static String quote(String value) {
        StringBuilder quoted = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '\\' -> quoted.append("\\\\");
                case '"' -> quoted.append("\\\"");
                case '\n' -> quoted.append(' ');
                case '\t' -> quoted.append(' ');
                default -> quoted.append(c);
            }
        }
        return quoted.append('"').toString();
    }
}
