package se.insyn.markdown;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * A cache that keeps only the most recently used values. A text is shown on the few pages of its own
 * case, which are rendered close together, so a small cache serves nearly every repeat, while keeping
 * every rendered text would hold the whole site in memory. Thread-safe; a value may be computed twice
 * when two threads ask for it at once, which is harmless for a pure function.
 */
public final class RecentlyUsed<K, V> {
    private final Map<K, V> values;

    public RecentlyUsed(int capacity) {
        this.values = new LinkedHashMap<>(capacity * 4 / 3 + 1, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > capacity;
            }
        };
    }

    public V computeIfAbsent(K key, Function<? super K, ? extends V> compute) {
        synchronized (values) {
            V value = values.get(key);
            if (value != null) {
                return value;
            }
        }
        V value = compute.apply(key);
        synchronized (values) {
            values.put(key, value);
        }
        return value;
    }
}
