package se.insyn.build;

import java.io.PrintStream;

/**
 * Prints how long each stage took when the environment variable {@code INSYN_TIMINGS} is set, so a
 * benchmark can say where the time goes without a profiler. Silent otherwise.
 */
final class StageTimer {
    private final PrintStream out;
    private long last = System.nanoTime();

    private StageTimer(PrintStream out) {
        this.out = out;
    }

    static StageTimer fromEnvironment() {
        return new StageTimer(System.getenv("INSYN_TIMINGS") == null ? null : System.err);
    }

    void lap(String stage) {
        long now = System.nanoTime();
        if (out != null) {
            out.printf("  %-10s %6d ms%n", stage, (now - last) / 1_000_000);
        }
        last = now;
    }
}
