package se.insyn.sample;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import se.insyn.problem.Text;
import se.insyn.render.SwedishText;

/**
 * Writes a content folder of {@code cases} audit cases, the shape of {@code bench/hugo_corpus.py}: per
 * case one audit with six recommendations, one statement by an audited organisation answering all
 * six, the case file (tjänsteskrivelse) with the statement as its attachment, and for every third
 * case a follow-up. Districts and organisations come from a fixed set. Deterministic: the same
 * {@code (cases, seed)} gives byte-identical files.
 */
public final class SampleCorpus {
    /** Recommendations per audit, as in hugo_corpus.py. */
    public static final int RECOMMENDATIONS = 6;
    /** Every {@code FOLLOW_UP_EVERY}th case (the first, the fourth, …) has a follow-up. */
    public static final int FOLLOW_UP_EVERY = 3;
    /** The diarienummer's serial number has at most six digits. */
    public static final int MAX_CASES = 999_999;

    private static final String[] POSITIONS = {"instämmer", "delvis instämmer", "instämmer inte", "hänvisar"};
    private static final String[] IMPLEMENTATIONS = {"öppen", "pågående", "genomförd", "ej genomförd"};
    private static final String ATTACHMENT = "bilaga-1-yttrande.md";

    /**
     * What was written.
     *
     * @param files every file written, site.md included
     */
    public record Summary(int cases, int districts, int organisations, int audits, int recommendations, int statements,
                          int caseFiles, int followUps, int files) {
    }

    private final SeedText seed;

    public SampleCorpus() {
        this(SeedText.load());
    }

    private SampleCorpus(SeedText seed) {
        this.seed = seed;
    }

    /** Writes the corpus into {@code outputDir} (created if missing; existing files of the same name are replaced). */
    public Summary write(Path outputDir, int cases, long seed) throws IOException {
        if (cases < 1 || cases > MAX_CASES) {
            throw new IllegalArgumentException(Text.of("sample.casesOutOfRange", MAX_CASES, cases).toString());
        }
        Random random = new Random(seed);
        Writer out = new Writer(outputDir);
        out.write("site.md", site(cases, seed));
        for (int d = 0; d < Names.DISTRICTS.size(); d++) {
            out.write("stadsdelar/" + Names.slug(Names.DISTRICTS.get(d)) + ".md", district(d));
        }
        for (String name : Names.AUDITED) {
            out.write("organisationer/" + Names.slug(name) + ".md", organisation(Names.slug(name), name, Names.kindOf(name),
                    "Exempelorganisation i den genererade exempelkommunen."));
        }
        out.write("organisationer/" + Names.AUDIT_OFFICE + ".md", organisation(Names.AUDIT_OFFICE, "Kommunrevisionen", "revision",
                "Kommunens revisorer, som granskar nämnder och bolag."));
        out.write("organisationer/" + Names.CASE_OFFICE + ".md", organisation(Names.CASE_OFFICE, "Kommunledningskontoret",
                "förvaltning", "Förvaltningen som bereder ärendena."));
        int followUps = 0;
        for (int i = 0; i < cases; i++) {
            if (writeCase(out, random, i)) {
                followUps++;
            }
        }
        int organisations = Names.AUDITED.size() + 2;
        return new Summary(cases, Names.DISTRICTS.size(), organisations, cases, cases * RECOMMENDATIONS, cases, cases,
                followUps, out.files);
    }

    private static String site(int cases, long seed) {
        return new FrontMatter().plain("type", "site")
                .text("title", "Insyn Exempelkommun")
                .text("tagline", "Genererat exempel: " + cases + " ärenden, frö " + seed)
                .plain("base_url", "https://insyn.example.se/")
                .plain("language", "sv")
                .text("municipality", "Exempelkommun")
                .withBody("Innehållet på den här webbplatsen är genererat för prestandamätning med `insyn sample`. "
                        + "Texterna är stycken ur ett verkligt ärende i Uppsala kommun, blandade slumpvis; "
                        + "granskningar, yttranden och uppföljningar är påhittade.\n");
    }

