package se.insyn.write;

import se.insyn.problem.Localised;
import se.insyn.problem.Text;

/** The output could not be written (disk full, no permission); the previous site is intact. */
public final class WriteException extends RuntimeException implements Localised {
    private final transient Text text;

    public WriteException(Text text, Throwable cause) {
        super(text.toString(), cause);
        this.text = text;
    }

    @Override
    public Text text() {
        return text;
    }
}
