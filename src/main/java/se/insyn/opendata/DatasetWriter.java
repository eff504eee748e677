package se.insyn.opendata;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The whole dataset ({@code data/insyn.json}), grouped by shape, while the records are made case by
 * case (so that the texts a case's records share are rendered once): each shape's records go to a
 * temporary file of their own, one record per line, and are joined under {@code records} at the end.
 * Parts of the records may be made at once on several cores, each part in a writer of its own.
 * The dataset is as large as the site's text, so it is never held in memory.
 */
final class DatasetWriter implements Closeable {
    private static final ObjectMapper COMPACT = new ObjectMapper();

    private static final byte[] BETWEEN_RECORDS = ",\n".getBytes(StandardCharsets.US_ASCII);

    private final Map<String, Section> sections = new LinkedHashMap<>();

    /** A shape's records of this part, in a temporary file made when the first is added. */
    private static final class Section {
        Path file;
        OutputStream out;
        int records;

        void add(byte[] record) throws IOException {
            if (out == null) {
                file = Files.createTempFile("insyn-dataset-", ".json");
                out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
            } else {
                out.write(BETWEEN_RECORDS);
            }
            out.write(record);
            records++;
        }
    }

    DatasetWriter(List<String> shapes) {
        for (String shape : shapes) {
            sections.put(shape, new Section());
        }
    }

    /** Adds a record, given as the indented JSON of its own data file: the dataset has it on one line. */
    void add(String shape, byte[] indentedJson) {
        try {
            sections.get(shape).add(compact(indentedJson));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The JSON without the whitespace between its tokens: Jackson's indented output made compact,
     * byte for byte what Jackson writes compact, without serialising the record a second time.
     * Whitespace inside strings stays: Jackson escapes line breaks and tabs there, so a space is
     * the only whitespace byte a string can hold, and quotes inside strings are escaped.
     */
    static byte[] compact(byte[] json) {
        byte[] out = new byte[json.length];
        int length = 0;
        boolean inString = false;
        for (int i = 0; i < json.length; i++) {
            byte b = json[i];
            if (inString) {
                if (b == '\\') {
                    out[length++] = b;
                    b = json[++i];
                } else if (b == '"') {
                    inString = false;
                }
            } else if (b == ' ' || b == '\n' || b == '\r' || b == '\t') {
                continue;
            } else if (b == '"') {
                inString = true;
            }
            out[length++] = b;
        }
        return java.util.Arrays.copyOf(out, length);
    }

    /** Writes the dataset: its own fields, then every shape's records, part after part, in the order they were added. */
    static void writeTo(List<DatasetWriter> parts, OutputStream out, String title, String publisher, String url, String statusAsOf)
            throws IOException {
        out.write(("{\"type\":\"dataset\",\"title\":" + quoted(title) + ",\"publisher\":" + quoted(publisher)
                + ",\"url\":" + quoted(url) + ",\"status_as_of\":" + quoted(statusAsOf) + ",\"records\":{")
                .getBytes(StandardCharsets.UTF_8));
        String separator = "\n";
        for (String shape : parts.get(0).sections.keySet()) {
            out.write((separator + quoted(shape) + ":[").getBytes(StandardCharsets.UTF_8));
            boolean empty = true;
            for (DatasetWriter part : parts) {
                Section section = part.sections.get(shape);
                if (section.records > 0) {
                    section.out.close();
                    out.write((empty ? "\n" : ",\n").getBytes(StandardCharsets.US_ASCII));
                    Files.copy(section.file, out);
                    empty = false;
                }
            }
            out.write(']');
            separator = ",\n";
        }
        out.write("\n}}\n".getBytes(StandardCharsets.US_ASCII));
    }

    private static String quoted(String value) throws JsonProcessingException {
        return COMPACT.writeValueAsString(value);
    }

    @Override
    public void close() {
        for (Section section : sections.values()) {
            if (section.file == null) {
                continue;
            }
            try {
                section.out.close();
            } catch (IOException e) {
                // Only a temporary file; it is deleted next.
            }
            try {
                Files.deleteIfExists(section.file);
            } catch (IOException e) {
                section.file.toFile().deleteOnExit();
            }
        }
    }
}
