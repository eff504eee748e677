package se.insyn.link;

import java.nio.file.Path;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.insyn.model.Answer;
import se.insyn.model.Audit;
import se.insyn.model.CaseFile;
import se.insyn.model.Content;
import se.insyn.model.DecisionBasis;
import se.insyn.model.Diarienummer;
import se.insyn.model.FollowUp;
import se.insyn.model.FollowUpEntry;
import se.insyn.model.Origin;
import se.insyn.model.Statement;
import se.insyn.problem.Problems;
import se.insyn.problem.Text;

/**
 * Answers "what links here?" for every record, in one pass: the references records declare in
 * their fields, and every diarienummer written in a Markdown body. A diarienummer in a text that the
 * site does not have is reported as a warning, with the line it stands on.
 */
final class ReferenceIndex {
    private final Content content;
    private final Map<String, Object> byDnr;
    private final Map<Path, Object> byFile;
    private final Map<Object, Set<Object>> referencedBy = new IdentityHashMap<>();

    ReferenceIndex(Content content, Map<String, Object> byDnr, Map<Path, Object> byFile) {
        this.content = content;
        this.byDnr = byDnr;
        this.byFile = byFile;
    }

    Map<Object, List<Object>> build(Problems problems) {
        for (Audit audit : content.audits()) {
            audit.documents().forEach(id -> add(audit, document(id)));
            body(audit, audit.body(), audit.origin(), problems);
        }
        for (Statement statement : content.statements()) {
            add(statement, byDnr.get(statement.auditDnr()));
            if (statement.caseDnr() != null) {
                add(statement, byDnr.get(statement.caseDnr()));
            }
            body(statement, statement.intro(), statement.origin(), problems);
            for (Answer answer : statement.answers()) {
                // The answer's text starts after its heading and the blank line under it.
                mentions(statement, answer.text(), answer.origin().file(), answer.origin().line() + 2, problems);
            }
        }
        for (CaseFile caseFile : content.caseFiles()) {
            if (caseFile.auditDnr() != null) {
                add(caseFile, byDnr.get(caseFile.auditDnr()));
            }
            for (DecisionBasis basis : caseFile.decisionBasis()) {
                add(caseFile, basis.dnr() != null ? byDnr.get(basis.dnr()) : byFile.get(basis.attachment()));
            }
            mentions(caseFile, caseFile.proposedDecision(), caseFile.origin().file(), caseFile.proposedDecisionLine(), problems);
            body(caseFile, caseFile.body(), caseFile.origin(), problems);
        }
        for (FollowUp followUp : content.followUps()) {
            followUp.documents().forEach(id -> add(followUp, document(id)));
            for (FollowUpEntry entry : followUp.entries()) {
                add(followUp, byDnr.get(entry.auditDnr()));
            }
            body(followUp, followUp.body(), followUp.origin(), problems);
        }
        content.districts().forEach(d -> body(d, d.body(), d.origin(), problems));
        content.organisations().forEach(o -> body(o, o.body(), o.origin(), problems));
        content.documents().forEach(d -> body(d, d.body(), d.origin(), problems));
        Map<Object, List<Object>> frozen = new IdentityHashMap<>();
        referencedBy.forEach((target, sources) -> frozen.put(target, List.copyOf(sources)));
        return Collections.unmodifiableMap(frozen);
    }

    private Object document(String id) {
        return content.documents().stream().filter(d -> d.id().equals(id)).findFirst().orElse(null);
    }

    private void add(Object source, Object target) {
        if (target != null && target != source) {
            referencedBy.computeIfAbsent(target, t -> new LinkedHashSet<>()).add(source);
        }
    }

    private void body(Object source, String text, Origin origin, Problems problems) {
        mentions(source, text, origin.file(), content.bodyLine(origin.file()), problems);
    }

    private void mentions(Object source, String text, Path file, int firstLine, Problems problems) {
        if (text == null || text.isEmpty()) {
            return;
        }
        Diarienummer.Finder found = Diarienummer.in(text);
        while (found.find()) {
            Object target = byDnr.get(found.group());
            if (target != null) {
                add(source, target);
            } else {
                problems.warning(file, lineOf(firstLine, text, found.start()), Text.of("link.unknownDnrInText", found.group()),
                        Text.of("link.unknownDnrInText.fix"));
            }
        }
    }

    /** The line of a position in a text that starts on {@code firstLine} of its file. */
    static int lineOf(int firstLine, String text, int position) {
        int line = firstLine;
        for (int i = 0; i < position; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
