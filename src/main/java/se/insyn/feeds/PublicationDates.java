package se.insyn.feeds;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Objects;
import java.util.stream.Stream;
import se.insyn.link.Graph;
import se.insyn.model.Audit;
import se.insyn.model.CaseFile;
import se.insyn.model.Statement;

/**
 * The date a record became public, for feeds. Where a document carries no date of its own, the
 * earliest dated document that presents it stands in (a statement attached to a dated case file).
 */
final class PublicationDates {
    private final Graph graph;

    PublicationDates(Graph graph) {
        this.graph = graph;
    }

    LocalDate of(Statement statement) {
        if (statement.date() != null) {
            return statement.date();
        }
        CaseFile caseFile = statement.caseDnr() == null ? null : graph.caseFiles().get(statement.caseDnr());
        if (caseFile != null) {
            return caseFile.date();
        }
        Audit audit = graph.audits().get(statement.auditDnr());
        return audit == null ? null : of(audit);
    }

    LocalDate of(Audit audit) {
        if (audit.date() != null) {
            return audit.date();
        }
        return Stream.concat(
                        Graph.of(graph.caseFilesByAudit(), audit.dnr()).stream().map(CaseFile::date),
                        Graph.of(graph.statementsByAudit(), audit.dnr()).stream().map(Statement::date))
                .filter(Objects::nonNull)
                .min(Comparator.naturalOrder())
                .orElse(audit.deadline());
    }
}
