package se.insyn.model;

import java.time.LocalDate;
import java.util.List;

/** A follow-up (uppföljning): a dated document reporting on recommendations and/or governing documents. */
public record FollowUp(String id, String title, LocalDate date, String by, String source, List<String> documents,
                       List<String> districts, List<FollowUpEntry> entries, String body, Origin origin) implements Record {

    @Override
    public String identifier() {
        return id;
    }
}
