package se.insyn.read;

import java.util.List;
import java.util.regex.Pattern;
import se.insyn.load.Source;
import se.insyn.model.AccessibilityGap;
import se.insyn.model.AccessibilityStatement;
import se.insyn.model.Compliance;
import se.insyn.model.GapReason;
import se.insyn.model.Term;
import se.insyn.problem.Text;

/** Readers of the records that help people use the site: glossary terms and the accessibility statement. */
final class HelpReaders {
    /** Where Digg, the supervisor, takes complaints about accessibility (its report form). */
    static final String DIGG_REPORT_FORM = "https://www.digg.se/tdosanmalan";
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}(-[A-Z]{2})?");
    private static final Pattern CRITERION = Pattern.compile("[1-4]\\.\\d{1,2}\\.\\d{1,2}");
    private static final Pattern URL = Pattern.compile("https?://[^\\s/]+(/\\S*)?");

    private HelpReaders() {
    }

    static Term term(Fields f, Source source) {
        String lang = f.text("lang", false, "en");
        if (lang != null && !LANGUAGE.matcher(lang).matches()) {
            f.error(f.line("lang"), Text.of("read.notALanguage", lang), Text.of("read.notALanguage.termFix"));
            lang = null;
        }
        String abbreviation = f.text("abbreviation", false, "EST");
        if (abbreviation != null && abbreviation.chars().anyMatch(Character::isWhitespace)) {
            f.error(f.line("abbreviation"), Text.of("read.abbreviationSpace", abbreviation), Text.of("read.abbreviationSpace.fix"));
            abbreviation = null;
        }
        return new Term(f.id("id", true, "est"), f.text("term", true, "Effektiv Samordning för Trygghet"), abbreviation, lang,
                f.text("definition", true, "En arbetsmetod för …"), source.body(), f.origin());
    }

    static AccessibilityStatement accessibility(Fields f, Source source) {
        Compliance compliance = f.choice("compliance", Compliance.class, true);
        List<AccessibilityGap> gaps = f.items("gaps", false, "text: …\n    reason: brist\n    criteria: [1.4.3]")
                .stream().map(HelpReaders::gap).toList();
        if ((compliance == Compliance.DELVIS || compliance == Compliance.INTE) && gaps.isEmpty()) {
            f.error(f.line("compliance"), Text.of("read.complianceWithoutGaps", compliance.key()), Text.of("read.complianceWithoutGaps.fix"));
        }
        if (compliance == Compliance.HELT && gaps.stream().anyMatch(g -> g.reason() == GapReason.BRIST)) {
            f.error(f.line("compliance"), Text.of("read.fullWithGap"), Text.of("read.fullWithGap.fix"));
        }
        String email = f.text("email", false, "tillganglighet@kommun.se");
        String phone = f.text("phone", false, "018-727 00 00");
        if (email == null && phone == null) {
            f.error(f.line(), Text.of("read.noFeedbackContact"), Text.of("read.noFeedbackContact.fix"));
        }
        return new AccessibilityStatement(f.text("organisation", true, "Uppsala kommun"), f.text("service", true, "Insyn Uppsala"),
                compliance, gaps, f.text("method", true, "Självskattning med automatiska och manuella tester"),
                f.date("assessed", true), f.date("prepared", true), f.date("updated", false), f.date("published", false), email, phone,
                f.text("response_time", false, "Vi svarar inom två arbetsdagar."), supervisorUrl(f), source.body(), f.origin());
    }

    private static String supervisorUrl(Fields f) {
        String url = f.text("supervisor_url", false, DIGG_REPORT_FORM);
        if (url == null) {
            return DIGG_REPORT_FORM;
        }
        if (!URL.matcher(url).matches()) {
            f.error(f.line("supervisor_url"), Text.of("read.notAWebAddress", url), Text.of("read.notAWebAddress.fix", DIGG_REPORT_FORM));
        }
        return url;
    }

    private static AccessibilityGap gap(Fields g) {
        List<String> criteria = g.list("criteria", false, "1.4.3");
        for (String criterion : criteria) {
            if (!CRITERION.matcher(criterion).matches()) {
                g.error(g.line("criteria"), Text.of("read.notACriterion", criterion), Text.of("read.notACriterion.fix"));
            }
        }
        AccessibilityGap gap = new AccessibilityGap(g.text("text", true, "Tabeller saknar …"), g.choice("reason", GapReason.class, true),
                criteria, g.date("fix_by", false), g.origin());
        g.finish();
        return gap;
    }
}
