package se.insyn.build;

import java.nio.file.Path;

/**
 * What to build from and where to.
 *
 * @param content the content folder
 * @param theme a theme folder overriding the default theme, or null
 * @param output the folder the site is written to
 * @param register the register of published addresses; null for {@code publicerade-adresser.txt} beside the content folder
 */
public record BuildOptions(Path content, Path theme, Path output, Path register) {

    public BuildOptions(Path content, Path theme, Path output) {
        this(content, theme, output, null);
    }

    /** Where the register of published addresses is kept. */
    public Path registerFile() {
        if (register != null) {
            return register;
        }
        Path parent = content.toAbsolutePath().normalize().getParent();
        return (parent == null ? content.toAbsolutePath() : parent).resolve("publicerade-adresser.txt");
    }
}
