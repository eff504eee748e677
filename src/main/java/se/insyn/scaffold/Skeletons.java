package se.insyn.scaffold;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import se.insyn.address.Addresses;
import se.insyn.link.Graph;
import se.insyn.model.Audit;
import se.insyn.model.Recommendation;
import se.insyn.problem.Text;

/**
 * The skeleton of each record type. Every skeleton is a draft ({@code draft: true}): it shows in the
 * preview at once but is not published until the communicator removes that line. Values to fill in
 * are marked FYLL I so that they are easy to find.
 */
public final class Skeletons {
    static final String FILL_IN = "FYLL I";

    private Skeletons() {
    }

    public static Skeleton audit(String dnr, LocalDate today) {
        return new Skeleton(Path.of("granskningar", Addresses.slug(dnr) + ".md"), """
                ---
                type: audit
                draft: true
                dnr: %s
                title: "Granskning av %s"
                date: %s
                audit_office: kommunrevisionen
                performed_by: "%s"
                audit_plan_year: %d
                districts: []
                audited: [kommunstyrelsen]
                questions:
                  - text: "%s"
                    assessment: uppfylld
                overall_assessment: "%s"
                deadline: %s
                recommendations:
                  - number: 1
                    text: "%s"
                ---
                Bakgrund och sammanfattning av granskningen (%s).
                """.formatted(dnr, FILL_IN, today, FILL_IN, today.getYear(), FILL_IN, FILL_IN, today.plusMonths(2), FILL_IN, FILL_IN));
    }

    /**
     * A statement with one section per recommendation addressed to the organisation, each quoting it.
     * The statement is published in Swedish; only the notes to its writer (HTML comments) are in {@code locale}.
     */
    public static Skeleton statement(Graph graph, String auditDnr, String organisation, LocalDate today, Locale locale) {
        Audit audit = graph.audits().get(auditDnr);
        List<Recommendation> addressed = audit.recommendations().stream()
                .filter(r -> r.addressedTo().contains(organisation)).toList();
        boolean addressingStated = audit.recommendations().stream().anyMatch(r -> !r.addressedTo().isEmpty());
        List<Recommendation> sections = addressingStated ? addressed : audit.recommendations();
        StringBuilder text = new StringBuilder("""
                ---
                type: statement
                draft: true
                audit: %s
                by: %s
                title: "Yttrande över %s"
                date: %s
                signatories:
                  - name: "%s"
                    title: Ordförande
                ---
                """.formatted(auditDnr, organisation, lowerFirst(audit.title()), today, FILL_IN));
        if (!addressingStated) {
            text.append("<!-- ").append(Text.of("scaffold.allRecommendations").in(locale)).append(" -->\n\n");
        }
        for (Recommendation recommendation : sections) {
            text.append("## Rekommendation ").append(recommendation.number()).append("\n\n")
                    .append("<!-- ").append(Text.of("scaffold.recommendation", recommendation.text().replace("--", "–")).in(locale))
                    .append(" -->\n\n")
                    .append(FILL_IN).append(": svaret på rekommendation ").append(recommendation.number()).append(".\n\n");
        }
        String slug = Addresses.slug(auditDnr) + "-" + organisation;
        return new Skeleton(Path.of("yttranden", slug + ".md"), text.toString());
    }

    public static Skeleton followUp(String id, String auditDnr, LocalDate today) {
        return new Skeleton(Path.of("uppfoljningar", id + ".md"), """
                ---
                type: follow-up
                draft: true
                id: %s
                title: "Uppföljning av %s"
                date: %s
                by: kommunstyrelsen
                source: "%s"
                entries:
                  - audit: %s
                    recommendation: 1
                    organisation: kommunstyrelsen
                    implementation: pågående
                    text: "%s"
                ---
                """.formatted(id, auditDnr, today, FILL_IN, auditDnr, FILL_IN));
    }

    public static Skeleton caseFile(String dnr, String auditDnr, LocalDate today) {
        return new Skeleton(Path.of("arenden", Addresses.slug(dnr), "index.md"), """
                ---
                type: case
                draft: true
                dnr: %s
                title: "Yttrande över %s"
                date: %s
                office: kommunledningskontoret
                officer: "%s"
                addressed_to: kommunstyrelsen
                %sproposed_decision: |
                  Kommunstyrelsen beslutar

                  1. **att** %s
                decision_basis:
                  - title: Tjänsteskrivelse daterad %s
                signed_for: kommunledningskontoret
                signatories:
                  - name: "%s"
                    title: Stadsdirektör
                ---
                ## Ärendet

                %s

                ## Beredning

                %s

                ## Föredragning

                %s

                ## Ekonomiska konsekvenser

                %s
                """.formatted(dnr, FILL_IN, today, FILL_IN, auditDnr == null ? "" : "audit: " + auditDnr + "\n", FILL_IN, today,
                FILL_IN, FILL_IN, FILL_IN, FILL_IN, FILL_IN));
    }

    public static Skeleton district(String id, String name) {
        return new Skeleton(Path.of("stadsdelar", id + ".md"), """
                ---
                type: district
                draft: true
                id: %s
                name: "%s"
                description: "%s"
                neighbours: []
                ---
                """.formatted(id, name == null ? FILL_IN : name, FILL_IN));
    }

    public static Skeleton organisation(String id, String name, String kind) {
        return new Skeleton(Path.of("organisationer", id + ".md"), """
                ---
                type: organisation
                draft: true
                id: %s
                name: "%s"
                kind: %s
                description: "%s"
                ---
                """.formatted(id, name == null ? FILL_IN : name, kind, FILL_IN));
    }

    private static String lowerFirst(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toLowerCase(Locale.forLanguageTag("sv")) + text.substring(1);
    }
}
