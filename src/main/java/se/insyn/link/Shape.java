package se.insyn.link;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import se.insyn.model.Answer;
import se.insyn.model.Audit;
import se.insyn.model.CaseFile;
import se.insyn.model.Diarienummer;
import se.insyn.model.District;
import se.insyn.model.FollowUp;
import se.insyn.model.FollowUpEntry;
import se.insyn.model.GoverningDocument;
import se.insyn.model.Organisation;
import se.insyn.model.Recommendation;
import se.insyn.model.Statement;

/**
 * What of a record the graph, the site's addresses and the link stage's problems depend on: the
 * record with its prose left out (titles, bodies, answers' and recommendations' texts), and the
 * diarienummer written in that prose, with the line each stands on. Two versions of a record with
 * the same shape link alike; only the pages showing their prose differ. Everything not named as
 * prose here is kept, origins and line numbers included, so that a mistake can only make the
 * preview relink when it need not (PreviewEditsProperties compares with previews from scratch).
 */
public final class Shape {
    private Shape() {
    }

    /** A mention of a diarienummer in a text: which, and on which line counted from the text's first. */
    private record Mention(String dnr, int line) {
    }

    private record Of(Object withoutProse, List<Mention> mentions) {
    }

    /**
     * The shape of a record, or empty for a kind of record whose every change may alter the whole
     * site (the site's settings, moves, the glossary): those are always relinked.
     */
    public static Optional<Object> of(Object record) {
        List<Mention> mentions = new ArrayList<>();
        Object withoutProse = null;
        if (record instanceof Audit a) {
            withoutProse = new Audit(a.dnr(), null, a.date(), a.auditOffice(), a.performedBy(), a.auditPlanYear(), a.districts(),
                    a.audited(), a.questions(), a.questionTally(), a.questionTopics(), a.overallAssessment(), a.deadline(),
                    a.extensions(), a.recommendations().stream().map(r -> new Recommendation(r.number(), null, r.addressedTo(), r.origin())).toList(),
                    a.documents(), mentioned(a.body(), mentions), a.origin());
        } else if (record instanceof Statement s) {
            withoutProse = new Statement(s.auditDnr(), s.by(), null, s.date(), s.caseDnr(), s.attachmentLabel(), s.officer(),
                    s.addressedTo(), s.contacts(), s.theirReference(), mentioned(s.intro(), mentions),
                    s.answers().stream().map(a -> new Answer(a.recommendation(), a.position(), a.implementation(), a.refersTo(),
                            mentioned(a.text(), mentions), a.origin())).toList(),
                    s.signatories(), s.origin());
        } else if (record instanceof CaseFile c) {
            withoutProse = new CaseFile(c.dnr(), null, c.date(), c.office(), c.officer(), c.addressedTo(), c.auditDnr(),
                    mentioned(c.proposedDecision(), mentions), c.proposedDecisionLine(), c.decisionBasis(), c.signedFor(),
                    c.signatories(), mentioned(c.body(), mentions), c.origin());
        } else if (record instanceof FollowUp f) {
            withoutProse = new FollowUp(f.id(), null, f.date(), f.by(), f.source(), f.documents(), f.districts(),
                    f.entries().stream().map(e -> new FollowUpEntry(e.auditDnr(), e.recommendation(), e.organisation(), e.position(),
                            e.implementation(), null, e.origin())).toList(),
                    mentioned(f.body(), mentions), f.origin());
        } else if (record instanceof District d) {
            withoutProse = new District(d.id(), d.name(), d.description(), d.neighbours(), mentioned(d.body(), mentions), d.origin());
        } else if (record instanceof Organisation o) {
            withoutProse = new Organisation(o.id(), o.name(), o.kind(), o.description(), mentioned(o.body(), mentions), o.origin());
        } else if (record instanceof GoverningDocument d) {
            // Documents are listed by title, so their title is not prose here.
            withoutProse = new GoverningDocument(d.id(), d.title(), d.kind(), d.issuedBy(), d.districts(),
                    mentioned(d.body(), mentions), d.origin());
        }
        return withoutProse == null ? Optional.empty() : Optional.of(new Of(withoutProse, List.copyOf(mentions)));
    }

    /**
     * Adds the text's diarienummer to the mentions, each with its line, ended by a mark, so that the
     * same mentions in another text of the record do not count as these; returns the text's stand-in:
     * whether there was one.
     */
    private static String mentioned(String text, List<Mention> mentions) {
        if (text == null) {
            return null;
        }
        Diarienummer.Finder found = Diarienummer.in(text);
        while (found.find()) {
            mentions.add(new Mention(found.group(), ReferenceIndex.lineOf(0, text, found.start())));
        }
        mentions.add(new Mention(null, -1));
        return text.isEmpty() ? "" : "…";
    }
}
