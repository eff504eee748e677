package se.insyn.write;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.io.UncheckedIOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import se.insyn.problem.Text;

/**
 * One build's writing: files go to the staging folder (safe to call from several threads) and the
 * site changes only at {@link #commit}. A file whose bytes are those of the previous site's file is
 * not written at all. Closing without committing throws the staging folder away.
 */
public final class Transaction implements FileSink, AutoCloseable {
    /**
     * Up to this share of the site's files changed, they are put into the site one by one; beyond,
     * the whole folder is replaced. Renaming a quarter of the files costs less than linking the other
     * three quarters into a new folder and removing the old one, and an edit to one case changes far fewer.
     */
    private static final int UPDATE_IN_PLACE_UP_TO_ONE_IN = 4;

    private final SiteWriter writer;
    private final Manifest before;
    /**
     * The previous site's files not yet written by this build: each is taken out as the build writes
     * it, so that a large site's record is not held twice, and what is left at the end is removed.
     */
    private final Map<String, Manifest.Entry> notYetWritten;
    private final boolean previousSite;
    private final Map<String, Manifest.Entry> entries = new ConcurrentHashMap<>();
    /** The files written into the staging folder: new or changed ones. */
    private final Set<String> staged = ConcurrentHashMap.newKeySet();
    private final AtomicInteger partials = new AtomicInteger();
    private final ExecutorService disk = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "insyn-disk");
        thread.setDaemon(true);
        return thread;
    });
    /** Files handed to the disk thread and not yet written: a bound on the memory they hold. */
    private final Semaphore pending = new Semaphore(256);
    private final AtomicReference<IOException> diskFailure = new AtomicReference<>();
    /** The files in the previous site that its record does not name, listed while the new one is rendered. */
    private final CompletableFuture<Set<String>> previousFiles;
    private boolean committed;
    /** The previous site's files as its manifest names them. */
    private final Set<String> recordedBefore;

    /** How a commit went: files written anew, files kept from the previous site, and whether the site changed. */
    public record Result(int written, int unchanged, boolean replaced) {
    }

    Transaction(SiteWriter writer, Manifest before) {
        this.writer = writer;
        this.before = before;
        this.notYetWritten = before.entries();
        this.previousSite = !before.entries().isEmpty() && Files.isDirectory(writer.output(), LinkOption.NOFOLLOW_LINKS);
        Set<String> recorded = Set.copyOf(before.entries().keySet());
        this.recordedBefore = recorded;
        this.previousFiles = previousSite ? CompletableFuture.supplyAsync(() -> strays(recorded), task -> {
            Thread thread = new Thread(task, "insyn-list");
            thread.setDaemon(true);
            thread.start();
        }) : CompletableFuture.completedFuture(Set.of());
    }

    /** Files in the previous site that no build wrote (put there by hand, or links planted): they go with the old site. */
    private Set<String> strays(Set<String> recorded) {
        try {
            return Update.filesIn(writer.output(), file -> !recorded.contains(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Hashes the file on the caller's thread and leaves the writing to the one disk thread. Creating
     * files from several threads at once is slower, not faster, on common file systems: they take
     * turns on the folder and the journal, and the waiting costs more than it saves.
     */
    @Override
    public void write(String relative, byte[] bytes) {
        Manifest.Entry entry = ContentHash.of(bytes);
        Path target = claim(relative, entry);
        if (unchangedSincePreviousSite(relative, entry)) {
            return;
        }
        throwIfDiskFailed();
        pending.acquireUninterruptibly();
        try {
            disk.execute(() -> {
                try {
                    if (diskFailure.get() == null) {
                        inFolderOf(target, () -> Files.write(target, bytes));
                        staged.add(relative);
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

    /**
     * Keeps the previous site's file of this name without being given its bytes, if the manifest
     * records it with these bytes ({@link #recorded}) and it is still as written; returns whether
     * it did. A file not kept is to be written, as any other.
     */
    public boolean keep(String relative, FileBytes expected) {
        Manifest.Entry recorded = notYetWritten.get(relative);
        if (recorded == null || !FileBytes.of(recorded).equals(expected) || entries.containsKey(relative)) {
            return false;
        }
        target(relative);
        return unchangedSincePreviousSite(relative, recorded);
    }

    /** What this build wrote or kept under this name, or null if nothing yet. */
    public FileBytes recorded(String relative) {
        Manifest.Entry entry = entries.get(relative);
        return entry == null ? null : FileBytes.of(entry);
    }

    /** Whether each of the previous site's files is one that the new site has too: no file is removed. */
    public boolean keepsEveryFile(Predicate<String> newSiteHas) {
        return previousSite && recordedBefore.stream().allMatch(newSiteHas);
    }

    /** A file's bytes as the manifest knows them: their hash and their number. */
    public record FileBytes(long hash0, long hash1, long size) {
        static FileBytes of(Manifest.Entry entry) {
            return new FileBytes(entry.hash0(), entry.hash1(), entry.size());
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

    /** Something done to a file that needs its folder. */
    private interface FileAction {
        void run() throws IOException;
    }

    /**
     * Does it, creating the file's folder when the file system says it is missing: asking first
     * would cost a system call for every file, and remembering the folders made costs memory on a
     * large site, which has a hundred thousand of them.
     */
    private static void inFolderOf(Path target, FileAction action) throws IOException {
        try {
            action.run();
        } catch (NoSuchFileException e) {
            Files.createDirectories(target.getParent());
            action.run();
        }
    }

    /** Streams a large file into the staging folder while hashing it; kept only if it differs from the previous site's. */
    @Override
    public OutputStream open(String relative) {
        target(relative);
        ContentHash hash = new ContentHash();
        try {
            // Not a temporary file of the system's: those are readable by their owner only, and this one is published.
            Path partial = writer.staging().resolve(".partial-" + partials.incrementAndGet());
            return new FilterOutputStream(new BufferedOutputStream(Files.newOutputStream(partial, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE), 1 << 16)) {
                private boolean closed;

                @Override
                public void write(int b) throws IOException {
                    out.write(b);
                    hash.write(b);
                }

                @Override
                public void write(byte[] bytes, int offset, int length) throws IOException {
                    out.write(bytes, offset, length);
                    hash.write(bytes, offset, length);
                }

                @Override
                public void close() throws IOException {
                    if (closed) {
                        return;
                    }
                    closed = true;
                    super.close();
                    Manifest.Entry entry = hash.entry(Files.size(partial));
                    Path target = claim(relative, entry);
                    if (unchangedSincePreviousSite(relative, entry)) {
                        Files.delete(partial);
                    } else {
                        inFolderOf(target, () -> Files.move(partial, target));
                        staged.add(relative);
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
    private Path claim(String relative, Manifest.Entry entry) {
        Path target = target(relative);
        if (entries.putIfAbsent(relative, entry) != null) {
            throw writer.refused(Text.of("write.writtenTwice", relative));
        }
        return target;
    }

    /**
     * Whether the previous site has this very file: the same bytes by its manifest, and still a
     * regular file as written (not edited by hand since, nor replaced by a link to some other file),
     * which its size and time stamp show, or failing those its bytes.
     */
    private boolean unchangedSincePreviousSite(String relative, Manifest.Entry entry) {
        Manifest.Entry recorded = notYetWritten.remove(relative);
        if (recorded == null || !recorded.sameBytesAs(entry)) {
            return false;
        }
        Path old = writer.output().resolve(relative);
        try {
            BasicFileAttributes attributes = Files.readAttributes(old, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            if (!attributes.isRegularFile() || belowStray(relative)
                    || !before.untouchedSince(recorded, attributes) && !entry.sameBytesAs(hashOf(old))) {
                return false;
            }
        } catch (IOException e) {
            return false;
        }
        entries.put(relative, recorded);  // the same bytes: one record of them is enough
        return true;
    }

    /**
     * Whether the file lies below something in the previous site that no build wrote, such as a
     * link put in place of one of its folders: a file reached through it would be a file from
     * elsewhere passing for the site's own. The site's listing names such things; a site has none.
     */
    private boolean belowStray(String relative) throws IOException {
        Set<String> strays = strays();
        if (strays.isEmpty()) {
            return false;
        }
        for (int slash = relative.indexOf('/'); slash > 0; slash = relative.indexOf('/', slash + 1)) {
            if (strays.contains(relative.substring(0, slash))) {
                return true;
            }
        }
        return false;
    }

    /** Read in pieces: the dataset of a large site is hundreds of megabytes. */
    private static Manifest.Entry hashOf(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return ContentHash.of(in);
        }
    }

    /**
     * Makes the new site the site. Nothing changed: the site stays as it is, only its manifest is
     * brought up to date. A few files changed: they are put into the site ({@link Update}). Many
     * changed, or there was no site: the staging folder, completed with links to the unchanged
     * files, replaces the site whole.
     */
    public Result commit(String inputs) {
        drain();
        throwIfDiskFailed();
        Path output = writer.output();
        Path staging = writer.staging();
        boolean decided = false;
        try {
            // Every file handed over is now either written or kept: the disk thread has finished.
            Manifest after = new Manifest(Optional.of(inputs), entries);
            int unchanged = entries.size() - staged.size();
            Set<String> removed = new TreeSet<>(notYetWritten.keySet());
            removed.addAll(strays());
            removed.removeAll(Manifest.bookkeeping());
            // A stray under the name of a file this build wrote is replaced by it, not removed after it.
            removed.removeIf(entries::containsKey);
            committed = true;
            if (previousSite && staged.isEmpty() && removed.isEmpty()) {
                // Only the record changes: its inputs, and sizes a manifest of an earlier version lacked.
                after.write(staging);
                Files.move(staging.resolve(Manifest.FILE), output.resolve(Manifest.FILE), StandardCopyOption.ATOMIC_MOVE);
                SiteWriter.deleteQuietly(staging);
                return new Result(0, unchanged, false);
            }
            after.write(staging);
            if (previousSite && (staged.size() + removed.size()) * UPDATE_IN_PLACE_UP_TO_ONE_IN <= after.entries().size()
                    && Update.fits(output, staged)) {
                Update.decide(staging, sorted(staged), removed);
                decided = true;
                Update.finish(output, staging);
            } else {
                linkUnchangedFiles(after);
                writer.swap();
            }
            return new Result(staged.size(), unchanged, true);
        } catch (IOException e) {
            if (decided) {
                // Moves decided and begun are finished by the next build: their list stays with the staging folder.
                throw writer.interrupted(e);
            }
            SiteWriter.deleteQuietly(staging);
            throw writer.failed(e);
        }
    }

    private static List<String> sorted(Collection<String> files) {
        String[] sorted = files.toArray(String[]::new);
        Arrays.sort(sorted);
        return Arrays.asList(sorted);
    }

    private Set<String> strays() throws IOException {
        try {
            return previousFiles.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof UncheckedIOException io ? io.getCause() : new IOException(e.getCause());
        }
    }

    /**
     * An unchanged file goes into the new folder as the old file under a second name: no bytes
     * written, its time stamp kept. A file system without hard links (some network and Windows
     * shares) refuses, and the file is copied instead.
     */
    private void linkUnchangedFiles(Manifest after) throws IOException {
        for (String relative : after.entries().keySet()) {
            if (staged.contains(relative)) {
                continue;
            }
            Path target = target(relative);
            Path old = writer.output().resolve(relative);
            inFolderOf(target, () -> {
                try {
                    Files.createLink(target, old);
                } catch (NoSuchFileException e) {
                    throw e;
                } catch (IOException e) {
                    Files.copy(old, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            });
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
