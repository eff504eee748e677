package se.insyn.scaffold;

import java.nio.file.Path;

/** A new record's file: where it goes below the content folder and what it starts with. */
public record Skeleton(Path file, String text) {
}
