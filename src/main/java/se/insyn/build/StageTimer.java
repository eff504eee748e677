package se.insyn.build;

import java.io.PrintStream;

/**
 * Prints how long each stage took when the environment variable {@code INSYN_TIMINGS} is set, so a
 * benchmark can say where the time goes without a profiler. Silent otherwise.
 */
final class StageTimer {
    private final PrintStream out;
    private long last = System.nanoTime();
    /** The memory this thread allocated so far: a stage's garbage decides how often the collector stops everything. */
    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
    private long allocated = THREADS.getCurrentThreadAllocatedBytes();

    private StageTimer(PrintStream out) {
        this.out = out;
    }

    static StageTimer fromEnvironment() {
        return new StageTimer(System.getenv("INSYN_TIMINGS") == null ? null : System.err);
    }

    void lap(String stage) {
        long now = System.nanoTime();
        long allocatedNow = THREADS.getCurrentThreadAllocatedBytes();
        if (out != null) {
            out.printf("  %-10s %6d ms %6d MB allocated on this thread%n", stage, (now - last) / 1_000_000,
                    (allocatedNow - allocated) >> 20);
        }
        last = now;
        allocated = allocatedNow;
    }
}
