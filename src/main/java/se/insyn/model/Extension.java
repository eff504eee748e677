package se.insyn.model;

import java.time.LocalDate;

/** An extended answer deadline (anstånd) granted to one organisation. */
public record Extension(String organisation, LocalDate until, Origin origin) {
}
