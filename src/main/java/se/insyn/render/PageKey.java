package se.insyn.render;

import com.dynatrace.hash4j.hashing.HashStream128;
import com.dynatrace.hash4j.hashing.HashValue128;
import com.dynatrace.hash4j.hashing.Hashing;
import java.lang.invoke.MethodHandle;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.temporal.TemporalAccessor;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;

/**
 * Everything a page's HTML is made of, as one 128-bit hash: the theme and the program (named by the
 * build), the values every page shares, the glossary whose terms are marked, and the page itself
 * (its template, title, breadcrumbs, views and metadata). A template reads nothing else, so two
 * pages with one key have the same HTML, and a build may keep the previous site's file for a page
 * whose key is as it was, without rendering it.
 *
 * <p>A value of a kind not known here makes the page keyless, and it is always rendered: only text,
 * numbers, truth values, dates, addresses, enums, records (by their components), lists, sets, maps
 * and optionals are hashed, since for these the value is all a template can read.
 */
public record PageKey(long low, long high) {
    /** An object by its identity, not its value: a record's equality would compare all it holds. */
    private record Identity(Object object) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Identity identity && identity.object == object;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(object);
        }
    }

    /** Texts this long or longer are hashed once for the pages that share them. */
    private static final int LONG_TEXT = 256;
    private static final int RECENT = 1024;

    /** Deeper than any view goes: a value nested further is taken for a cycle, and its page is rendered. */
    private static final int DEEPEST = 64;

    /** A value that cannot be hashed; thrown without a trace, as a page may have none on every build. */
    private static final class Unhashable extends Exception {
        Unhashable() {
            super(null, null, false, false);
        }
    }

    private static PageKey of(HashValue128 value) {
        return new PageKey(value.getLeastSignificantBits(), value.getMostSignificantBits());
    }

    /**
     * The keys of one build's pages. Each thread remembers by identity the records and long texts
     * it hashed lately, each as its own 128-bit hash: the pages of one case, rendered one after the
     * other, share them (a recommendation's page holds the whole audit's view, its answers'
     * texts among them), and hashing them anew on each page had cost more than rendering it: 2.2 GB
     * of text for the pages of 10 000 cases, 0.75 GB so.
     */
    static final class Keys {
        private final PageKey shared;
        /** Records and long texts hashed lately on this thread. */
        private final ThreadLocal<Map<Identity, PageKey>> recent = ThreadLocal.withInitial(java.util.HashMap::new);

        /** @return the keys of pages rendered with these shared values, or null when those cannot be hashed */
        static Keys of(String themeAndProgram, Object shared, Object terms) {
            Keys keys = new Keys(null);
            HashStream128 hash = Hashing.murmur3_128().hashStream();
            putText(hash, themeAndProgram);
            try {
                keys.put(hash, shared, 0);
                keys.put(hash, terms, 0);
            } catch (Unhashable e) {
                return null;
            }
            return new Keys(PageKey.of(hash.get()));
        }

        private Keys(PageKey shared) {
            this.shared = shared;
        }

        /** The key of a page, or empty when something it shows cannot be hashed. */
        Optional<PageKey> of(Page page) {
            HashStream128 hash = Hashing.murmur3_128().hashStream();
            hash.putLong(shared.low).putLong(shared.high);
            try {
                put(hash, page, 0);
            } catch (Unhashable e) {
                return Optional.empty();
            }
            return Optional.of(PageKey.of(hash.get()));
        }
        /** Each kind of value is marked before its contents, so that no two values of different kinds hash alike. */
        private void put(HashStream128 hash, Object value, int depth) throws Unhashable {
            if (depth > DEEPEST) {
                throw new Unhashable();
            }
            if (value == null) {
                hash.putByte((byte) 0);
            } else if (value instanceof String text) {
                if (text.length() < LONG_TEXT) {
                    putText(hash.putByte((byte) 1), text);
                } else {
                    putLongText(hash, text);
                }
            } else if (value instanceof Boolean truth) {
                hash.putByte((byte) 2).putBoolean(truth);
            } else if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
                hash.putByte((byte) 3).putLong(((Number) value).longValue());
            } else if (value instanceof Double || value instanceof Float) {
                hash.putByte((byte) 4).putDouble(((Number) value).doubleValue());
            } else if (value instanceof Character c) {
                hash.putByte((byte) 5).putChar(c);
            } else if (value instanceof Enum<?> constant) {
                putText(hash.putByte((byte) 6), constant.getDeclaringClass().getName());
                putText(hash, constant.name());
            } else if (value instanceof TemporalAccessor || value instanceof URI || value instanceof Path
                    || value instanceof BigDecimal || value instanceof BigInteger) {
                // Their text is their whole value.
                putText(hash.putByte((byte) 7), value.getClass().getName());
                putText(hash, value.toString());
            } else if (value instanceof Record record) {
                putRecord(hash, record, depth);
            } else if (value instanceof Optional<?> optional) {
                hash.putByte((byte) 9);
                put(hash, optional.orElse(null), depth + 1);
            } else if (value instanceof Map<?, ?> map) {
                putMap(hash, map, depth);
            } else if (value instanceof Collection<?> collection) {
                putCollection(hash, collection, depth);
            } else {
                throw new Unhashable();
            }
        }

        /**
         * A long text by the hash of its bytes, remembered on this thread like a record: shared
         * texts (an answer's, rendered once) are often the same string on a case's pages.
         */
        private void putLongText(HashStream128 hash, String text) {
            Map<Identity, PageKey> known = recent.get();
            Identity identity = new Identity(text);
            PageKey own = known.get(identity);
            if (own == null) {
                HashStream128 hashed = Hashing.murmur3_128().hashStream();
                putText(hashed, text);
                own = PageKey.of(hashed.get());
                remember(known, identity, own);
            }
            hash.putByte((byte) 13).putLong(own.low).putLong(own.high);
        }

        /** Only the last few are remembered, so that nothing is kept alive for long. */
        private static void remember(Map<Identity, PageKey> known, Identity identity, PageKey key) {
            if (known.size() == RECENT) {
                known.clear();
            }
            known.put(identity, key);
        }

        /**
         * Text as its UTF-8 bytes and their number: the hash reads bytes eight at a time, and a string's
         * characters one at a time, which made hashing a page's texts cost more than rendering them.
         */
        private static void putText(HashStream128 hash, String text) {
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            hash.putInt(bytes.length).putBytes(bytes, 0, bytes.length);
        }

        private void putRecord(HashStream128 hash, Record record, int depth) throws Unhashable {
            Identity identity = new Identity(record);
            Map<Identity, PageKey> known = recent.get();
            PageKey own = known.get(identity);
            if (own == null) {
                Map<String, MethodHandle> components = RecordWrapper.componentsOf(record.getClass());
                if (components == null) {
                    throw new Unhashable();
                }
                HashStream128 hashed = Hashing.murmur3_128().hashStream();
                putText(hashed.putByte((byte) 8), record.getClass().getName());
                for (MethodHandle component : components.values()) {
                    put(hashed, RecordWrapper.valueOf(record, component), depth + 1);
                }
                own = PageKey.of(hashed.get());
                remember(known, identity, own);
            }
            hash.putByte((byte) 12).putLong(own.low).putLong(own.high);
        }

        private void putMap(HashStream128 hash, Map<?, ?> map, int depth) throws Unhashable {
            putAll(hash.putByte((byte) 10), map.entrySet(), inNoOrder(map), (one, entry) -> {
                put(one, entry.getKey(), depth + 1);
                put(one, entry.getValue(), depth + 1);
            });
        }

        private void putCollection(HashStream128 hash, Collection<?> collection, int depth) throws Unhashable {
            putAll(hash.putByte((byte) 11), collection, inNoOrder(collection), (one, element) -> put(one, element, depth + 1));
        }

        /** Hashes one element of a collection into the given hash. */
        @FunctionalInterface
        private interface Element<T> {
            void put(HashStream128 hash, T element) throws Unhashable;
        }

        /**
         * A collection's size and elements: in its order, or, when it has none, each element by its
         * own hash and those hashes sorted.
         */
        private static <T> void putAll(HashStream128 hash, Collection<T> elements, boolean inNoOrder, Element<? super T> each)
                throws Unhashable {
            hash.putInt(elements.size());
            if (!inNoOrder) {
                for (T element : elements) {
                    each.put(hash, element);
                }
                return;
            }
            PageKey[] hashes = new PageKey[elements.size()];
            int i = 0;
            for (T element : elements) {
                HashStream128 one = Hashing.murmur3_128().hashStream();
                each.put(one, element);
                hashes[i++] = PageKey.of(one.get());
            }
            Arrays.sort(hashes, Comparator.comparingLong(PageKey::low).thenComparingLong(PageKey::high));
            for (PageKey one : hashes) {
                hash.putLong(one.low).putLong(one.high);
            }
        }

        /**
         * The sets and maps of {@code Set.of} and {@code Map.of}, whose order of iteration changes from
         * one run of the JVM to the next: hashed whatever their order, else no page holding one would
         * ever keep its key. Any other collection is hashed in its order, which a template may show.
         */
        private static boolean inNoOrder(Object collection) {
            return !(collection instanceof java.util.List) && collection.getClass().getName().startsWith("java.util.ImmutableCollections$");
        }
    }
}
