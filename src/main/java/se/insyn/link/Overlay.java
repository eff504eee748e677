package se.insyn.link;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * An unmodifiable map that is another with the values of some keys replaced: the other's keys, in
 * its order, without copying it. The preview replaces a few records after each save, where copying
 * the graph's indexes of 60 000 recommendations took most of its linking. Values are never null.
 */
final class Overlay<K, V> extends AbstractMap<K, V> {
    private final Map<K, V> base;
    private final Map<K, V> replaced;

    private Overlay(Map<K, V> base, Map<K, V> replaced) {
        this.base = base;
        this.replaced = replaced;
    }

    /** {@code base} with the values in {@code replaced} (whose keys it has); an overlay of an overlay is made flat. */
    static <K, V> Map<K, V> of(Map<K, V> base, Map<K, V> replaced) {
        if (replaced.isEmpty()) {
            return base;
        }
        if (base instanceof Overlay<K, V> overlay) {
            Map<K, V> all = new HashMap<>(overlay.replaced);
            all.putAll(replaced);
            return new Overlay<>(overlay.base, all);
        }
        return new Overlay<>(base, new HashMap<>(replaced));
    }

    @Override
    public V get(Object key) {
        V value = replaced.get(key);
        return value != null ? value : base.get(key);
    }

    @Override
    public boolean containsKey(Object key) {
        return base.containsKey(key);
    }

    @Override
    public int size() {
        return base.size();
    }

    @Override
    public Set<Entry<K, V>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public int size() {
                return base.size();
            }

            @Override
            public Iterator<Entry<K, V>> iterator() {
                Iterator<Entry<K, V>> entries = base.entrySet().iterator();
                return new Iterator<>() {
                    @Override
                    public boolean hasNext() {
                        return entries.hasNext();
                    }

                    @Override
                    public Entry<K, V> next() {
                        Entry<K, V> entry = entries.next();
                        V value = replaced.get(entry.getKey());
                        return value == null ? entry : new SimpleImmutableEntry<>(entry.getKey(), value);
                    }
                };
            }
        };
    }
}
