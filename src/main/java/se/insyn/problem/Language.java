package se.insyn.problem;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;

/** The languages Insyn speaks: Swedish, the communicators' language and the default, and English. */
public enum Language {
    SWEDISH("sv", Locale.forLanguageTag("sv-SE")),
    ENGLISH("en", Locale.ENGLISH);

    /**
     * Without this, a lookup in Swedish would fall back on the JVM's default locale before the root
     * bundle, and a machine set up in English would answer in English although Swedish was asked for.
     */
    private static final ResourceBundle.Control ROOT_IS_SWEDISH =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final String code;
    private final Locale locale;

    Language(String code, Locale locale) {
        this.code = code;
        this.locale = locale;
    }

    /** The code the user writes ({@code --lang sv}) and the page's {@code lang} attribute. */
    public String code() {
        return code;
    }

    public Locale locale() {
        return locale;
    }

    public static Optional<Language> ofCode(String code) {
        return Arrays.stream(values()).filter(l -> l.code.equals(code)).findFirst();
    }

    /**
     * The language the environment asks for, with POSIX precedence: the first of {@code LC_ALL},
     * {@code LC_MESSAGES} and {@code LANG} that is set decides. English when it starts with "en"
     * ({@code en_US.UTF-8}, {@code en_GB}); Swedish otherwise, {@code C} and {@code POSIX} included.
     */
    public static Language fromEnvironment(Map<String, String> environment) {
        for (String variable : new String[] {"LC_ALL", "LC_MESSAGES", "LANG"}) {
            String value = environment.get(variable);
            if (value != null && !value.isEmpty()) {
                return value.startsWith("en") ? ENGLISH : SWEDISH;
            }
        }
        return SWEDISH;
    }

    /** A catalogue ({@code insyn/messages/…}) in a locale; the root bundle is the Swedish one. */
    public static ResourceBundle bundle(String baseName, Locale locale) {
        return ResourceBundle.getBundle(baseName, locale, ROOT_IS_SWEDISH);
    }
}
