package se.insyn.render;

import java.time.LocalDate;

/** A date for a {@code <time>} element: ISO for machines, "27 mars 2023" for people. */
public record DateView(String iso, String text) {
    static DateView of(LocalDate date) {
        return date == null ? null : new DateView(date.toString(), SwedishText.date(date));
    }
}
