package se.insyn.write;

import java.io.OutputStream;
import java.util.Collections;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Passes files on to another sink and remembers their names, for the checks that need to know what the site has. */
public final class RecordingSink implements FileSink {
    private final FileSink target;
    private final Set<String> files = ConcurrentHashMap.newKeySet();

    public RecordingSink(FileSink target) {
        this.target = target;
    }

    @Override
    public void write(String file, byte[] bytes) {
        files.add(file);
        target.write(file, bytes);
    }

    @Override
    public OutputStream open(String file) {
        files.add(file);
        return target.open(file);
    }

    /** The names of the files written so far, as they stand (not a copy: a large site has hundreds of thousands). */
    public Set<String> files() {
        return Collections.unmodifiableSet(files);
    }
}
