package se.insyn.problem;

import java.text.Format;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A message of the catalogue ({@code insyn/messages/Messages.properties}, English in
 * {@code Messages_en.properties}) with its arguments, rendered only when it is shown, in the
 * language of whoever reads it.
 *
 * @param key the catalogue key, such as {@code load.tooLarge}
 * @param args the pattern's arguments; an argument that is itself a {@code Text} is rendered in the same language
 */
public record Text(String key, List<Object> args) {
    public static final String MESSAGES = "insyn.messages.Messages";

    public Text {
        Objects.requireNonNull(key);
        // Arguments may be null (an exception without a message), which List.copyOf refuses.
        args = Collections.unmodifiableList(new ArrayList<>(args));
    }

    public static Text of(String key, Object... args) {
        return new Text(key, Arrays.asList(args));
    }

    public String in(Locale locale) {
        MessageFormat format = new MessageFormat(Language.bundle(MESSAGES, locale).getString(key), locale);
        Format[] formats = format.getFormatsByArgumentIndex();
        Object[] values = new Object[args.size()];
        for (int i = 0; i < values.length; i++) {
            Object arg = args.get(i);
            boolean plain = i >= formats.length || formats[i] == null;
            // A plain {n} prints a number as Java does (2023, 1048576), never grouped as "1 048 576":
            // years, line numbers, counts and sizes read exactly as they did before the catalogue.
            values[i] = arg instanceof Text text ? text.in(locale) : arg instanceof Number && plain ? String.valueOf(arg) : arg;
        }
        return format.format(values);
    }

    /** Swedish: what logs, exception messages and every caller that does not choose a language get. */
    @Override
    public String toString() {
        return in(Language.SWEDISH.locale());
    }
}
