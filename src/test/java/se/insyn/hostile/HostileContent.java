package se.insyn.hostile;

import static se.insyn.hostile.Vectors.yaml;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import se.insyn.TestSites;

/**
 * Writes hostile strings into a copy of the real content: every string gets its own district and
 * organisation (name, description, body), and one extra audit with its statement, case file,
 * follow-up, governing document, withdrawal and move carries every string in every text field,
 * list and Markdown body. The result is valid content: it must build, and nothing hostile may
 * survive into the site.
 */
final class HostileContent {
    static final String AUDIT_DNR = "XSS-2024-1";
    static final String CASE_DNR = "XSS-2024-2";
    static final String BASE_URL = "https://insyn.example.se/";

    private HostileContent() {
    }

    static String district(int i) {
        return "xss-" + i;
    }

    static String organisation(int i) {
        return "xss-org-" + i;
    }

    static String districtName(int i, String vector) {
        return "XSS " + i + ": " + vector;
    }

    static String organisationName(int i, String vector) {
        return "Org " + i + ": " + vector;
    }

    static String recommendationText(int i, String vector) {
        return "R" + (i + 1) + ": " + vector;
    }

    /** Text before the vector in every per-vector body, so a test can see that the body was published. */
    static String bodyMarker(int i) {
        return "Före-" + i;
    }

