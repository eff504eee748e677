package se.insyn.model;

import java.nio.file.Path;

/** Where a record or a part of it was written: the file relative to the content folder, and the line. */
public record Origin(Path file, int line) {
    @Override
    public String toString() {
        return file.toString().replace('\\', '/') + ":" + line;
    }
}
