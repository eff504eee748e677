package se.insyn.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fingerprint that lets a build with nothing changed stop at once: it changes with every change
 * the loader would see, and only then, whether or not the record of earlier hashes vouches for a file.
 */
class InputFingerprintTest {
    private static final Instant LONG_AGO = Instant.parse("2024-01-15T10:00:00Z");

    @TempDir
    Path temp;
    private Path content;
    private BuildOptions options;

    @BeforeEach
    void content() throws IOException {
        content = Files.createDirectories(temp.resolve("content"));
        file("site.md", "---\ntype: site\n---\n");
        file("granskningar/krn-2024-00001.md", "---\ntype: audit\n---\nText\n");
        file("arenden/ksn-2024-00002/index.md", "---\ntype: case\n---\nText\n");
        options = new BuildOptions(content, null, temp.resolve("site"), null, LocalDate.of(2026, 11, 25));
    }

    private Path file(String name, String text) throws IOException {
        Path file = content.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        Files.setLastModifiedTime(file, FileTime.from(LONG_AGO));
        return file;
    }

    /** The fingerprint as a build finds it, after the build before it recorded the hashes it read. */
    private String fingerprint() {
        Path record = temp.resolve(".site.inputs");
        InputHashes hashes = InputHashes.load(record);
        String fingerprint = InputFingerprint.of(options, () -> hashes).inputs();
        hashes.save(record);
        return fingerprint;
    }

    @Test
    void nothingChangedGivesTheSameFingerprintWithOrWithoutTheRecord() {
        String first = fingerprint();
        assertEquals(first, fingerprint(), "from the record of hashes");
        InputHashes none = InputHashes.load(temp.resolve("no-record"));
        assertEquals(first, InputFingerprint.of(options, () -> none).inputs(), "every file read");
    }

    @Test
    void anEditedAddedOrRemovedFileChangesIt() throws IOException {
        String before = fingerprint();
        Path audit = file("granskningar/krn-2024-00001.md", "---\ntype: audit\n---\nText!\n");
        String edited = fingerprint();
        assertNotEquals(before, edited);
        Files.setLastModifiedTime(audit, FileTime.from(LONG_AGO.plusSeconds(60)));
        assertEquals(edited, fingerprint(), "a new time alone is no change");

        file("uppfoljningar/2025-01-01-krn-2024-00001.md", "---\ntype: follow-up\n---\n");
        String added = fingerprint();
        assertNotEquals(edited, added);
        Files.delete(content.resolve("uppfoljningar/2025-01-01-krn-2024-00001.md"));
        assertEquals(edited, fingerprint(), "removed again: as before");
    }

    @Test
    void aLinkToAContentFileCountsAsAFileOfItsOwn() throws IOException {
        String before = fingerprint();
        // The loader reads a link inside the content folder as the file it points to: one more record.
        Files.createSymbolicLink(content.resolve("granskningar/krn-2024-00003.md"), content.resolve("granskningar/krn-2024-00001.md"));
        assertNotEquals(before, fingerprint());
    }

    /** A content folder given as a link (content -> /data/insyn) is read where it leads, by the loader and by the fingerprint. */
    @Test
    void aContentFolderThatIsALinkIsReadWhereItLeads() throws IOException {
        Path link = Files.createSymbolicLink(temp.resolve("lank"), content);
        options = new BuildOptions(link, null, temp.resolve("site"), null, LocalDate.of(2026, 11, 25));
        String before = fingerprint();
        file("granskningar/krn-2024-00001.md", "---\ntype: audit\n---\nText!\n");
        assertNotEquals(before, fingerprint(), "an edit behind the link is a change");
    }

    @Test
    void aLinkToAFolderOrNowhereIsNoFile() throws IOException {
        String before = fingerprint();
        Files.createSymbolicLink(content.resolve("alias"), content.resolve("granskningar"));
        Files.createSymbolicLink(content.resolve("broken.md"), content.resolve("missing.md"));
        assertEquals(before, fingerprint(), "neither is read by the loader as a file");
    }

    @Test
    void whatRendersThePagesChangesWithTheThemeAndTheDateButNotTheContent() throws IOException {
        Path theme = Files.createDirectories(temp.resolve("theme/templates"));
        Files.writeString(theme.resolve("layout.ftlh"), "<#macro layout><#nested></#macro>");
        options = new BuildOptions(content, temp.resolve("theme"), temp.resolve("site"), null, LocalDate.of(2026, 11, 25));
        InputHashes none = InputHashes.load(temp.resolve("no-record"));
        InputFingerprint.Fingerprints before = InputFingerprint.of(options, () -> none);

        file("granskningar/krn-2024-00001.md", "---\ntype: audit\n---\nText!\n");
        InputFingerprint.Fingerprints edited = InputFingerprint.of(options, () -> none);
        assertNotEquals(before.inputs(), edited.inputs());
        assertEquals(before.themeAndProgram(), edited.themeAndProgram(), "the content is keyed page by page");

        Files.writeString(theme.resolve("layout.ftlh"), "<#macro layout><main><#nested></main></#macro>");
        InputFingerprint.Fingerprints themed = InputFingerprint.of(options, () -> none);
        assertNotEquals(edited.themeAndProgram(), themed.themeAndProgram(), "another template");
        assertNotEquals(edited.inputs(), themed.inputs());

        options = new BuildOptions(content, temp.resolve("theme"), temp.resolve("site"), null, LocalDate.of(2026, 11, 26));
        assertNotEquals(themed.themeAndProgram(), InputFingerprint.of(options, () -> none).themeAndProgram(), "another day");
    }
}
