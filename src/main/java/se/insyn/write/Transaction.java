package se.insyn.write;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One build's writing: files go to the staging folder (safe to call from several threads) and the
 * site changes only at {@link #commit}. Closing without committing throws the staging folder away.
 */
public final class Transaction implements AutoCloseable {
    private final SiteWriter writer;
    private final Manifest before;
    private final Map<String, String> hashes = new ConcurrentHashMap<>();
    private final AtomicInteger written = new AtomicInteger();
    private final AtomicInteger linked = new AtomicInteger();
    private boolean committed;

    /** How a commit went: files written anew, files kept from the previous site, and whether the site was replaced. */
    public record Result(int written, int unchanged, boolean replaced) {
    }

    Transaction(SiteWriter writer, Manifest before) {
        this.writer = writer;
        this.before = before;
    }

    public void write(String relative, byte[] bytes) {
        Path staging = writer.staging();
        Path target = staging.resolve(relative).normalize();
        try {
            if (!target.startsWith(staging) || target.equals(staging) || Manifest.bookkeeping().contains(relative)) {
                throw new IOException("vägrar skriva '" + relative + "' utanför utdatamappen");
            }
            String hash = Manifest.sha256(bytes);
            if (hashes.putIfAbsent(relative, hash) != null) {
                throw new IOException("filen '" + relative + "' skrivs två gånger i samma bygge");
            }
            Files.createDirectories(target.getParent());
            Path old = writer.output().resolve(relative);
            if (hash.equals(before.hashes().get(relative)) && stillAsRecorded(old, hash) && linkedFrom(old, target)) {
                linked.incrementAndGet();
            } else {
                Files.write(target, bytes);
                written.incrementAndGet();
            }
        } catch (IOException e) {
            throw writer.failed(e);
        }
    }

    /**
     * The manifest is only a record: a file edited by hand since, or replaced by a link to some other
     * file, must not be carried into the new site. Only a regular file with the recorded bytes is reused.
     */
    private static boolean stillAsRecorded(Path old, String hash) {
        try {
            return Files.isRegularFile(old, LinkOption.NOFOLLOW_LINKS) && hash.equals(Manifest.sha256(Files.readAllBytes(old)));
        } catch (IOException e) {
            return false;
        }
    }

    /** An unchanged file is the old file under a second name: no bytes written, its time stamp kept. */
    private static boolean linkedFrom(Path old, Path target) {
        try {
            Files.createLink(target, old);
            return true;
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }

    /**
     * Makes the new site the site. When every file is the same as before, the old site stays in
     * place untouched and only its record of inputs is brought up to date.
     */
    public Result commit(String inputs) {
        try {
            Manifest after = new Manifest(Optional.of(inputs), Map.copyOf(hashes));
            committed = true;
            if (written.get() == 0 && hashes.keySet().equals(before.hashes().keySet()) && Files.isDirectory(writer.output())) {
                SiteWriter.deleteQuietly(writer.staging());
                if (!before.inputs().equals(after.inputs())) {
                    after.write(writer.output());
                }
                return new Result(0, linked.get(), false);
            }
            after.write(writer.staging());
            writer.swap();
            return new Result(written.get(), linked.get(), true);
        } catch (IOException e) {
            SiteWriter.deleteQuietly(writer.staging());
            throw writer.failed(e);
        }
    }

    @Override
    public void close() {
        if (!committed) {
            SiteWriter.deleteQuietly(writer.staging());
        }
    }
}
