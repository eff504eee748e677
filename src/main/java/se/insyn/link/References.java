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

/** Checks that each identifier a record names exists, suggesting the likely intended one when it does not. */
final class References {
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
        known(district.neighbours(), districts, "stadsdel", district.origin());
    }

    void check(GoverningDocument document) {
        known(document.districts(), districts, "stadsdel", document.origin());
    }

    void check(Audit audit) {
        known(audit.districts(), districts, "stadsdel", audit.origin());
        known(audit.audited(), organisations, "organisation", audit.origin());
        known(nonNull(audit.auditOffice()), organisations, "organisation", audit.origin());
        known(audit.documents(), documents, "styrdokument", audit.origin());
        for (Extension extension : audit.extensions()) {
            known(List.of(extension.organisation()), organisations, "organisation", extension.origin());
        }
        for (Recommendation recommendation : audit.recommendations()) {
            known(recommendation.addressedTo(), organisations, "organisation", recommendation.origin());
        }
    }

    void check(Statement statement) {
        known(List.of(statement.by()), organisations, "organisation", statement.origin());
        Audit audit = audit(statement.auditDnr(), statement.origin());
        for (Answer answer : statement.answers()) {
            known(answer.refersTo(), organisations, "organisation", answer.origin());
            if (audit != null) {
                recommendation(audit, answer.recommendation(), answer.origin());
            }
        }
        if (statement.caseDnr() != null && !caseFiles.contains(statement.caseDnr())) {
            problems.warning(statement.origin().file(), statement.origin().line(), "ärendet " + statement.caseDnr()
                    + " finns inte på webbplatsen och visas som ej publicerat", "lägg till tjänsteskrivelsen om den ska publiceras");
        }
    }

    void check(CaseFile caseFile, Map<Path, Object> byFile) {
        known(nonNull(caseFile.office(), caseFile.addressedTo(), caseFile.signedFor()), organisations, "organisation", caseFile.origin());
        if (caseFile.auditDnr() != null) {
            audit(caseFile.auditDnr(), caseFile.origin());
        }
        for (DecisionBasis basis : caseFile.decisionBasis()) {
            if (basis.attachment() != null && !byFile.containsKey(basis.attachment())) {
                problems.error(basis.origin().file(), basis.origin().line(), "bilagan '" + basis.attachment().getFileName()
                        + "' finns inte i ärendets mapp (eller är ingen post)", "lägg filen i " + caseFile.origin().file().getParent()
                        + " eller rätta filnamnet");
            }
        }
    }

    void check(FollowUp followUp) {
        known(List.of(followUp.by()), organisations, "organisation", followUp.origin());
        known(followUp.documents(), documents, "styrdokument", followUp.origin());
        known(followUp.districts(), districts, "stadsdel", followUp.origin());
        for (FollowUpEntry entry : followUp.entries()) {
            known(List.of(entry.organisation()), organisations, "organisation", entry.origin());
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
            problems.error(origin.file(), origin.line(), "granskningen " + dnr + " finns inte i innehållet",
                    Suggestions.closest(dnr, audits.keySet()).map(c -> "menade du '" + c + "'?")
                            .orElse("lägg till granskningen (type: audit) eller rätta diarienumret"));
        }
        return audit;
    }

    private void recommendation(Audit audit, int number, Origin origin) {
        if (audit.recommendation(number).isEmpty()) {
            problems.error(origin.file(), origin.line(), "granskningen " + audit.dnr() + " har ingen rekommendation " + number,
                    "granskningen har rekommendationerna " + audit.recommendations().stream()
                            .map(r -> String.valueOf(r.number())).toList() + "; rätta numret");
        }
    }

    private void known(Collection<String> ids, Set<String> existing, String what, Origin origin) {
        for (String id : ids) {
            if (id != null && !existing.contains(id) && unpublished.contains(id)) {
                unpublished(id, origin);
            } else if (id != null && !existing.contains(id)) {
                problems.error(origin.file(), origin.line(), "okänd " + what + " '" + id + "'",
                        Suggestions.closest(id, existing).map(c -> "menade du '" + c + "'?")
                                .orElse("lägg till den i content/ eller rätta identifieraren"));
            }
        }
    }

    private void unpublished(String id, Origin origin) {
        problems.error(origin.file(), origin.line(), "'" + id + "' är ett utkast eller har ett publiceringsdatum som inte har kommit",
                "en publicerad post kan inte bygga på en opublicerad: publicera den först eller markera även den här posten som utkast");
    }

    private static List<String> nonNull(String... ids) {
        return java.util.Arrays.stream(ids).filter(java.util.Objects::nonNull).toList();
    }
}
