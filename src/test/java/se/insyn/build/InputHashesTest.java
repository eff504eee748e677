package se.insyn.build;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputHashesTest {
    @TempDir
    Path temp;

    private final List<Path> read = new ArrayList<>();

    private String hash(InputHashes hashes, Path file) throws IOException {
        return hashes.hash(file.getFileName().toString(), file, Files.readAttributes(file, BasicFileAttributes.class), f -> {
            read.add(f);
            return "hash-of-" + Files.readString(f);
        });
    }

    private Path file(String name, String text, Instant modified) throws IOException {
        Path file = Files.writeString(temp.resolve(name), text);
        Files.setLastModifiedTime(file, FileTime.from(modified));
        return file;
    }

    @Test
    void aFileUnchangedSinceWellBeforeTheRecordIsNotReadAgain() throws IOException {
        Instant longAgo = Instant.parse("2024-01-15T10:00:00Z");
        Path old = file("gammal.md", "gammal", longAgo);
        Path edited = file("andrad.md", "före", longAgo);
        Path fresh = file("ny.md", "ny", Instant.now());
        Path record = temp.resolve(".site.inputs");
        InputHashes first = InputHashes.load(record);
        for (Path file : List.of(old, edited, fresh)) {
            hash(first, file);
        }
        first.save(record);
        assertEquals(3, read.size(), "nothing recorded yet: every file is read");

        read.clear();
        Files.writeString(edited, "efter");
        InputHashes second = InputHashes.load(record);
        assertEquals("hash-of-gammal", hash(second, old));
        assertEquals("hash-of-efter", hash(second, edited));
        assertEquals("hash-of-ny", hash(second, fresh));
        assertEquals(List.of(edited, fresh), read,
                "the edited file has a new time; the fresh one was modified too close to the record to be trusted");
    }

    @Test
    void aMissingOrDamagedRecordMeansEveryFileIsRead() throws IOException {
        Path file = file("a.md", "a", Instant.parse("2024-01-15T10:00:00Z"));
        Path record = Files.writeString(temp.resolve(".site.inputs"), "inte ett register\n");
        hash(InputHashes.load(record), file);
        hash(InputHashes.load(temp.resolve("saknas")), file);
        assertEquals(List.of(file, file), read);
    }

    @Test
    void theRecordIsRewrittenOnlyWhenItNoLongerSaysItAll() throws IOException {
        Instant longAgo = Instant.parse("2024-01-15T10:00:00Z");
        Path kept = file("kvar.md", "kvar", longAgo);
        Path removed = file("bort.md", "bort", longAgo);
        Path record = temp.resolve(".site.inputs");
        InputHashes first = InputHashes.load(record);
        hash(first, kept);
        hash(first, removed);
        first.save(record);
        // Made old enough to be trusted, as if the record had been written long after the files.
        Files.writeString(record, Files.readString(record).replaceFirst("^\\d+", Long.toString(System.currentTimeMillis())));
        String written = Files.readString(record);

        InputHashes same = InputHashes.load(record);
        hash(same, kept);
        hash(same, removed);
        Files.setLastModifiedTime(record, FileTime.from(longAgo));
        same.save(record);
        assertEquals(FileTime.from(longAgo), Files.getLastModifiedTime(record), "every file vouched for: the record is left as it is");

        read.clear();
        Files.delete(removed);
        InputHashes fewer = InputHashes.load(record);
        hash(fewer, kept);
        fewer.save(record);
        assertEquals(List.of(), read, "the file left was vouched for");
        String now = Files.readString(record);
        assertEquals(false, now.contains("bort.md"), "a removed file is dropped from the record: " + now);
        assertEquals(true, now.contains("kvar.md"));
        assertEquals(true, written.contains("bort.md"));
    }
}
