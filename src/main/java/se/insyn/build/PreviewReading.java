package se.insyn.build;

import com.dynatrace.hash4j.hashing.HashValue128;
import com.dynatrace.hash4j.hashing.Hashing;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import se.insyn.load.ContentLoader;
import se.insyn.load.Source;
import se.insyn.model.Content;
import se.insyn.privacy.PrivacyGuard;
import se.insyn.problem.Problem;
import se.insyn.problem.Problems;
import se.insyn.read.ContentReader;
import se.insyn.read.ContentReader.FileReading;
import se.insyn.read.Publication;

/**
 * Reads the content for the preview, which reads it again after every save: a file whose bytes are
 * those of the last reading is not parsed again, its record and its problems are taken from then.
 * A file of the same size and time stamp as then is not even read, unless it was modified so shortly
 * before that reading that a second save within the file system's tick could share its time stamp
 * (git's "racily clean" files); a file whose time changed but not its bytes is read, not parsed.
 * The records and problems are the ones a reading from scratch gives (PreviewReadingTest).
 */
final class PreviewReading {
    /** A file as last read: the hash of its bytes, the problems found in it, and what it added to the content (null if nothing). */
    private record Read(long size, FileTime modified, boolean racy, HashValue128 hash, List<Problem> problems, FileReading reading) {

        boolean sameFileAs(BasicFileAttributes attributes) {
            return !racy && size == attributes.size() && modified.equals(attributes.lastModifiedTime());
        }
    }

    /** Time stamps closer than this to the reading are not trusted: some file systems count in whole seconds, FAT in two. */
    private static final long RACY_MILLIS = 2_000;

    private final ContentLoader loader = new ContentLoader();
    private final PrivacyGuard privacy = new PrivacyGuard();
    private final Map<Path, Read> lastRead = new ConcurrentHashMap<>();
    private Path lastRoot;
    private Publication lastPublication;
    private final AtomicInteger parsed = new AtomicInteger();
    /** What each file of the last reading added to the content (null for nothing), by file. */
    private Map<Path, FileReading> readings = Map.of();
    /** The readings of the call before the last, and the files whose reading the last call made anew since them. */
    private Map<Path, FileReading> readingsBefore = Map.of();
    private Set<Path> readAnew = Set.of();
    /** Whether the last call read the very files of the call before: none added, none gone. */
    private boolean sameFilesAsBefore;

    /** The last listing of the content folder, for a reading told which paths changed since. */
    private ContentLoader.Listing lastListing;

    /** The content, with every problem of its files reported; files unchanged since the last call are not parsed again. */
    synchronized Content read(Path contentDir, Publication publication, Problems problems) {
        return read(contentDir, publication, problems, Optional.empty());
    }

    /**
     * The content, as {@link #read(Path, Publication, Problems)} gives it, knowing which paths (absolute)
     * alone changed since the last reading, if that is known: then only those are looked at again,
     * unless files may have been added or removed, when the whole folder is listed again.
     */
    synchronized Content read(Path contentDir, Publication publication, Problems problems, Optional<Set<Path>> changed) {
        ContentReader.Reading reading = new ContentReader().begin(problems, publication);
        ContentLoader.Listing last = lastListing;
        lastListing = null;
        Optional<ContentLoader.Listing> listing = changed.isPresent() && last != null && last.root().equals(ContentLoader.folderItself(contentDir))
                ? loader.relist(last, changed.get()).or(() -> loader.list(contentDir, problems))
                : loader.list(contentDir, problems);
        parsed.set(0);
        readingsBefore = readings;
        sameFilesAsBefore = false;
        if (listing.isEmpty()) {
            lastRead.clear();
            readings = Map.of();
            return reading.finish();
        }
        ContentLoader.Listing files = listing.get();
        lastListing = files;
        Path root = files.root();
        if (!root.equals(lastRoot) || !publication.equals(lastPublication)) {
            lastRead.clear();
            lastRoot = root;
            lastPublication = publication;
        }
        Set<Path> anew = ConcurrentHashMap.newKeySet();
        List<Optional<Read>> reads = files.files().parallelStream().map(file -> read(files, file, publication, problems, anew)).toList();
        lastRead.keySet().retainAll(files.attributes().keySet());
        Map<Path, FileReading> byFile = new HashMap<>();
        for (int i = 0; i < reads.size(); i++) {
            Path path = files.files().get(i);
            reads.get(i).ifPresent(file -> {
                byFile.put(path, file.reading());
                file.problems().forEach(problems::add);
                if (file.reading() != null) {
                    reading.add(file.reading());
                }
            });
        }
        readings = Collections.unmodifiableMap(byFile);
        readAnew = Set.copyOf(anew);
        // Every file now read was read before, and as many: the same files.
        sameFilesAsBefore = anew.stream().allMatch(readingsBefore::containsKey) && byFile.size() == readingsBefore.size();
        return reading.finish();
    }

    /**
     * The files whose reading differs (is another object) from what {@code earlier} holds, when
     * {@code earlier} is the reading of the call before the last and the same files were read:
     * found without comparing every file's, which on a large site took a tenth of the time from a
     * save to its page. Empty when that is not known, and the readings are to be compared whole.
     */
    synchronized Optional<Set<Path>> readAnewSince(Map<Path, FileReading> earlier) {
        return earlier == readingsBefore && sameFilesAsBefore ? Optional.of(readAnew) : Optional.empty();
    }

    /**
     * What each file of the last {@link #read} added to the content, by file (null when it added
     * nothing): a file whose bytes did not change has the same reading, the very same object, as in
     * the reading before.
     */
    synchronized Map<Path, FileReading> readings() {
        return readings;
    }

    /** How many files the last {@link #read} parsed: those new or changed since the call before. */
    int parsedLastTime() {
        return parsed.get();
    }

    /** The file's reading, now or as last read; a file whose reading is another than the last is added to {@code anew}. */
    private Optional<Read> read(ContentLoader.Listing listing, Path file, Publication publication, Problems problems, Set<Path> anew) {
        Read last = lastRead.get(file);
        BasicFileAttributes attributes = listing.attributes().get(file);
        if (last != null && last.sameFileAs(attributes)) {
            return Optional.of(last);
        }
        long readAt = System.currentTimeMillis();
        Optional<byte[]> bytes = loader.bytes(listing, file, problems);
        if (bytes.isEmpty()) {
            lastRead.remove(file);
            anew.add(file);
            return Optional.empty();
        }
        long size = attributes.size();
        FileTime modified = attributes.lastModifiedTime();
        boolean racy = readAt - modified.toMillis() < RACY_MILLIS;
        HashValue128 hash = Hashing.murmur3_128().hashBytesTo128Bits(bytes.get());
        Read read;
        if (last != null && last.hash().equals(hash)) {
            read = new Read(size, modified, racy, hash, last.problems(), last.reading());
        } else {
            parsed.incrementAndGet();
            Problems own = new Problems();
            Optional<Source> source = loader.parse(file, bytes.get(), own);
            source.ifPresent(parsedSource -> privacy.scan(parsedSource, own));
            FileReading reading = source.map(parsedSource -> ContentReader.readFile(parsedSource, publication, own)).orElse(null);
            read = new Read(size, modified, racy, hash, own.sorted(), reading);
            anew.add(file);
        }
        lastRead.put(file, read);
        return Optional.of(read);
    }
}
