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

    public static void forEach(int count, IntConsumer work) {
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        IntStream.range(0, count).parallel().forEach(i -> {
            if (failure.get() != null) {
                return;
            }
            try {
                work.accept(i);
            } catch (RuntimeException e) {
                failure.compareAndSet(null, e);
            }
        });
        if (failure.get() != null) {
            throw failure.get();
        }
    }
}
