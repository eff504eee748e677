package se.insyn.render;

/** Told as pages are rendered, so that a long build can show how far it has come. Called from several threads. */
@FunctionalInterface
public interface Progress {
    void rendered(int done, int total);

    static Progress none() {
        return (done, total) -> { };
    }
}
