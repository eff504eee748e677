package se.insyn.cli;

import java.io.PrintWriter;
import java.util.concurrent.atomic.AtomicInteger;
import se.insyn.render.Progress;

/** Prints how many pages are done at every tenth of a long build (a thousand pages or more) on standard error. */
final class ProgressLine implements Progress {
    private static final int LONG_BUILD_PAGES = 1000;

    private final PrintWriter err;
    private final AtomicInteger lastTenth = new AtomicInteger();

    ProgressLine(PrintWriter err) {
        this.err = err;
    }

    @Override
    public void rendered(int done, int total) {
        if (total < LONG_BUILD_PAGES) {
            return;
        }
        int tenth = done * 10 / total;
        int before = lastTenth.get();
        if (tenth > before && lastTenth.compareAndSet(before, tenth)) {
            synchronized (err) {
                err.printf("Sidor: %d %% (%d av %d)%n", tenth * 10, done, total);
                err.flush();
            }
        }
    }
}
