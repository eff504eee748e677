package se.insyn.write;

/** The output could not be written (disk full, no permission); the previous site is intact. */
public final class WriteException extends RuntimeException {
    public WriteException(String message, Throwable cause) {
        super(message, cause);
    }
}
