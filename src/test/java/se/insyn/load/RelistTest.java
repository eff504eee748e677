package se.insyn.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.insyn.problem.Problems;

/**
 * Told which paths changed, the loader updates its last listing instead of walking the folder, and
 * only when that gives what a walk would: files whose attributes changed are read anew, while any
 * change that may add or remove a content file asks for a walk.
 */
class RelistTest {
    private final ContentLoader loader = new ContentLoader();

    @TempDir
    Path temp;

    private Path root;
    private ContentLoader.Listing listing;

    @BeforeEach
    void aFolderOfTwoFiles() throws IOException {
        Files.createDirectories(temp.resolve("content/granskningar"));
        Files.writeString(temp.resolve("content/site.md"), "---\ntype: site\n---\n");
        Files.writeString(temp.resolve("content/granskningar/a.md"), "---\ntype: audit\n---\n");
        listing = loader.list(temp.resolve("content"), new Problems()).orElseThrow();
        root = listing.root();
    }

    @Test
    void aChangedFileHasItsNewAttributesAndTheFilesStayTheSame() throws IOException {
        Path audit = root.resolve("granskningar/a.md");
        Files.writeString(audit, "---\ntype: audit\ntitle: Längre nu\n---\n");
        Files.setLastModifiedTime(audit, FileTime.fromMillis(1_000_000));
        ContentLoader.Listing after = loader.relist(listing, Set.of(audit)).orElseThrow();
        assertEquals(listing.files(), after.files());
        assertEquals(Files.size(audit), after.attributes().get(Path.of("granskningar/a.md")).size());
        assertEquals(FileTime.fromMillis(1_000_000), after.attributes().get(Path.of("granskningar/a.md")).lastModifiedTime());
        assertEquals(listing.attributes().get(Path.of("site.md")), after.attributes().get(Path.of("site.md")));
        assertEquals(loader.list(root, new Problems()).orElseThrow().files(), after.files(), "the files a walk finds");
    }

    @Test
    void filesThatAreNoContentChangeNothing() throws IOException {
        Path swap = root.resolve("granskningar/.a.md.swp");
        Path backup = root.resolve("granskningar/a.md~");
        Files.writeString(swap, "vim");
        Files.writeString(backup, "backup");
        Path gone = root.resolve("granskningar/4913");
        Optional<ContentLoader.Listing> after = loader.relist(listing, Set.of(swap, backup, gone, temp.resolve("theme/templates/audit.ftlh")));
        assertTrue(after.isPresent());
        assertEquals(listing.files(), after.get().files());
    }

    @Test
    void aNewMarkdownFileAsksForAWalk() throws IOException {
        Path added = root.resolve("granskningar/b.md");
        Files.writeString(added, "---\ntype: audit\n---\n");
        assertFalse(loader.relist(listing, Set.of(added)).isPresent());
    }

    @Test
    void aRemovedFileAsksForAWalk() throws IOException {
        Path audit = root.resolve("granskningar/a.md");
        Files.delete(audit);
        assertFalse(loader.relist(listing, Set.of(audit)).isPresent());
    }

    @Test
    void aNewFolderAsksForAWalk() throws IOException {
        Path folder = Files.createDirectories(root.resolve("uppfoljningar"));
        assertFalse(loader.relist(listing, Set.of(folder)).isPresent());
    }

    @Test
    void aFileReplacedByALinkAsksForAWalk() throws IOException {
        Path audit = root.resolve("granskningar/a.md");
        Path elsewhere = Files.writeString(root.resolve("granskningar/a.txt"), "---\ntype: audit\n---\n");
        Files.delete(audit);
        Files.createSymbolicLink(audit, elsewhere);
        assertFalse(loader.relist(listing, Set.of(audit, elsewhere)).isPresent());
    }

    @Test
    void aFolderWithLinksIsAlwaysWalked() throws IOException {
        // A change to a file may change the file a link leads to, which the changed paths do not name.
        Files.createSymbolicLink(root.resolve("granskningar/b.md"), root.resolve("granskningar/a.md"));
        ContentLoader.Listing withLink = loader.list(root, new Problems()).orElseThrow();
        assertEquals(List.of(Path.of("granskningar/a.md"), Path.of("granskningar/b.md"), Path.of("site.md")), withLink.files());
        assertFalse(loader.relist(withLink, Set.of(root.resolve("granskningar/a.md"))).isPresent());
    }
}
