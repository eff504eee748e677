package se.insyn.check;

import java.time.LocalDate;
import se.insyn.link.Graph;
import se.insyn.model.Audit;
import se.insyn.model.Extension;
import se.insyn.model.Organisation;
import se.insyn.model.Recommendation;
import se.insyn.problem.Problems;
import se.insyn.problem.Text;

/**
 * Warns, without stopping the build (unless {@code --strict}), about an answer deadline that passed
 * without a published statement, and about a recommendation that no published statement answers.
 */
public final class ContentWarnings {
    private final Graph graph;
    private final LocalDate today;

    public ContentWarnings(Graph graph, LocalDate today) {
        this.graph = graph;
        this.today = today;
    }

    public void report(Problems problems) {
        for (Audit audit : graph.content().audits()) {
            for (String organisation : audit.audited()) {
                LocalDate deadline = deadlineFor(audit, organisation);
                if (deadline != null && deadline.isBefore(today) && graph.statement(audit.dnr(), organisation).isEmpty()) {
                    problems.warning(audit.origin().file(), audit.origin().line(), Text.of("check.noStatement", name(organisation), deadline),
                            Text.of("check.noStatement.fix"));
                }
            }
            for (Recommendation recommendation : audit.recommendations()) {
                if (graph.answersTo(audit.dnr(), recommendation.number()).isEmpty()) {
                    problems.warning(recommendation.origin().file(), recommendation.origin().line(),
                            Text.of("check.unanswered", recommendation.number(), audit.dnr()),
                            Text.of("check.unanswered.fix", recommendation.number()));
                }
            }
        }
    }

    private static LocalDate deadlineFor(Audit audit, String organisation) {
        return audit.extensions().stream().filter(e -> e.organisation().equals(organisation)).map(Extension::until)
                .findFirst().orElse(audit.deadline());
    }

    private String name(String organisation) {
        Organisation found = graph.organisations().get(organisation);
        return found == null ? organisation : found.name();
    }
}
