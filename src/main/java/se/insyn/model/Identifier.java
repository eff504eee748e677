package se.insyn.model;

import java.util.regex.Pattern;

/** The shape of the identifiers used in addresses: lower-case a–z, digits and hyphens, e.g. {@code socialnamnden}. */
public final class Identifier {
    public static final Pattern FORMAT = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,78}[a-z0-9])?");

    private Identifier() {
    }
}
