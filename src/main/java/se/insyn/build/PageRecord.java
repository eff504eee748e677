package se.insyn.build;

import com.dynatrace.hash4j.hashing.Hashing;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import se.insyn.render.PageKey;
import se.insyn.verify.LinkChecker.AnchorLink;
import se.insyn.write.Transaction.FileBytes;

/**
 * The last build's record of its pages, beside the output folder: for each page its key (what it
 * was made of), the bytes it was written as, its ids and its links to anchors on other pages. A
 * page whose key is the same in the next build, and whose file is still those bytes, is kept
 * without being rendered. The bytes tie each entry to the page it describes: a record older than
 * the site, left by a build stopped after putting its site in place, matches none of the pages
 * that build changed. A missing or damaged record keys nothing, and every page is rendered.
 *
 * <p>Held in arrays, each page known by a 64-bit hash of its file's name: a large site has 150 000
 * pages, and a map of their names and entries took 50 MB of the heap that rendering needs. Two
 * names of one hash are both left out. A page found by a name that is not its own would still
 * need its key and bytes to match, which only the same page has.
 */
final class PageRecord {
    private static final String FORMAT = "insyn-pages 2";
    private static final PageRecord EMPTY = new PageRecord(new long[0], new long[0], new long[0], new int[] {0}, new String[0], Map.of());

    /** Sorted: the pages' names' hashes. */
    private final long[] names;
    /** Two per page: its key. */
    private final long[] keys;
    /** Three per page: its bytes' hash and number. */
    private final long[] bytes;
    /** Page {@code i}'s ids are {@code ids[idStart[i]]} to {@code ids[idStart[i + 1] - 1]}. */
    private final int[] idStart;
    private final String[] ids;
    /** The few pages' links to anchors on other pages, by page: target, target's file and fragment. */
    private final Map<Integer, List<String[]>> anchors;

    private PageRecord(long[] names, long[] keys, long[] bytes, int[] idStart, String[] ids, Map<Integer, List<String[]>> anchors) {
        this.names = names;
        this.keys = keys;
        this.bytes = bytes;
        this.idStart = idStart;
        this.ids = ids;
        this.anchors = anchors;
    }

    static PageRecord empty() {
        return EMPTY;
    }

    static Path fileFor(Path output) {
        Path absolute = output.toAbsolutePath().normalize();
        return absolute.resolveSibling("." + absolute.getFileName() + ".pages");
    }

    private static long nameHash(String file) {
        return Hashing.murmur3_128().hashCharsToLong(file);
    }

    int size() {
        return names.length;
    }

    /** The page of this file, if the record has it with this key: its place in the record, else -1. */
    int match(String file, PageKey key) {
        int at = Arrays.binarySearch(names, nameHash(file));
        return at >= 0 && keys[2 * at] == key.low() && keys[2 * at + 1] == key.high() ? at : -1;
    }

    FileBytes bytes(int at) {
        return new FileBytes(bytes[3 * at], bytes[3 * at + 1], bytes[3 * at + 2]);
    }

    /** The page's ids, sorted, in an array of its own. */
    String[] ids(int at) {
        return Arrays.copyOfRange(ids, idStart[at], idStart[at + 1]);
    }

    /** The page's links to anchors on other pages; most pages have none. */
    List<AnchorLink> anchors(int at, String file) {
        List<String[]> recorded = anchors.get(at);
        if (recorded == null) {
            return List.of();
        }
        List<AnchorLink> links = new ArrayList<>(recorded.size());
        for (String[] link : recorded) {
            links.add(new AnchorLink(file, link[0], link[1], link[2]));
        }
        return links;
    }

