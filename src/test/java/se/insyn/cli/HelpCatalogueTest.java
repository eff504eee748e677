package se.insyn.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import se.insyn.Catalogues;
import se.insyn.problem.Language;

/**
 * picocli's help texts ({@code insyn/messages/Help.properties} and {@code Help_en.properties}): every
 * command and option is described in both languages, and every key describes a command or option that exists.
 */
class HelpCatalogueTest {
    private static final Map<String, String> SWEDISH = Catalogues.load("insyn/messages/Help.properties");
    private static final Map<String, String> ENGLISH = Catalogues.load("insyn/messages/Help_en.properties");
    /** picocli's own parts of a help text: variables such as ${DEFAULT-VALUE}, and line breaks. */
    private static final Pattern PICOCLI_PLACEHOLDER = Pattern.compile("\\$\\{[^}]+}|%n");
    private static final Pattern BUNDLE_VARIABLE = Pattern.compile("\\$\\{bundle:([^}:]+)");

    @Test
    void everyHelpTextIsInEnglishWithTheSamePlaceholders() {
        Catalogues.assertTranslated(SWEDISH, ENGLISH, Set.of(), HelpCatalogueTest::placeholders);
    }

    @Test
    void everyCommandAndOptionIsDescribedInBothLanguages() {
        for (Language language : Language.values()) {
            for (CommandSpec command : commands(Main.commandLine(language).getCommandSpec())) {
                assertTrue(command.usageMessage().description().length > 0, command.qualifiedName() + " has a description in " + language);
                for (OptionSpec option : described(command)) {
                    assertTrue(option.description().length > 0 && !option.description()[0].isBlank(),
                            command.qualifiedName() + " " + option.longestName() + " has a description in " + language);
                }
                String usage = command.commandLine().getUsageMessage();
                assertFalse(usage.contains("${"), command.qualifiedName() + ": every variable resolved in " + language + "\n" + usage);
            }
        }
    }

    @Test
    void everyKeyDescribesACommandOrOptionThatExists() {
        Set<String> used = new TreeSet<>(Catalogues.foundInSources(BUNDLE_VARIABLE));
        used.add("insyn.usage.exitCodeListHeading");
        SWEDISH.keySet().stream().filter(k -> k.startsWith("insyn.usage.exitCodeList.")).forEach(used::add);
        for (CommandSpec command : commands(Main.commandLine(Language.SWEDISH).getCommandSpec())) {
            String prefix = command.qualifiedName(".") + ".";
            used.add(prefix + "usage.description");
            for (OptionSpec option : described(command)) {
                // picocli looks an option up by its long name, first under the command's name, then on its own.
                String name = option.descriptionKey().isEmpty() ? option.longestName().replaceFirst("^-+", "") : option.descriptionKey();
                used.add(SWEDISH.containsKey(prefix + name) ? prefix + name : name);
            }
        }
        Set<String> unused = new TreeSet<>(SWEDISH.keySet());
        unused.removeAll(used);
        assertEquals(Set.of(), unused, "help texts of commands or options that do not exist");
    }

    /** A command and all its subcommands, without picocli's own help command. */
    private static List<CommandSpec> commands(CommandSpec root) {
        List<CommandSpec> all = new ArrayList<>(List.of(root));
        root.subcommands().values().stream().map(CommandLine::getCommandSpec).distinct()
                .filter(c -> !c.helpCommand())
                .forEach(c -> all.addAll(commands(c)));
        return all;
    }

    /** The options Insyn describes: all but picocli's --help and --version, which picocli describes itself. */
    private static List<OptionSpec> described(CommandSpec command) {
        return command.options().stream().filter(o -> !o.usageHelp() && !o.versionHelp()).toList();
    }

    private static Set<?> placeholders(String text) {
        List<String> found = new ArrayList<>();
        Matcher matcher = PICOCLI_PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group());
        }
        return Set.of(String.join(" ", found));
    }
}
