package se.insyn.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The hash that tells a changed output file from an unchanged one, whether the file is given whole or streamed in pieces. */
class ContentHashTest {
    private static final int BLOCK = ContentHash.BLOCK;
    private static final int[] SIZES = {0, 1, 15, 16, 17, BLOCK - 1, BLOCK, BLOCK + 1, 2 * BLOCK, 3 * BLOCK + 12_345};

    private static byte[] bytes(int size, long seed) {
        byte[] bytes = new byte[size];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }

    @Test
    void aFileStreamedInPiecesOfAnySizeHashesAsTheWholeFile() throws IOException {
        Random pieces = new Random(7);
        for (int size : SIZES) {
            byte[] bytes = bytes(size, size);
            Manifest.Entry whole = ContentHash.of(bytes);
            assertEquals(size, whole.size());
            for (int round = 0; round < 20; round++) {
                ContentHash streamed = new ContentHash();
                int at = 0;
                while (at < size) {
                    int piece = Math.min(size - at, round == 0 ? 1 : 1 + pieces.nextInt(round % 2 == 0 ? 100 : 3 * BLOCK));
                    if (piece == 1 && round == 0) {
                        streamed.write(bytes[at]);
                    } else {
                        streamed.write(bytes, at, piece);
                    }
                    at += piece;
                }
                assertEquals(whole, streamed.entry(size), "size " + size + ", round " + round);
            }
            assertEquals(whole, ContentHash.of(new ByteArrayInputStream(bytes)), "read from a stream, size " + size);
        }
    }

    @Test
    void differentBytesHashDifferently() {
        Set<String> hashes = new HashSet<>();
        for (int size : SIZES) {
            byte[] bytes = bytes(size, size);
            hashes.add(ContentHash.of(bytes).hash());
            if (size > 0) {
                byte[] lastChanged = bytes.clone();
                lastChanged[size - 1] ^= 1;  // the last bit of the last block
                hashes.add(ContentHash.of(lastChanged).hash());
                byte[] firstChanged = bytes.clone();
                firstChanged[0] ^= 2;
                hashes.add(ContentHash.of(firstChanged).hash());
            }
        }
        assertEquals(1 + 3 * (SIZES.length - 1), hashes.size());
        // A file one block long and one of that block's hash are not the same file.
        assertNotEquals(ContentHash.of(new byte[BLOCK]), ContentHash.of(new byte[16]));
    }

    /**
     * The values a site's manifest holds: were they to change, the first build after an update would
     * take every file for changed and write the whole site again. Pinned from commons-codec's
     * MurmurHash3, which made the manifests before hash4j's.
     */
    @Test
    void theHashOfAFileIsTheOneEarlierManifestsRecorded() {
        byte[] twoBlocks = new byte[BLOCK + 100];
        for (int i = 0; i < twoBlocks.length; i++) {
            twoBlocks[i] = (byte) (i * 31 + 7);
        }
        assertEquals("4bbd1bf27da918d6b465a9eccd791cb6", ContentHash.of(new byte[0]).hash());
        assertEquals("bee9979ad760fe7fae25398ceab2d788",
                ContentHash.of("<!DOCTYPE html>\n<html lang=\"sv\">".getBytes(StandardCharsets.UTF_8)).hash());
        assertEquals("c1f96e997269f721427df2b068f61974", ContentHash.of(twoBlocks).hash());
    }

    @Test
    void theHashIsWrittenAndReadAsThirtyTwoHexadecimalDigits() {
        Manifest.Entry entry = ContentHash.of(bytes(1000, 1));
        assertEquals(32, entry.hash().length());
        assertEquals(entry, Manifest.Entry.parse(entry.hash(), 1000));
    }
}
