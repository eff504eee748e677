package se.insyn.build;

import java.nio.file.Path;

/**
 * What to build from and where to.
 *
 * @param content the content folder
 * @param theme a theme folder overriding the default theme, or null
 * @param output the folder the site is written to
 */
public record BuildOptions(Path content, Path theme, Path output) {
}
