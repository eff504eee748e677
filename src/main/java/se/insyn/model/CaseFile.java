package se.insyn.model;

import java.time.LocalDate;
import java.util.List;

/**
 * An officer's report (tjänsteskrivelse); its Markdown body holds the sections (Ärendet, Beredning …).
 * {@code proposedDecisionLine} is the line its proposed decision's text starts on, for messages about it.
 */
public record CaseFile(String dnr, String title, LocalDate date, String office, String officer, String addressedTo,
                       String auditDnr, String proposedDecision, int proposedDecisionLine, List<DecisionBasis> decisionBasis,
                       String signedFor, List<Signatory> signatories, String body, Origin origin) implements Record {

    @Override
    public String identifier() {
        return dnr;
    }
}
