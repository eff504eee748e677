package se.insyn.problem;

import java.io.IOException;
import java.io.UncheckedIOException;

/** A file or folder could not be read or written; says which, in the user's language. */
public final class LocalisedIOException extends UncheckedIOException implements Localised {
    private final transient Text text;

    public LocalisedIOException(Text text, IOException cause) {
        super(text.toString(), cause);
        this.text = text;
    }

    @Override
    public Text text() {
        return text;
    }
}