    /** Writes everything into {@code content}, a copy of the real content. */
    static void write(Path content, List<String> vectors) {
        int n = vectors.size();
        String all = String.join(" ", vectors);
        String paragraphs = String.join("\n\n", vectors);
        for (int i = 0; i < n; i++) {
            String v = vectors.get(i);
            TestSites.write(content.resolve("stadsdelar/" + district(i) + ".md"), "---\ntype: district\nid: " + district(i)
                    + "\nname: " + yaml(districtName(i, v)) + "\ndescription: " + yaml(v) + "\n---\n" + body(i, v));
            TestSites.write(content.resolve("organisationer/" + organisation(i) + ".md"), "---\ntype: organisation\nid: "
                    + organisation(i) + "\nname: " + yaml(organisationName(i, v)) + "\nkind: nämnd\ndescription: " + yaml(v)
                    + "\n---\n" + body(i, v));
        }
        // A few districts only: a district page lists every recommendation of its audits per organisation.
        String districts = list(Math.min(3, n), HostileContent::district);
        String organisations = list(n, HostileContent::organisation);

        StringBuilder audit = new StringBuilder("---\ntype: audit\ndnr: " + AUDIT_DNR + "\n")
                .append("title: ").append(yaml("Granskning " + all)).append('\n')
                .append("date: 2024-02-01\naudit_office: kommunrevisionen\n")
                .append("performed_by: ").append(yaml(all)).append('\n')
                .append("audit_plan_year: 2024\n")
                .append("districts: ").append(districts).append('\n')
                .append("audited: [kommunstyrelsen, ").append(organisations.substring(1)).append('\n')
                .append("questions:\n");
        for (String v : vectors) {
            audit.append("  - text: ").append(yaml(v)).append("\n    assessment: delvis uppfylld\n");
        }
        audit.append("question_topics: ").append(yaml(all)).append('\n')
                .append("overall_assessment: ").append(yaml(all)).append('\n')
                .append("deadline: 2024-04-30\nextensions:\n");
        for (int i = 0; i < n; i++) {
            audit.append("  - organisation: ").append(organisation(i)).append("\n    until: 2024-05-").append(String.format("%02d", 1 + i % 28)).append('\n');
        }
        audit.append("recommendations:\n");
        for (int i = 0; i < n; i++) {
            audit.append("  - number: ").append(i + 1).append("\n    text: ").append(yaml(recommendationText(i, vectors.get(i))))
                    .append("\n    addressed_to: [kommunstyrelsen, ").append(organisation(i)).append("]\n");
        }
        audit.append("documents: [xss-dokument]\n---\n").append(paragraphs).append('\n');
        TestSites.write(content.resolve("granskningar/xss-2024-1.md"), audit.toString());

        StringBuilder statement = new StringBuilder("---\ntype: statement\naudit: " + AUDIT_DNR + "\nby: kommunstyrelsen\n")
                .append("title: ").append(yaml("Yttrande " + all)).append('\n')
                .append("date: 2024-04-02\ncase: ").append(CASE_DNR).append('\n')
                .append("attachment_label: ").append(yaml(all)).append('\n')
                .append("officer: ").append(yaml(all)).append('\n')
                .append("addressed_to: ").append(yaml(all)).append('\n')
                .append("contacts: [").append(vectors.stream().map(Vectors::yaml).collect(Collectors.joining(", "))).append("]\n")
                .append("their_reference: ").append(AUDIT_DNR).append('\n')
                .append("answers:\n");
        for (int i = 0; i < n; i++) {
            statement.append("  - recommendation: ").append(i + 1).append('\n');
            if (i % 2 == 0) {
                statement.append("    position: hänvisar\n    refers_to: [").append(organisation(i)).append("]\n");
            } else {
                statement.append("    position: delvis instämmer\n");
            }
            statement.append("    implementation: pågående\n");
        }
        statement.append("signatories:\n");
        for (String v : vectors) {
            statement.append("  - name: ").append(yaml(v)).append("\n    title: ").append(yaml(v)).append('\n');
        }
        statement.append("---\n").append(paragraphs).append("\n\n");
        for (int i = 0; i < n; i++) {
            statement.append("## Rekommendation ").append(i + 1).append("\n\n").append(body(i, vectors.get(i))).append('\n');
        }
        TestSites.write(content.resolve("arenden/xss-2024-2/yttrande.md"), statement.toString());

        StringBuilder caseFile = new StringBuilder("---\ntype: case\ndnr: " + CASE_DNR + "\n")
                .append("title: ").append(yaml("Ärende " + all)).append('\n')
                .append("date: 2024-03-20\noffice: kommunledningskontoret\n")
                .append("officer: ").append(yaml(all)).append('\n')
                .append("addressed_to: kommunstyrelsen\naudit: ").append(AUDIT_DNR).append('\n')
                .append("proposed_decision: ").append(yaml(paragraphs)).append('\n')
                .append("decision_basis:\n  - title: ").append(yaml("Bilaga 1 " + all)).append("\n    attachment: yttrande.md\n")
                .append("  - title: ").append(yaml("Granskningen " + all)).append("\n    dnr: ").append(AUDIT_DNR).append('\n');
        for (String v : vectors) {
            caseFile.append("  - title: ").append(yaml(v)).append('\n');
        }
        caseFile.append("signed_for: kommunledningskontoret\nsignatories:\n");
        for (String v : vectors) {
            caseFile.append("  - name: ").append(yaml(v)).append("\n    title: ").append(yaml(v)).append('\n');
        }
        caseFile.append("---\n## Ärendet\n\n").append(paragraphs).append('\n');
        TestSites.write(content.resolve("arenden/xss-2024-2/index.md"), caseFile.toString());

        StringBuilder followUp = new StringBuilder("---\ntype: follow-up\nid: xss-uppfoljning\n")
                .append("title: ").append(yaml("Uppföljning " + all)).append('\n')
                .append("date: 2024-06-01\nby: kommunstyrelsen\n")
                .append("source: ").append(yaml(all)).append('\n')
                .append("documents: [xss-dokument]\ndistricts: ").append(districts).append('\n')
                .append("entries:\n");
        for (int i = 0; i < n; i++) {
            followUp.append("  - audit: ").append(AUDIT_DNR).append("\n    recommendation: ").append(i + 1)
                    .append("\n    organisation: ").append(organisation(i))
                    .append("\n    position: instämmer\n    implementation: genomförd\n    text: ").append(yaml(vectors.get(i))).append('\n');
        }
        followUp.append("---\n").append(paragraphs).append('\n');
        TestSites.write(content.resolve("uppfoljningar/xss-uppfoljning.md"), followUp.toString());

        TestSites.write(content.resolve("styrdokument/xss-dokument.md"), "---\ntype: document\nid: xss-dokument\ntitle: "
                + yaml("Dokument " + all) + "\nkind: " + yaml(all) + "\nissued_by: " + yaml(all) + "\ndistricts: " + districts
                + "\n---\n" + paragraphs + "\n");
        TestSites.write(content.resolve("adresser/xss-tillbakadragen.md"), "---\ntype: withdrawn\naddress: /granskningar/xss-2020-1/\n"
                + "title: " + yaml("Tillbakadragen " + all) + "\ndate: 2024-01-10\nreason: " + yaml(all) + "\n---\n");
        TestSites.write(content.resolve("adresser/xss-flyttad.md"), "---\ntype: moved\nfrom: /gammal-xss/\nto: /granskningar/xss-2024-1/\n"
                + "date: 2024-01-11\nreason: " + yaml(all) + "\n---\n");

        Path site = content.resolve("site.md");
        try {
            String text = Files.readString(site)
                    .replaceFirst("(?m)^title: .*$", java.util.regex.Matcher.quoteReplacement("title: " + yaml("Insyn \"><script>alert(1)</script>")))
                    .replaceFirst("(?m)^tagline: .*$", java.util.regex.Matcher.quoteReplacement("tagline: " + yaml("</title><script>alert(1)</script> " + all)))
                    .replaceFirst("(?m)^municipality: .*$", java.util.regex.Matcher.quoteReplacement("municipality: " + yaml("' onmouseover='alert(1)' x=' " + all)));
            Files.writeString(site, text + "\n" + paragraphs + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A Markdown body with the vector as a block of its own and inside a sentence. */
    static String body(int i, String vector) {
        return bodyMarker(i) + "\n\n" + vector + "\n\nText med " + vector + " inuti, efter-" + i + ".\n";
    }

    private static String list(int n, IntFunction<String> id) {
        return IntStream.range(0, n).mapToObj(id).collect(Collectors.joining(", ", "[", "]"));
    }
}
