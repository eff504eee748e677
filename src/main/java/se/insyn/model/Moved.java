package se.insyn.model;

import java.time.LocalDate;

/** A published address that now lives elsewhere: the old address gets a redirect to the new one. */
public record Moved(String from, String to, LocalDate date, String reason, Origin origin) {
}
