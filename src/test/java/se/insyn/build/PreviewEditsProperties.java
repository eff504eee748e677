package se.insyn.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import se.insyn.sample.SampleCorpus;

/**
 * A preview made from the last one, after a save that changed only prose, is the preview made from
 * scratch: for random sequences of saves, some changing only wording and some changing what links
 * where, every file the preview serves has the same bytes, and it gives the same warnings. A save
 * that changes only prose is shown from the last preview, and any other is linked from scratch.
 */
class PreviewEditsProperties {
    private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

    /** Whether a save changes only prose, so that the preview must be made from the last one, or what links where. */
    private enum Kind { PROSE, STRUCTURE, EITHER }

    private record Save(String what, Kind kind) {
    }

    @Property(tries = 6)
    void aPreviewMadeFromTheLastIsThePreviewMadeFromScratch(@ForAll long seed, @ForAll @IntRange(min = 6, max = 10) int saves)
            throws IOException {
        Path temp = Files.createTempDirectory("insyn-preview-edits");
        try {
            Path content = temp.resolve("content");
            new SampleCorpus().write(content, 6, seed);
            BuildOptions options = new BuildOptions(content, null, null, null, TODAY);
            Build kept = new Build();
            kept.preview(options);
            Random random = new Random(seed);
            for (int step = 1; step <= saves; step++) {
                Save save = save(content, random);
                Build.Preview fromLast = kept.preview(options);
                Build.Preview fromScratch = new Build().preview(options);
                String after = "after save " + step + " (" + save.what() + ")";
                if (save.kind() != Kind.EITHER) {
                    assertEquals(save.kind() == Kind.PROSE, kept.lastPreviewOfProse(), "made from the last preview " + after);
                }
                assertEquals(messages(fromScratch), messages(fromLast), "warnings " + after);
                List<String> files = fromScratch.site().files().toList();
                assertEquals(files, fromLast.site().files().toList(), "files " + after);
                assertTrue(files.size() > 100, "a whole site: " + files.size());
                for (String file : files) {
                    assertArrayEquals(fromScratch.site().file(file).orElseThrow(), fromLast.site().file(file).orElseThrow(),
                            file + " " + after);
                }
            }
        } finally {
            IncrementalBuildProperties.delete(temp);
        }
    }

    @Example
    void aSaveAfterTheThemesTextsChangedIsPlannedAnew() throws IOException {
        Path temp = Files.createTempDirectory("insyn-preview-theme");
        try {
            Path content = temp.resolve("content");
            new SampleCorpus().write(content, 3, 1);
            Path theme = Files.createDirectories(temp.resolve("theme"));
            Files.writeString(theme.resolve("messages.properties"), "audits.title=Granskningar\n", StandardCharsets.UTF_8);
            BuildOptions options = new BuildOptions(content, theme, null, null, TODAY);
            Path audit = IncrementalBuildProperties.Edits.files(content, "type: audit").get(0);
            String dnr = Files.readString(audit, StandardCharsets.UTF_8).replaceFirst("(?s).*?\ndnr: *(\\S+).*", "$1");
            String auditPage = "granskningar/" + dnr.toLowerCase(Locale.ROOT) + "/index.html";
            Build kept = new Build();
            kept.preview(options);
            append(audit, "\nEn mening till.\n");
            kept.preview(options);
            assertTrue(kept.lastPreviewOfProse(), "a save of prose, the theme as it was");

            // The pages' breadcrumbs carry the theme's texts of the plan they were made in.
            Files.writeString(theme.resolve("messages.properties"), "audits.title=Alla granskningar\n", StandardCharsets.UTF_8);
            append(audit, "\nOch en till.\n");
            Build.Preview preview = kept.preview(options);
            assertFalse(kept.lastPreviewOfProse(), "the theme's texts changed: planned anew");
            String page = new String(preview.site().file(auditPage).orElseThrow(), StandardCharsets.UTF_8);
            assertTrue(page.contains(">Alla granskningar<"), "the breadcrumb has the theme's new text");
            assertTrue(page.contains("Och en till."), "and the page the saved text");
        } finally {
            IncrementalBuildProperties.delete(temp);
        }
    }

    private static List<String> messages(Build.Preview preview) {
        return preview.warnings().stream().map(p -> p.toString(Locale.ROOT)).toList();
    }

