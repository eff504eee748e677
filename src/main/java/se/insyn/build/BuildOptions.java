package se.insyn.build;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * What to build from and where to.
 *
 * @param content the content folder
 * @param theme a theme folder overriding the default theme, or null
 * @param output the folder the site is written to
 * @param register the register of published addresses; null for {@code publicerade-adresser.txt} beside the content folder
 * @param date the date that decides embargoes and passed deadlines; null for today in Sweden
 */
public record BuildOptions(Path content, Path theme, Path output, Path register, LocalDate date) {

    public BuildOptions(Path content, Path theme, Path output) {
        this(content, theme, output, null, null);
    }

    public BuildOptions(Path content, Path theme, Path output, Path register) {
        this(content, theme, output, register, null);
    }

    public LocalDate today() {
        return date != null ? date : LocalDate.now(ZoneId.of("Europe/Stockholm"));
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
