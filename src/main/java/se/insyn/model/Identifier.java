package se.insyn.model;

import java.util.regex.Pattern;

/** The shape of the identifiers used in addresses: lower-case a–z, digits and hyphens, e.g. {@code socialnamnden}. */
public final class Identifier {
    public static final Pattern FORMAT = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,78}[a-z0-9])?");
    /** Names Windows reserves for devices: a folder with such a name cannot be copied to or served from Windows. */
    private static final Pattern DEVICE = Pattern.compile("con|prn|aux|nul|com[0-9]|lpt[0-9]");

    /** Whether a text can serve as an identifier, and so as a folder name in every address built on it. */
    public static boolean isValid(String text) {
        return FORMAT.matcher(text).matches() && !DEVICE.matcher(text).matches();
    }

    private Identifier() {
    }
}
