package se.insyn.hostile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The smallest content folder that uses every record type and every kind of field: one site, a
 * district, three organisations, a governing document, an audit with questions, extensions and two
 * recommendations, a case folder with its statement, a follow-up, a move and a withdrawal. It builds.
 */
final class MinimalContent {
    static final Map<String, String> FILES = new LinkedHashMap<>();

    static {
        FILES.put("site.md", """
                ---
                type: site
                title: Fuzz
                tagline: Minsta möjliga innehåll
                base_url: https://fuzz.example/
                language: sv
                municipality: Fuzz kommun
                ---
                Välkommen till **Fuzz**.
                """);
        FILES.put("stadsdelar/centrum.md", """
                ---
                type: district
                id: centrum
                name: Centrum
                description: Mitt i stan.
                ---
                Text om *centrum*.
                """);
        FILES.put("organisationer/revisionen.md", """
                ---
                type: organisation
                id: revisionen
                name: Revisionen
                kind: revision
                ---
                """);
        FILES.put("organisationer/styrelsen.md", """
                ---
                type: organisation
                id: styrelsen
                name: Styrelsen
                kind: nämnd
                description: Styr.
                ---
                """);
        FILES.put("organisationer/kontoret.md", """
                ---
                type: organisation
                id: kontoret
                name: Kontoret
                kind: förvaltning
                ---
                """);
        FILES.put("styrdokument/plan.md", """
                ---
                type: document
                id: plan
                title: Plan för centrum
                kind: handlingsplan
                issued_by: Fullmäktige
                districts: [centrum]
                ---
                Planen.
                """);
        FILES.put("granskningar/rev-2024-1.md", """
                ---
                type: audit
                dnr: REV-2024-1
                title: Granskning av centrum
                date: 2024-01-15
                audit_office: revisionen
                performed_by: Revisorerna
                audit_plan_year: 2024
                districts: [centrum]
                audited: [styrelsen]
                questions:
                  - text: Finns en plan?
                    assessment: uppfylld
                  - text: Följs planen upp?
                    assessment: delvis uppfylld
                question_topics: Plan och uppföljning.
                overall_assessment: >-
                  Delvis ändamålsenligt.
                deadline: 2024-03-01
                extensions:
                  - organisation: styrelsen
                    until: 2024-03-15
                recommendations:
                  - number: 1
                    text: Gör en plan.
                    addressed_to: [styrelsen]
                  - number: 2
                    text: Följ upp planen.
                documents: [plan]
                ---
                Om granskningen.
                """);
        FILES.put("arenden/ks-2024-2/index.md", """
                ---
                type: case
                dnr: KS-2024-2
                title: Yttrande över granskningen
                date: 2024-02-20
                office: kontoret
                officer: Handläggaren
                addressed_to: styrelsen
                audit: REV-2024-1
                proposed_decision: |
                  Styrelsen beslutar

                  1. **att** avge yttrande enligt bilaga 1.
                decision_basis:
                  - title: Tjänsteskrivelse
                  - title: Bilaga 1, yttrande
                    attachment: yttrande.md
                  - title: Granskningsrapporten
                    dnr: REV-2024-1
                signed_for: kontoret
                signatories:
                  - name: Chefen
                    title: Direktör
                ---
                ## Ärendet

                Revisionen har granskat.
                """);
        FILES.put("arenden/ks-2024-2/yttrande.md", """
                ---
                type: statement
                audit: REV-2024-1
                by: styrelsen
                title: Yttrande om centrum
                date: 2024-03-10
                case: KS-2024-2
                attachment_label: Bilaga 1
                officer: Handläggaren
                addressed_to: Revisionen
                contacts: [revisionen@fuzz.example]
                their_reference: REV-2024-1
                answers:
                  - recommendation: 1
                    position: instämmer
                    implementation: pågående
                signatories:
                  - name: Ordföranden
                    title: Ordförande
                ---
                Styrelsen svarar.

                ## Rekommendation 1

                En plan görs.

                ## Rekommendation 2

                Planen följs upp.
                """);
        FILES.put("uppfoljningar/2024-05-01-uppfoljning.md", """
                ---
                type: follow-up
                id: 2024-05-01-uppfoljning
                title: Uppföljning av planen
                date: 2024-05-01
                by: styrelsen
                source: Styrelsens beslut
                documents: [plan]
                districts: [centrum]
                entries:
                  - audit: REV-2024-1
                    recommendation: 2
                    organisation: styrelsen
                    implementation: genomförd
                    text: Klart.
                ---
                Uppföljningen.
                """);
        FILES.put("adresser/flytt.md", """
                ---
                type: moved
                from: /gammal/
                to: /granskningar/rev-2024-1/
                date: 2024-01-20
                reason: Rättat
                ---
                """);
        FILES.put("adresser/borta.md", """
                ---
                type: withdrawn
                address: /borta/
                title: Borttagen
                date: 2024-01-21
                reason: Fel
                ---
                """);
    }

    private MinimalContent() {
    }

    /** Writes the minimal content into {@code folder}. */
    static void write(Path folder) {
        try {
            for (Map.Entry<String, String> file : FILES.entrySet()) {
                Path target = folder.resolve(file.getKey());
                Files.createDirectories(target.getParent());
                Files.writeString(target, file.getValue(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A record of the minimal content with its identifiers changed, so that a copy of it does not
     * clash with the original and can get past the checks of references into rendering.
     */
    static String renamed(String text) {
        return text.replace("id: centrum", "id: fuzz-centrum").replace("id: revisionen", "id: fuzz-revisionen")
                .replace("id: styrelsen", "id: fuzz-styrelsen").replace("id: kontoret", "id: fuzz-kontoret")
                .replace("id: plan", "id: fuzz-plan").replace("dnr: REV-2024-1", "dnr: FUZZ-2024-9")
                .replace("dnr: KS-2024-2", "dnr: FUZZ-2024-8").replace("id: 2024-05-01-uppfoljning", "id: fuzz-uppfoljning")
                .replace("by: styrelsen\ntitle: Yttrande", "by: kontoret\ntitle: Yttrande")
                .replace("from: /gammal/", "from: /fuzz-gammal/").replace("address: /borta/", "address: /fuzz-borta/")
                .replace("type: site", "type: district\nid: fuzz-site");
    }
}
