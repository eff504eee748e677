package se.insyn.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher {@code ./insyn}: it chooses the JIT and the collector by the size of the content (the
 * quick compiler alone and the serial collector for fewer than 8 000 Markdown files, both compilers
 * and the parallel collector for more, both compilers and G1 for the preview server),
 * and records its class-data archive on a run that builds. Runs the real script from a copy of the
 * project's root, with a {@code java} on the PATH that prints the arguments it was given instead
 * of starting a JVM.
 */
class LauncherTest {
    private static final String QUICK_COMPILER_ONLY = "-XX:TieredStopAtLevel=1";

    /** A content folder of 8 000 Markdown files, made once: the launcher only counts them, and no test changes it. */
    @TempDir
    static Path large;
    @TempDir
    Path root;
    private Path small;

    @BeforeAll
    static void makeALargeContentFolder() throws IOException {
        markdownFiles(large, 8_000);
    }

    @BeforeEach
    void copyTheLauncher() throws IOException {
        Path launcher = root.resolve("insyn");
        Files.copy(Path.of("insyn"), launcher, StandardCopyOption.COPY_ATTRIBUTES);
        // A jar with no sources beside it is up to date: the launcher must not start Maven.
        Files.createDirectories(root.resolve("target"));
        Files.writeString(root.resolve("target/insyn.jar"), "");
        Path bin = Files.createDirectories(root.resolve("bin"));
        Path java = bin.resolve("java");
        Files.writeString(java, "#!/bin/sh\nprintf '%s\\n' \"$@\"\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        small = markdownFiles(root.resolve("small"), 3);
    }

    @Test
    void aSmallSiteIsCompiledByTheQuickCompilerAlone() throws Exception {
        assertTrue(javaArguments("build", "-c", small.toString()).contains(QUICK_COMPILER_ONLY));
        assertTrue(javaArguments("check", "--content=" + small).contains(QUICK_COMPILER_ONLY));
        assertTrue(javaArguments("check", "-c" + small).contains(QUICK_COMPILER_ONLY));
    }

    @Test
    void aLargeSiteKeepsTheOptimisingCompiler() throws Exception {
        List<String> arguments = javaArguments("build", "--content", large.toString());
        assertFalse(arguments.contains(QUICK_COMPILER_ONLY), arguments.toString());
        assertTrue(arguments.contains("-XX:MaxInlineSize=20"), arguments.toString());
        assertTrue(javaArguments("build", "-c", small.toString()).contains(QUICK_COMPILER_ONLY),
                "the small site beside it is still counted on its own");
    }

    @Test
    void thePreviewServerKeepsTheOptimisingCompiler() throws Exception {
        assertFalse(javaArguments("serve", "-c", small.toString()).contains(QUICK_COMPILER_ONLY));
    }

    @Test
    void aSmallSiteIsBuiltWithTheSerialCollectorALargeOneWithTheParallelOneAndThePreviewWithG1() throws Exception {
        // A small site's heap stays smallest with the serial collector; a large site's build is
        // faster when the collector's pauses use both cores; the preview's heap holds an old
        // version beside the new one after every save.
        assertOnlyCollector("Serial", javaArguments("build", "-c", small.toString()));
        for (String command : List.of("build", "check")) {
            List<String> arguments = javaArguments(command, "-c", large.toString());
            assertOnlyCollector("Parallel", arguments);
            assertTrue(arguments.contains("-Xmx800m"), arguments.toString());
        }
        List<String> serve = javaArguments("serve", "-c", large.toString());
        assertOnlyCollector("G1", serve);
        assertTrue(serve.contains("-Xmx800m"), serve.toString());
    }

    /** The arguments choose this collector ({@code -XX:+Use…GC}) and no other. */
    private static void assertOnlyCollector(String name, List<String> arguments) {
        List<String> collectors = arguments.stream().filter(a -> a.matches("-XX:\\+Use\\w+GC")).toList();
        assertEquals(List.of("-XX:+Use" + name + "GC"), collectors, arguments.toString());
    }

    @Test
    void optionsOfTheUserReplaceTheLaunchersCompletely() throws Exception {
        List<String> arguments = javaArguments(Map.of("INSYN_JAVA_OPTS", "-Xmx2g"), "build", "-c", small.toString());
        assertTrue(arguments.contains("-Xmx2g"), arguments.toString());
        assertFalse(arguments.contains(QUICK_COMPILER_ONLY), arguments.toString());
        assertFalse(arguments.contains("-Xmx800m"), arguments.toString());
    }

    @Test
    void theCommandsArgumentsReachTheProgramUnchanged() throws Exception {
        List<String> arguments = javaArguments("build", "-c", small.toString(), "--lang", "en");
        assertEquals(List.of("-jar", root.resolve("target/insyn.jar").toString(), "build", "-c", small.toString(), "--lang", "en"),
                arguments.subList(arguments.indexOf("-jar"), arguments.size()));
    }

    @Test
    void theClassDataArchiveIsRecordedByARunThatBuildsAndUsedByTheNext() throws Exception {
        for (String[] printsOnly : new String[][] {{"--version"}, {"--help"}, {"build", "--help"}, {"sample", "-n", "1", "-o", "x"}}) {
            List<String> arguments = javaArguments(printsOnly);
            assertTrue(arguments.stream().noneMatch(a -> a.contains("insyn.jsa")),
                    "no archive of a run that loads few of the build's classes: " + arguments);
        }
        assertTrue(javaArguments("check", "-c", small.toString()).contains("-XX:ArchiveClassesAtExit=" + root.resolve("target/insyn.jsa")));
        Files.writeString(root.resolve("target/insyn.jsa"), "");
        Files.setLastModifiedTime(root.resolve("target/insyn.jsa"),
                FileTime.fromMillis(Files.getLastModifiedTime(root.resolve("target/insyn.jar")).toMillis() + 1000));
        assertTrue(javaArguments("--version").contains("-XX:SharedArchiveFile=" + root.resolve("target/insyn.jsa")),
                "once recorded, every run starts from it");
    }

    /** An environment and the options after the command, and the line the launcher says on building the program. */
    private record LanguageExample(Map<String, String> environment, List<String> options, String line) {
    }

    @Test
    void itsOwnLineAboutBuildingTheProgramIsInTheLanguageTheProgramSpeaks() throws Exception {
        Path mvn = root.resolve("bin/mvn");
        Files.writeString(mvn, "#!/bin/sh\nexit 0\n");
        Files.setPosixFilePermissions(mvn, PosixFilePermissions.fromString("rwxr-xr-x"));
        String english = "Building the program (the first time or after changes) …";
        String swedish = "Bygger programmet (första gången eller efter ändringar) …";
        List<LanguageExample> examples = List.of(
                new LanguageExample(Map.of("LANG", "en_US.UTF-8"), List.of(), english),
                new LanguageExample(Map.of("LANG", "sv_SE.UTF-8"), List.of(), swedish),
                new LanguageExample(Map.of(), List.of(), swedish),
                new LanguageExample(Map.of("LC_ALL", "C", "LANG", "en_US.UTF-8"), List.of(), swedish),
                new LanguageExample(Map.of("LC_MESSAGES", "en_GB", "LANG", "sv_SE.UTF-8"), List.of(), english),
                new LanguageExample(Map.of("LANG", "sv_SE.UTF-8"), List.of("--lang", "en"), english),
                new LanguageExample(Map.of("LANG", "sv_SE.UTF-8"), List.of("--lang=en"), english),
                new LanguageExample(Map.of("LANG", "en_US.UTF-8"), List.of("--lang", "sv"), swedish));
        Path source = root.resolve("src/main/java/Changed.java");
        Files.createDirectories(source.getParent());
        Files.writeString(source, "");
        for (LanguageExample example : examples) {
            // A source newer than the jar: the launcher builds the program before it runs it.
            Files.setLastModifiedTime(source, FileTime.fromMillis(Files.getLastModifiedTime(root.resolve("target/insyn.jar")).toMillis() + 1000));
            List<String> arguments = new ArrayList<>(List.of("check", "-c", small.toString()));
            arguments.addAll(example.options());
            List<String> output = javaArguments(example.environment(), arguments.toArray(String[]::new));
            assertEquals(example.line(), output.get(0), "with " + example);
            assertTrue(output.contains(small.toString()), "and the program runs after it: " + output);
        }
    }

    private List<String> javaArguments(String... arguments) throws Exception {
        return javaArguments(Map.of(), arguments);
    }

    private List<String> javaArguments(Map<String, String> environment, String... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of("bash", root.resolve("insyn").toString()));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).directory(root.toFile()).redirectErrorStream(true);
        builder.environment().remove("INSYN_JAVA_OPTS");
        List.of("LC_ALL", "LC_MESSAGES", "LANG").forEach(builder.environment()::remove);
        builder.environment().putAll(environment);
        builder.environment().put("PATH", root.resolve("bin") + ":" + System.getenv("PATH"));
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor(), output);
        return output.lines().toList();
    }

    private static Path markdownFiles(Path folder, int count) throws IOException {
        Files.createDirectories(folder.resolve("arenden"));
        for (int i = 0; i < count; i++) {
            Files.writeString(folder.resolve("arenden").resolve("case-" + i + ".md"), "");
        }
        return folder;
    }
}
