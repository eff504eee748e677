package se.insyn.write;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import se.insyn.problem.Localised;
import se.insyn.problem.Text;
import se.insyn.render.RenderedPage;

/**
 * Writes the site into a staging folder beside the output folder and puts it in place only when
 * every file is written and verified, so that a failed build never leaves a half site. A file whose
 * bytes did not change is not written: it keeps its time stamp, and rsync or a CDN sees only real
 * changes. A few changed files are renamed into the site one by one ({@link Update}); many, or a
 * first build, replace the whole folder with two renames, the unchanged files linked into the new
 * one. Leftovers of a killed build are cleaned up, or its moves finished, by the next one.
 */
public final class SiteWriter {
    /** Marks a folder as a site written by Insyn, which a later build may replace. */
    static final String MARKER = ".insyn-site";

    private final Path output;
    private final Path staging;
    private final Path previous;

    public SiteWriter(Path output) {
        this.output = output.toAbsolutePath().normalize();
        String name = this.output.getFileName().toString();
        this.staging = this.output.resolveSibling("." + name + ".staging");
        this.previous = this.output.resolveSibling("." + name + ".previous");
    }

    /**
     * What the last complete build of this output was made from, if there is one. Puts back a site
     * left aside by a killed build and removes its leftovers first, so that even a build that finds
     * nothing to do leaves the folder clean.
     */
    public Optional<String> lastInputs() {
        try {
            recoverFromInterruptedBuild();
        } catch (IOException e) {
            throw failed(e);
        }
        return Manifest.readInputs(output);
    }

    /** Writes a whole site in one transaction; returns how many files were written (not kept from the previous site). */
    public int write(Iterable<RenderedPage> pages, Map<String, byte[]> files) {
        try (Transaction transaction = begin()) {
            files.forEach(transaction::write);
            pages.forEach(page -> transaction.write(page.file(), page.html()));
            return transaction.commit("").written();
        }
    }

    /** Starts writing a new site; nothing the reader sees changes until {@link Transaction#commit}. */
    public Transaction begin() {
        try {
            recoverFromInterruptedBuild();
            refuseForeignOutput();
            Files.createDirectories(staging);
            Files.writeString(staging.resolve(MARKER), "Skriven av Insyn; ersätts helt vid nästa bygge.\n");
            return new Transaction(this, Manifest.read(output));
        } catch (IOException e) {
            deleteQuietly(staging);
            throw failed(e);
        }
    }

    WriteException failed(IOException e) {
        return new WriteException(Text.of("write.failed", output, Localised.messageOf(e)), e);
    }

    /** Writing failed half-way through putting the changed files into the site: the next build finishes it. */
    WriteException interrupted(IOException e) {
        return new WriteException(Text.of("write.updateInterrupted", output, Localised.messageOf(e)), e);
    }

    /** A file the build must not write, with the reason. */
    WriteException refused(Text why) {
        return new WriteException(Text.of("write.failed", output, why), null);
    }

    Path output() {
        return output;
    }

    Path staging() {
        return staging;
    }

    /** Replaces the old site with the new one: two renames in the same folder. */
    void swap() throws IOException {
        if (Files.exists(output)) {
            Files.move(output, previous, StandardCopyOption.ATOMIC_MOVE);
        }
        Files.move(staging, output, StandardCopyOption.ATOMIC_MOVE);
        deleteQuietly(previous);
    }

    /**
     * A build killed between the two renames of a swap leaves the old site in .previous: put it back
     * first. One killed while putting its changed files into the site left the list of moves: finish them.
     */
    private void recoverFromInterruptedBuild() throws IOException {
        if (!Files.exists(output) && Files.isDirectory(previous)) {
            Files.move(previous, output, StandardCopyOption.ATOMIC_MOVE);
        }
        deleteQuietly(previous);
        if (Files.isDirectory(output) && Update.decided(staging)) {
            Update.finish(output, staging);
        }
        deleteQuietly(staging);
        Files.createDirectories(output.getParent());
    }

    static void deleteQuietly(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            walk.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            // A leftover that cannot be removed now is removed by the next build.
        }
    }

    /** Only a folder this tool wrote, or an empty one, may be replaced: never a user's other files. */
    private void refuseForeignOutput() throws IOException {
        if (!Files.isDirectory(output) || Files.exists(output.resolve(MARKER))) {
            return;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(output)) {
            if (entries.iterator().hasNext()) {
                throw new WriteException(Text.of("write.foreignOutput", output), null);
            }
        }
    }
}