    /** One save a communicator makes, chosen at random. */
    private static Save save(Path content, Random random) throws IOException {
        List<Path> statements = IncrementalBuildProperties.Edits.files(content, "type: statement");
        List<Path> audits = IncrementalBuildProperties.Edits.files(content, "type: audit");
        Path statement = statements.get(random.nextInt(statements.size()));
        Path audit = audits.get(random.nextInt(audits.size()));
        int n = random.nextInt(1000);
        List<Path> followUps = IncrementalBuildProperties.Edits.files(content, "type: follow-up");
        List<Path> cases = IncrementalBuildProperties.Edits.files(content, "type: case");
        List<Path> districts = IncrementalBuildProperties.Edits.files(content, "type: district");
        List<Path> organisations = IncrementalBuildProperties.Edits.files(content, "type: organisation");
        return switch (random.nextInt(16)) {
            case 0 -> {
                append(statement, "\nEn ny mening " + n + " i svaret.\n");
                yield new Save("added a sentence to " + content.relativize(statement), Kind.PROSE);
            }
            case 1 -> {
                replaceInBody(statement, " och ", " samt ");
                yield new Save("changed a word in " + content.relativize(statement), Kind.PROSE);
            }
            case 2 -> {
                replace(statement, "(?m)^title: .*$", "title: \"Nytt yttrande " + n + "\"");
                yield new Save("retitled " + content.relativize(statement), Kind.PROSE);
            }
            case 3 -> {
                replace(audit, "(?m)^title: .*$", "title: \"Ändrad granskning " + n + "\"");
                yield new Save("retitled " + content.relativize(audit), Kind.PROSE);
            }
            case 4 -> {
                append(audit, "\nTillägg " + n + " om granskningen.\n");
                yield new Save("added a sentence to " + content.relativize(audit), Kind.PROSE);
            }
            case 5 -> {
                append(statement, "\nSe även KRN-2099-" + String.format("%05d", n) + ".\n");
                yield new Save("mentioned a diarienummer the site does not have in " + content.relativize(statement), Kind.STRUCTURE);
            }
            case 6 -> {
                String dnr = Files.readString(audit, StandardCharsets.UTF_8).replaceFirst("(?s).*?\ndnr: *(\\S+).*", "$1");
                append(statement, "\nSe även " + dnr + ".\n");
                yield new Save("mentioned audit " + dnr + " in " + content.relativize(statement), Kind.STRUCTURE);
            }
            case 7 -> {
                replace(statement, "(?m)^date: .*$", "date: 2026-0" + (1 + random.nextInt(5)) + "-1" + random.nextInt(10));
                yield new Save("dated " + content.relativize(statement) + " anew", Kind.EITHER);
            }
            case 8 -> {
                replaceInBody(statement, "\n## ", "\nEn ny rad.\n\n## ");
                yield new Save("added lines in the middle of " + content.relativize(statement), Kind.EITHER);
            }
            case 9 -> {
                replace(statement, "position: instämmer inte", "position: delvis instämmer");
                yield new Save("changed a position in " + content.relativize(statement), Kind.EITHER);
            }
            case 10 -> {
                if (followUps.isEmpty()) {
                    yield save(content, random);
                }
                // A follow-up's entries' texts go into each recommendation's history.
                Path followUp = followUps.get(random.nextInt(followUps.size()));
                String source = Files.readString(followUp, StandardCharsets.UTF_8);
                long entries = source.lines().filter(line -> line.startsWith("    text: \"")).count();
                int which = random.nextInt((int) entries);
                StringBuilder edited = new StringBuilder();
                int seen = 0;
                for (String line : source.split("\n", -1)) {
                    if (line.startsWith("    text: \"") && seen++ == which) {
                        line = "    text: \"Ny lägesbeskrivning " + n + ".\"";
                    }
                    edited.append(line).append('\n');
                }
                Files.writeString(followUp, edited.substring(0, edited.length() - 1), StandardCharsets.UTF_8);
                yield new Save("rewrote entry " + which + " of " + content.relativize(followUp), Kind.PROSE);
            }
            case 11 -> {
                replace(audit, "(?m)^(    text: \")", "$1Omformulerad " + n + ": ");
                yield new Save("reworded a recommendation of " + content.relativize(audit), Kind.EITHER);
            }
            case 12 -> {
                Path caseFile = cases.get(random.nextInt(cases.size()));
                append(caseFile, "\nEtt tillägg " + n + " i tjänsteskrivelsen.\n");
                yield new Save("added a sentence to " + content.relativize(caseFile), Kind.PROSE);
            }
            case 13 -> {
                Path district = districts.get(random.nextInt(districts.size()));
                append(district, "\nOm stadsdelen, " + n + ".\n");
                yield new Save("added a sentence to " + content.relativize(district), Kind.PROSE);
            }
            case 14 -> {
                Path organisation = organisations.get(random.nextInt(organisations.size()));
                append(organisation, "\nOm nämnden, " + n + ".\n");
                yield new Save("added a sentence to " + content.relativize(organisation), Kind.PROSE);
            }
            default -> {
                Files.writeString(content.resolve("stadsdelar").resolve("ny-" + n + ".md"),
                        "---\ntype: district\nid: ny-" + n + "\nname: Ny stadsdel " + n + "\n---\nEn ny stadsdel.\n", StandardCharsets.UTF_8);
                yield new Save("added district ny-" + n, Kind.STRUCTURE);
            }
        };
    }

    private static void append(Path file, String text) throws IOException {
        Files.writeString(file, Files.readString(file, StandardCharsets.UTF_8) + text, StandardCharsets.UTF_8);
    }

    private static void replace(Path file, String regex, String replacement) throws IOException {
        Files.writeString(file, Files.readString(file, StandardCharsets.UTF_8).replaceFirst(regex, replacement), StandardCharsets.UTF_8);
    }

    /** Replaces the first occurrence of a text after the front matter. */
    private static void replaceInBody(Path file, String text, String replacement) throws IOException {
        String source = Files.readString(file, StandardCharsets.UTF_8);
        int body = source.indexOf("\n---\n", 4) + 5;
        int at = source.indexOf(text, body);
        if (at >= 0) {
            Files.writeString(file, source.substring(0, at) + replacement + source.substring(at + text.length()), StandardCharsets.UTF_8);
        }
    }
}
