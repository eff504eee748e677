package se.insyn.problem;

import java.util.Locale;

/** An exception whose message is a catalogue text, so that it can be shown in the user's language. */
public interface Localised {
    Text text();

    /** The exception's message as an argument of a {@link Text}: its own text when it has one, said in the same language. */
    static Object messageOf(Throwable e) {
        return e instanceof Localised localised ? localised.text() : e.getMessage();
    }

    /** The exception's message in a language: its text if it has one, else the message it was given. */
    static String message(Throwable e, Locale locale) {
        return e instanceof Localised localised ? localised.text().in(locale) : e.getMessage();
    }
}
