package se.insyn.write;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.DigestInputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import se.insyn.problem.Text;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One build's writing: files go to the staging folder (safe to call from several threads) and the
 * site changes only at {@link #commit}. Closing without committing throws the staging folder away.
 */
public final class Transaction implements FileSink, AutoCloseable {
    private final SiteWriter writer;
    private final Manifest before;
    private final Map<String, String> hashes = new ConcurrentHashMap<>();
    private final AtomicInteger written = new AtomicInteger();
    private final AtomicInteger linked = new AtomicInteger();
    private final AtomicInteger partials = new AtomicInteger();
    private final ExecutorService disk = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "insyn-disk");
        thread.setDaemon(true);
        return thread;
    });
    /** Files handed to the disk thread and not yet written: a bound on the memory they hold. */
    private final Semaphore pending = new Semaphore(256);
    private final AtomicReference<IOException> diskFailure = new AtomicReference<>();
    private final Set<Path> folders = ConcurrentHashMap.newKeySet();
    private boolean committed;

    /** How a commit went: files written anew, files kept from the previous site, and whether the site was replaced. */
    public record Result(int written, int unchanged, boolean replaced) {
    }

    Transaction(SiteWriter writer, Manifest before) {
        this.writer = writer;
        this.before = before;
    }

    /**
     * Hashes the file on the caller's thread and leaves the writing to the one disk thread. Creating
     * files from several threads at once is slower, not faster, on common file systems: they take
     * turns on the folder and the journal, and the waiting costs more than it saves.
     */
    @Override
    public void write(String relative, byte[] bytes) {
        Path target = claim(relative, Manifest.sha256(bytes));
        throwIfDiskFailed();
        pending.acquireUninterruptibly();
        try {
            disk.execute(() -> {
                try {
                    if (diskFailure.get() == null) {
                        folderOf(target);
                        if (!reusedFromPreviousSite(relative, target)) {
                            Files.write(target, bytes);
                            written.incrementAndGet();
                        }
                    }
                } catch (IOException | RuntimeException e) {
                    diskFailure.compareAndSet(null, e instanceof IOException io ? io : new IOException(e.getMessage(), e));
                } finally {
                    pending.release();
                }
            });
        } catch (RuntimeException e) {
            pending.release();
            throw e;
        }
    }

    private void throwIfDiskFailed() {
        IOException failure = diskFailure.get();
        if (failure != null) {
            throw writer.failed(failure);
        }
    }

    /** Waits until the disk thread has written everything handed to it, and stops it. */
    private void drain() {
        disk.shutdown();
        boolean interrupted = false;
        while (true) {
            try {
                if (disk.awaitTermination(1, TimeUnit.MINUTES)) {
                    break;
                }
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** Creates a file's folder once: asking the file system again for every file costs a system call each. */
    private void folderOf(Path target) throws IOException {
        Path folder = target.getParent();
        if (!folders.contains(folder)) {
            Files.createDirectories(folder);
            folders.add(folder);
        }
    }

    /**
     * Streams a large file into the staging folder while hashing it; when it is closed and turns out
     * the same as the previous site's, the previous file is linked in its place like any unchanged file.
     */
    @Override
    public OutputStream open(String relative) {
        target(relative);
        MessageDigest digest = Manifest.sha256();
        try {
            // Not a temporary file of the system's: those are readable by their owner only, and this one is published.
            Path partial = writer.staging().resolve(".partial-" + partials.incrementAndGet());
            return new DigestOutputStream(new BufferedOutputStream(Files.newOutputStream(partial, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE), 1 << 16), digest) {
                private boolean closed;

                @Override
                public void close() throws IOException {
                    if (closed) {
                        return;
                    }
                    closed = true;
                    super.close();
                    Path target = claim(relative, HexFormat.of().formatHex(digest.digest()));
                    folderOf(target);
                    if (reusedFromPreviousSite(relative, target)) {
                        Files.delete(partial);
                    } else {
                        Files.move(partial, target);
                        written.incrementAndGet();
                    }
                }
            };
        } catch (IOException e) {
            throw writer.failed(e);
        }
    }

    /** The file's place in the staging folder, refusing any path that would lead outside it. */
    private Path target(String relative) {
        Path staging = writer.staging();
        Path target = staging.resolve(relative).normalize();
        if (!target.startsWith(staging) || target.equals(staging) || Manifest.bookkeeping().contains(relative)) {
            throw writer.refused(Text.of("write.outsideOutput", relative));
        }
        return target;
    }

    /** Records the file's hash for the manifest; a second file under the same name is a bug, not a choice. */
    private Path claim(String relative, String hash) {
        Path target = target(relative);
        if (hashes.putIfAbsent(relative, hash) != null) {
            throw writer.refused(Text.of("write.writtenTwice", relative));
        }
        return target;
    }

    /** An unchanged file is the previous site's file under a second name. */
    private boolean reusedFromPreviousSite(String relative, Path target) {
        String hash = hashes.get(relative);
        Path old = writer.output().resolve(relative);
        if (hash.equals(before.hashes().get(relative)) && stillAsRecorded(old, hash) && linkedFrom(old, target)) {
            linked.incrementAndGet();
            return true;
        }
        return false;
    }

    /**
     * The manifest is only a record: a file edited by hand since, or replaced by a link to some other
     * file, must not be carried into the new site. Only a regular file with the recorded bytes is reused.
     */
    private static boolean stillAsRecorded(Path old, String hash) {
        try {
            if (!Files.isRegularFile(old, LinkOption.NOFOLLOW_LINKS)) {
                return false;
            }
            // Read in pieces: the dataset of a large site is hundreds of megabytes.
            MessageDigest digest = Manifest.sha256();
            try (InputStream in = new DigestInputStream(Files.newInputStream(old), digest)) {
                in.transferTo(OutputStream.nullOutputStream());
            }
            return hash.equals(HexFormat.of().formatHex(digest.digest()));
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * An unchanged file is the old file under a second name: no bytes written, its time stamp kept.
     * A file system without hard links (some network and Windows shares) refuses, and the file is
     * written instead.
     */
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
        drain();
        throwIfDiskFailed();
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
        drain();
        if (!committed) {
            SiteWriter.deleteQuietly(writer.staging());
        }
    }
}
