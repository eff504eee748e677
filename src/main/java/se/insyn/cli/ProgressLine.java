package se.insyn.cli;

import java.util.concurrent.atomic.AtomicInteger;
import se.insyn.problem.Text;
import se.insyn.render.Progress;

/** Prints how many pages are done at every tenth of a long build (a thousand pages or more) on standard error. */
final class ProgressLine implements Progress {
    private static final int LONG_BUILD_PAGES = 1000;

    private final Voice voice;
    private final AtomicInteger lastTenth = new AtomicInteger();

    ProgressLine(Voice voice) {
        this.voice = voice;
    }

    @Override
    public void rendered(int done, int total) {
        if (total < LONG_BUILD_PAGES) {
            return;
        }
        int tenth = done * 10 / total;
        int before = lastTenth.get();
        if (tenth > before && lastTenth.compareAndSet(before, tenth)) {
            synchronized (voice) {
                voice.err(Text.of("cli.build.progress", tenth * 10, done, total));
            }
        }
    }
}
