package se.insyn.model;

import java.time.LocalDate;

/** A published record that was withdrawn: its address keeps a notice with the date and reason instead of a 404. */
public record Withdrawn(String address, String title, LocalDate date, String reason, Origin origin) {
}
