package se.insyn.model;

import java.util.regex.Pattern;

/** The shape of a diarienummer (register prefix, year, running number), e.g. {@code KSN-2023-00442}. */
public final class Diarienummer {
    /** A whole value that is a diarienummer. */
    public static final Pattern FORMAT = Pattern.compile("[A-ZÅÄÖ]{2,8}-\\d{4}-\\d{1,6}");
    /** A diarienummer standing in running text, not part of a longer word or number. */
    public static final Pattern IN_TEXT = Pattern.compile("(?<![\\p{L}\\d-])" + FORMAT.pattern() + "(?![\\p{L}\\d])");

    private Diarienummer() {
    }
}
