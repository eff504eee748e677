package se.insyn.link;

import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.insyn.model.Answer;
import se.insyn.model.Audit;
import se.insyn.model.CaseFile;
import se.insyn.model.DecisionBasis;
import se.insyn.model.District;
import se.insyn.model.Extension;
import se.insyn.model.FollowUp;
import se.insyn.model.FollowUpEntry;
import se.insyn.model.GoverningDocument;
import se.insyn.model.Origin;
import se.insyn.model.Recommendation;
import se.insyn.model.Statement;
import se.insyn.problem.Problems;
import se.insyn.problem.Suggestions;
import se.insyn.problem.Text;

/** Checks that each identifier a record names exists, suggesting the likely intended one when it does not. */
final class References {
    private static final Text DISTRICT = Text.of("link.kind.district");
    private static final Text ORGANISATION = Text.of("link.kind.organisation");
    private static final Text DOCUMENT = Text.of("link.kind.document");

    private final Problems problems;
    private final Set<String> districts;
    private final Set<String> organisations;
    private final Set<String> documents;
    private final Map<String, Audit> audits;
    private final Set<String> caseFiles;
    private final Set<String> unpublished;

    References(Problems problems, Set<String> districts, Set<String> organisations, Set<String> documents,
               Map<String, Audit> audits, Set<String> caseFiles, Set<String> unpublished) {
        this.unpublished = unpublished;
        this.problems = problems;
        this.districts = districts;
        this.organisations = organisations;
        this.documents = documents;
        this.audits = audits;
        this.caseFiles = caseFiles;
    }

    void check(District district) {
        known(district.neighbours(), districts, DISTRICT, district.origin());
    }

    void check(GoverningDocument document) {
        known(document.districts(), districts, DISTRICT, document.origin());
    }

    void check(Audit audit) {
        known(audit.districts(), districts, DISTRICT, audit.origin());
        known(audit.audited(), organisations, ORGANISATION, audit.origin());
        known(nonNull(audit.auditOffice()), organisations, ORGANISATION, audit.origin());
        known(audit.documents(), documents, DOCUMENT, audit.origin());
        for (Extension extension : audit.extensions()) {
            known(List.of(extension.organisation()), organisations, ORGANISATION, extension.origin());
        }
        for (Recommendation recommendation : audit.recommendations()) {
            known(recommendation.addressedTo(), organisations, ORGANISATION, recommendation.origin());
        }
    }

    void check(Statement statement) {
        known(List.of(statement.by()), organisations, ORGANISATION, statement.origin());
        Audit audit = audit(statement.auditDnr(), statement.origin());
        for (Answer answer : statement.answers()) {
            known(answer.refersTo(), organisations, ORGANISATION, answer.origin());
            if (audit != null) {
                recommendation(audit, answer.recommendation(), answer.origin());
            }
        }
        if (statement.caseDnr() != null && !caseFiles.contains(statement.caseDnr())) {
            problems.warning(statement.origin().file(), statement.origin().line(), Text.of("link.caseNotPublished", statement.caseDnr()),
                    Text.of("link.caseNotPublished.fix"));
        }
    }

    void check(CaseFile caseFile, Map<Path, Object> byFile) {
        known(nonNull(caseFile.office(), caseFile.addressedTo(), caseFile.signedFor()), organisations, ORGANISATION, caseFile.origin());
        if (caseFile.auditDnr() != null) {
            audit(caseFile.auditDnr(), caseFile.origin());
        }
        for (DecisionBasis basis : caseFile.decisionBasis()) {
            if (basis.attachment() != null && !byFile.containsKey(basis.attachment())) {
                problems.error(basis.origin().file(), basis.origin().line(), Text.of("link.missingAttachment", basis.attachment().getFileName()),
                        Text.of("link.missingAttachment.fix", caseFile.origin().file().getParent()));
            }
        }
    }

    void check(FollowUp followUp) {
        known(List.of(followUp.by()), organisations, ORGANISATION, followUp.origin());
        known(followUp.documents(), documents, DOCUMENT, followUp.origin());
        known(followUp.districts(), districts, DISTRICT, followUp.origin());
        for (FollowUpEntry entry : followUp.entries()) {
            known(List.of(entry.organisation()), organisations, ORGANISATION, entry.origin());
            Audit audit = audit(entry.auditDnr(), entry.origin());
            if (audit != null) {
                recommendation(audit, entry.recommendation(), entry.origin());
            }
        }
    }

    private Audit audit(String dnr, Origin origin) {
        if (dnr == null) {
            return null;
        }
        Audit audit = audits.get(dnr);
        if (audit == null && unpublished.contains(dnr)) {
            unpublished(dnr, origin);
        } else if (audit == null) {
            problems.error(origin.file(), origin.line(), Text.of("link.unknownAudit", dnr),
                    Suggestions.suggest(dnr, audits.keySet(), Text.of("link.unknownAudit.fix")));
        }
        return audit;
    }

    private void recommendation(Audit audit, int number, Origin origin) {
        if (audit.recommendation(number).isEmpty()) {
            problems.error(origin.file(), origin.line(), Text.of("link.noSuchRecommendation", audit.dnr(), number),
                    Text.of("link.noSuchRecommendation.fix", audit.recommendations().stream().map(r -> String.valueOf(r.number())).toList()));
        }
    }

    private void known(Collection<String> ids, Set<String> existing, Text what, Origin origin) {
        for (String id : ids) {
            if (id != null && !existing.contains(id) && unpublished.contains(id)) {
                unpublished(id, origin);
            } else if (id != null && !existing.contains(id)) {
                problems.error(origin.file(), origin.line(), Text.of("link.unknown", what, id),
                        Suggestions.suggest(id, existing, Text.of("link.unknown.fix")));
            }
        }
    }

    private void unpublished(String id, Origin origin) {
        problems.error(origin.file(), origin.line(), Text.of("link.unpublished", id), Text.of("link.unpublished.fix"));
    }

    private static List<String> nonNull(String... ids) {
        return java.util.Arrays.stream(ids).filter(java.util.Objects::nonNull).toList();
    }
}