    private static String district(int d) {
        List<String> all = Names.DISTRICTS;
        String name = all.get(d);
        List<String> neighbours = List.of(Names.slug(all.get((d + all.size() - 1) % all.size())),
                Names.slug(all.get((d + 1) % all.size())));
        return new FrontMatter().plain("type", "district")
                .plain("id", Names.slug(name))
                .text("name", name)
                .text("description", "Stadsdel i exempelkommunen.")
                .list("neighbours", neighbours)
                .withBody("");
    }

    private static String organisation(String id, String name, String kind, String description) {
        return new FrontMatter().plain("type", "organisation")
                .plain("id", id)
                .text("name", name)
                .plain("kind", kind)
                .text("description", description)
                .withBody("");
    }

    /** Writes one case's files; returns whether it has a follow-up. */
    private boolean writeCase(Writer out, Random random, int i) throws IOException {
        int year = 2015 + i % 10;
        String auditDnr = String.format(Locale.ROOT, "KRN-%d-%05d", year, i);
        List<String> districtNames = pick(random, Names.DISTRICTS, random.nextInt(4) == 0 ? 2 : 1);
        List<String> districts = districtNames.stream().map(Names::slug).toList();
        List<String> auditedNames = pick(random, Names.AUDITED, 3);
        List<String> audited = auditedNames.stream().map(Names::slug).toList();
        String by = audited.get(0);
        String byName = auditedNames.get(0);
        String topic = Names.TOPICS.get(random.nextInt(Names.TOPICS.size()));

        LocalDate auditDate = LocalDate.of(year, 1 + random.nextInt(9), 1 + random.nextInt(28));
        LocalDate deadline = auditDate.plusDays(60 + random.nextInt(30));
        LocalDate extendedTo = random.nextInt(4) == 0 ? deadline.plusDays(14) : null;
        LocalDate statementDate = (extendedTo == null ? deadline : extendedTo).plusDays(random.nextInt(21) - 15);
        LocalDate caseDate = statementDate.minusDays(7 + random.nextInt(14));
        String caseDnr = String.format(Locale.ROOT, "KSN-%d-%05d", caseDate.getYear(), i);
        String caseFolder = "arenden/" + caseDnr.toLowerCase(Locale.ROOT) + "/";

        List<String> recommendations = new ArrayList<>();
        for (int r = 0; r < RECOMMENDATIONS; r++) {
            recommendations.add(random.nextBoolean() ? seed.sentence(random) : seed.sentence(random) + " " + seed.sentence(random));
        }
        out.write("granskningar/" + auditDnr.toLowerCase(Locale.ROOT) + ".md",
                audit(random, auditDnr, topic, districtNames.get(0), year, auditDate, deadline, extendedTo, by, districts, audited,
                        recommendations));
        out.write(caseFolder + ATTACHMENT, statement(random, auditDnr, caseDnr, topic, statementDate, auditedNames));
        out.write(caseFolder + "index.md", caseFile(random, auditDnr, caseDnr, topic, caseDate, by, byName));
        if (i % FOLLOW_UP_EVERY != 0) {
            return false;
        }
        LocalDate followUpDate = statementDate.plusDays(180 + random.nextInt(360));
        String id = followUpDate + "-" + auditDnr.toLowerCase(Locale.ROOT);
        out.write("uppfoljningar/" + id + ".md", followUp(random, id, auditDnr, followUpDate, by, byName, districts));
        return true;
    }

