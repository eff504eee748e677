package se.insyn.load;

import java.nio.file.Path;
import org.yaml.snakeyaml.nodes.MappingNode;

/**
 * One content file as read from disk.
 *
 * @param file path relative to the content folder, used in every message
 * @param frontMatter the YAML between the {@code ---} lines, with its line marks
 * @param body the Markdown after the front matter
 * @param bodyLine the 1-based line in the file where the body starts
 * @param text the whole file as read (normalised), for checks that look at every line
 */
public record Source(Path file, MappingNode frontMatter, String body, int bodyLine, String text) {

    /** The folder the file is in, relative to the content folder (empty path at the top). */
    public Path folder() {
        Path parent = file.getParent();
        return parent == null ? Path.of("") : parent;
    }
}
