package se.insyn.write;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;

/**
 * Runs independent pieces of work that write files on every core. When one fails, the others stop
 * taking new work, and the failure is thrown only once every thread has stopped: none may still be
 * writing into the staging folder when the caller throws it away.
 */
public final class Parallel {
    private Parallel() {
    }

    /** Work on one item of a part: each part is done by one thread, in order. */
    @FunctionalInterface
    public interface PartWork {
        void accept(int part, int item);
    }

    /** Parts enough for every core to stay busy to the end, however unequal the parts' work. */
    public static int parts() {
        return 8 * Runtime.getRuntime().availableProcessors();
    }

    public static void forEach(int count, IntConsumer work) {
        forEachInParts(count, count, (part, item) -> work.accept(item));
    }

    /**
     * Splits the items {@code 0 … count-1} into {@code parts} consecutive parts and does the parts
     * on every core, each part's items on one thread in their order: work that must come out the
     * same however it was shared keeps its order within each part.
     */
    public static void forEachInParts(int count, int parts, PartWork work) {
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        IntStream.range(0, parts).parallel().forEach(part -> {
            for (int item = (int) ((long) count * part / parts); item < (long) count * (part + 1) / parts; item++) {
                if (failure.get() != null) {
                    return;
                }
                try {
                    work.accept(part, item);
                } catch (RuntimeException e) {
                    failure.compareAndSet(null, e);
                }
            }
        });
        if (failure.get() != null) {
            throw failure.get();
        }
    }
}