    private String audit(Random random, String dnr, String topic, String districtName, int year, LocalDate date,
                         LocalDate deadline, LocalDate extendedTo, String by, List<String> districts, List<String> audited,
                         List<String> recommendations) {
        int questions = 3 + random.nextInt(4);
        int fulfilled = random.nextInt(questions + 1);
        int partly = random.nextInt(questions - fulfilled + 1);
        FrontMatter f = new FrontMatter().plain("type", "audit")
                .plain("dnr", dnr)
                .text("title", "Granskning av " + topic + " i " + districtName)
                .plain("date", date)
                .plain("audit_office", Names.AUDIT_OFFICE)
                .text("performed_by", Names.PERFORMERS.get(random.nextInt(Names.PERFORMERS.size())))
                .plain("audit_plan_year", random.nextBoolean() ? year : year - 1)
                .list("districts", districts)
                .list("audited", audited)
                .line("question_tally:")
                .line("  uppfylld: " + fulfilled)
                .line("  delvis uppfylld: " + partly)
                .line("  ej uppfylld: " + (questions - fulfilled - partly))
                .text("question_topics", seed.sentence(random))
                .text("overall_assessment", seed.sentence(random))
                .plain("deadline", deadline);
        if (extendedTo != null) {
            f.line("extensions:").line("  - organisation: " + by).line("    until: " + extendedTo);
        }
        f.line("recommendations:");
        for (int r = 0; r < recommendations.size(); r++) {
            f.line("  - number: " + (r + 1)).line("    text: " + FrontMatter.quote(recommendations.get(r)));
            if (random.nextInt(3) == 0) {
                f.line("    addressed_to: [" + audited.get(random.nextInt(audited.size())) + "]");
            }
        }
        return f.withBody(seed.paragraphs(random, 3 + random.nextInt(4)));
    }

    /** The statement by the first of {@code auditedNames}; a referral names one of the others. */
    private String statement(Random random, String auditDnr, String caseDnr, String topic, LocalDate date,
                             List<String> auditedNames) {
        String byName = auditedNames.get(0);
        String by = Names.slug(byName);
        FrontMatter f = new FrontMatter().plain("type", "statement")
                .plain("audit", auditDnr)
                .plain("by", by)
                .text("title", "Yttrande gällande kommunrevisionens granskning av " + topic)
                .plain("date", date)
                .plain("case", caseDnr)
                .text("attachment_label", "Bilaga 1")
                .text("officer", person(random))
                .text("addressed_to", "Kommunrevisionen")
                .plain("their_reference", auditDnr);
        StringBuilder body = new StringBuilder(byName + " yttrar sig över kommunrevisionens rekommendationer nedan.\n");
        List<String> answers = new ArrayList<>();
        for (int r = 1; r <= RECOMMENDATIONS; r++) {
            body.append("\n## Rekommendation ").append(r).append("\n\n").append(seed.paragraphs(random, 1 + random.nextInt(3))).append('\n');
            if (random.nextInt(3) == 0) {
                continue;
            }
            answers.add("  - recommendation: " + r);
            int position = random.nextInt(POSITIONS.length + 1);
            if (position == 3) {
                String other = auditedNames.get(1 + random.nextInt(auditedNames.size() - 1));
                answers.add("    position: hänvisar");
                answers.add("    refers_to: [" + Names.slug(other) + "]");
                body.append('\n').append(byName).append(" hänvisar i denna del till yttrandet från ").append(other).append(".\n");
            } else if (position < POSITIONS.length) {
                answers.add("    position: " + POSITIONS[position]);
            }
            if (position == POSITIONS.length || random.nextBoolean()) {
                answers.add("    implementation: " + IMPLEMENTATIONS[random.nextInt(IMPLEMENTATIONS.length)]);
            }
        }
        if (!answers.isEmpty()) {
            f.line("answers:");
            answers.forEach(f::line);
        }
        signatories(f, random);
        return f.withBody(body.toString());
    }

