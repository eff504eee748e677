package se.insyn.model;

import java.time.LocalDate;
import java.util.List;

/**
 * A statement (yttrande) by one organisation on one audit. Identified by the audit's diarienummer
 * and the organisation's id. {@code date} is null when the document carries none.
 */
public record Statement(String auditDnr, String by, String title, LocalDate date, String caseDnr,
                        String attachmentLabel, String officer, String addressedTo, List<String> contacts,
                        String theirReference, String intro, List<Answer> answers, List<Signatory> signatories,
                        Origin origin) implements Record {

    public String key() {
        return auditDnr + "/" + by;
    }

    @Override
    public String identifier() {
        return key();
    }
}
