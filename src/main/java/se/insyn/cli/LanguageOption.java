package se.insyn.cli;

import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import se.insyn.problem.Language;
import se.insyn.problem.Text;

/**
 * {@code --lang sv|en}, accepted by every command. It is read once before the command line is parsed,
 * because picocli prints help and usage errors while parsing: they must already be in that language.
 */
final class LanguageOption {
    @Option(names = "--lang", paramLabel = "sv|en", scope = CommandLine.ScopeType.INHERIT)
    Language language;

    /** The language of {@code --lang}, or, without a valid one, the language the environment asks for. */
    static Language chosen(String[] args, Map<String, String> environment) {
        Language fallback = Language.fromEnvironment(environment);
        LanguageOption option = new LanguageOption();
        CommandLine scan = new CommandLine(option).setUnmatchedArgumentsAllowed(true);
        scan.registerConverter(Language.class, new Converter(fallback));
        try {
            scan.parseArgs(args);
        } catch (CommandLine.ParameterException e) {
            // An invalid --lang is reported by the real parse, in the environment's language.
        }
        return option.language != null ? option.language : fallback;
    }

    /** Reads {@code sv} or {@code en}; anything else is a usage error that names both, said in {@code speaking}. */
    record Converter(Language speaking) implements CommandLine.ITypeConverter<Language> {
        @Override
        public Language convert(String value) {
            return Language.ofCode(value).orElseThrow(() ->
                    new CommandLine.TypeConversionException(Text.of("cli.lang.unknown", value).in(speaking.locale())));
        }
    }
}