    static PageRecord load(Path file) {
        if (!Files.isRegularFile(file)) {
            return empty();
        }
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            if (!FORMAT.equals(in.readUTF())) {
                return empty();
            }
            int count = in.readInt();
            long[] names = new long[count];
            long[] keys = new long[2 * count];
            long[] bytes = new long[3 * count];
            int[] idStart = new int[count + 1];
            List<String> ids = new ArrayList<>();
            Map<String, String> oneCopy = new HashMap<>();
            Map<Integer, List<String[]>> anchors = new HashMap<>();
            for (int i = 0; i < count; i++) {
                names[i] = in.readLong();
                if (i > 0 && names[i] <= names[i - 1]) {
                    return empty(); // written in order, each name once: anything else is damage
                }
                keys[2 * i] = in.readLong();
                keys[2 * i + 1] = in.readLong();
                for (int j = 0; j < 3; j++) {
                    bytes[3 * i + j] = in.readLong();
                }
                idStart[i] = ids.size();
                for (int j = in.readInt(); j > 0; j--) {
                    String id = in.readUTF();
                    ids.add(oneCopy.computeIfAbsent(id, same -> same));
                }
                for (int j = in.readInt(); j > 0; j--) {
                    anchors.computeIfAbsent(i, page -> new ArrayList<>()).add(new String[] {in.readUTF(), in.readUTF(), in.readUTF()});
                }
            }
            idStart[count] = ids.size();
            if (in.read() != -1) {
                return empty();
            }
            return new PageRecord(names, keys, bytes, idStart, ids.toArray(String[]::new), anchors);
        } catch (IOException | RuntimeException e) {
            // Damaged or cut short: nothing is kept on its word.
            return empty();
        }
    }

    private static void write(DataOutputStream out, Page page) throws IOException {
        out.writeLong(nameHash(page.file()));
        out.writeLong(page.key().low());
        out.writeLong(page.key().high());
        out.writeLong(page.bytes().hash0());
        out.writeLong(page.bytes().hash1());
        out.writeLong(page.bytes().size());
        out.writeInt(page.ids().length);
        for (String id : page.ids()) {
            out.writeUTF(id);
        }
        out.writeInt(page.anchors().size());
        for (AnchorLink anchor : page.anchors()) {
            out.writeUTF(anchor.target());
            out.writeUTF(anchor.targetFile());
            out.writeUTF(anchor.fragment());
        }
    }

    /** One page as a build made it. */
    record Page(String file, PageKey key, FileBytes bytes, String[] ids, List<AnchorLink> anchors) {
    }

    /**
     * Writes the record of the pages {@code 0 … count-1}, each made as it is written ({@code null}
     * for a page not to be recorded), beside the file and renames it into place, so that a reader
     * never finds half a record. Pages whose names share a hash are left out. Written page by page:
     * at the end of a large build the heap holds the whole site's graph, and a list of 150 000
     * pages' records beside it had made the heap grow.
     */
    static void save(Path file, int count, IntFunction<String> names, IntFunction<Page> pages)
            throws IOException {
        long[] hashes = new long[count];
        Integer[] order = new Integer[count];
        for (int i = 0; i < count; i++) {
            hashes[i] = nameHash(names.apply(i));
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Long.compare(hashes[a], hashes[b]));
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        try (FileChannel channel = FileChannel.open(partial, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                StandardOpenOption.WRITE);
             DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16))) {
            out.writeUTF(FORMAT);
            // The number of pages stands before them, after the format's length and its ASCII name: it is
            // known once they are written, and put in its place then.
            long countAt = Short.BYTES + FORMAT.length();
            out.writeInt(0);
            int written = 0;
            for (int i = 0; i < count; i++) {
                boolean shared = i > 0 && hashes[order[i - 1]] == hashes[order[i]]
                        || i + 1 < count && hashes[order[i + 1]] == hashes[order[i]];
                Page page = shared ? null : pages.apply(order[i]);
                if (page != null) {
                    write(out, page);
                    written++;
                }
            }
            out.flush();
            channel.write(ByteBuffer.allocate(Integer.BYTES).putInt(0, written), countAt);
        }
        Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