    private String caseFile(Random random, String auditDnr, String caseDnr, String topic, LocalDate date, String by,
                            String byName) {
        FrontMatter f = new FrontMatter().plain("type", "case")
                .plain("dnr", caseDnr)
                .text("title", "Yttrande över kommunrevisionens granskning av " + topic)
                .plain("date", date)
                .plain("office", Names.CASE_OFFICE)
                .text("officer", person(random))
                .plain("addressed_to", by)
                .plain("audit", auditDnr)
                .line("proposed_decision: |")
                .line("  " + byName + " beslutar")
                .line("")
                .line("  1. **att** avge yttrande till kommunrevisionen enligt ärendets **bilaga 1**.")
                .line("decision_basis:")
                .line("  - title: " + FrontMatter.quote("Tjänsteskrivelse daterad " + SwedishText.date(date)))
                .line("  - title: " + FrontMatter.quote("Bilaga 1, yttrande till kommunrevisionen"))
                .line("    attachment: " + ATTACHMENT)
                .line("  - title: " + FrontMatter.quote("Bilaga 2, kommunrevisionens granskningsrapport"))
                .line("    dnr: " + auditDnr)
                .plain("signed_for", Names.CASE_OFFICE);
        signatories(f, random);
        String body = "## Ärendet\n\n" + seed.paragraphs(random, 2 + random.nextInt(2))
                + "\n\n## Beredning\n\n" + seed.paragraph(random)
                + "\n\n## Föredragning\n\n" + seed.paragraphs(random, 3 + random.nextInt(4))
                + "\n\n## Ekonomiska konsekvenser\n\nAtt avge yttrandet har inga ekonomiska konsekvenser.\n";
        return f.withBody(body);
    }

    private String followUp(Random random, String id, String auditDnr, LocalDate date, String by, String byName,
                            List<String> districts) {
        FrontMatter f = new FrontMatter().plain("type", "follow-up")
                .plain("id", id)
                .text("title", "Uppföljning av granskningen " + auditDnr)
                .plain("date", date)
                .plain("by", by)
                .text("source", byName + "s beslut den " + SwedishText.date(date))
                .list("districts", districts)
                .line("entries:");
        List<Integer> numbers = new ArrayList<>();
        for (int r = 1; r <= RECOMMENDATIONS; r++) {
            numbers.add(r);
        }
        List<Integer> followed = pick(random, numbers, 2 + random.nextInt(3)).stream().sorted().toList();
        for (int number : followed) {
            f.line("  - audit: " + auditDnr).line("    recommendation: " + number).line("    organisation: " + by);
            if (random.nextInt(4) == 0) {
                f.line("    position: " + POSITIONS[random.nextInt(POSITIONS.length - 1)]);
            }
            f.line("    implementation: " + IMPLEMENTATIONS[random.nextInt(IMPLEMENTATIONS.length)]);
            f.line("    text: " + FrontMatter.quote(seed.sentence(random)));
        }
        return f.withBody(seed.paragraph(random));
    }

    private static void signatories(FrontMatter f, Random random) {
        List<String> names = pick(random, Names.PEOPLE, 2);
        f.line("signatories:")
                .line("  - name: " + FrontMatter.quote(names.get(0))).line("    title: Ordförande")
                .line("  - name: " + FrontMatter.quote(names.get(1))).line("    title: Sekreterare");
    }

    private static String person(Random random) {
        return Names.PEOPLE.get(random.nextInt(Names.PEOPLE.size()));
    }

    /** {@code count} different items in random order (a partial Fisher–Yates shuffle of a copy). */
    static <T> List<T> pick(Random random, List<T> items, int count) {
        List<T> copy = new ArrayList<>(items);
        for (int k = 0; k < count; k++) {
            int j = k + random.nextInt(copy.size() - k);
            T swap = copy.get(k);
            copy.set(k, copy.get(j));
            copy.set(j, swap);
        }
        return List.copyOf(copy.subList(0, count));
    }

    /** Writes UTF-8 files with LF line ends below the output folder and counts them. */
    private static final class Writer {
        private final Path root;
        private int files;

        Writer(Path root) throws IOException {
            this.root = root;
            Files.createDirectories(root);
        }

        void write(String relative, String text) throws IOException {
            Path file = root.resolve(relative);
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
            files++;
        }
    }
}
