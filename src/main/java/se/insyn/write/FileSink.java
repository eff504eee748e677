package se.insyn.write;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;

/**
 * Where the stages put the site's files as they make them, by path below the output folder: the
 * output folder's staging area in a build, memory in the preview, nowhere in a check. Files are
 * handed over one at a time, so a build never holds the whole site in memory. Safe to call from
 * several threads.
 */
public interface FileSink {

    void write(String file, byte[] bytes);

    /** A large file written as it is produced (the whole dataset); the file is complete when the stream is closed. */
    default OutputStream open(String file) {
        return new ByteArrayOutputStream() {
            private boolean closed;

            @Override
            public void close() {
                if (!closed) {
                    closed = true;
                    FileSink.this.write(file, toByteArray());
                }
            }
        };
    }

    /** A sink that keeps nothing: a check renders everything to find problems, and writes nothing. */
    static FileSink discard() {
        return new FileSink() {
            @Override
            public void write(String file, byte[] bytes) {
            }

            @Override
            public OutputStream open(String file) {
                return OutputStream.nullOutputStream();
            }
        };
    }
}
