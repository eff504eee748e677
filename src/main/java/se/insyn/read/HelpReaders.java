package se.insyn.read;

import java.util.List;
import java.util.regex.Pattern;
import se.insyn.load.Source;
import se.insyn.model.AccessibilityGap;
import se.insyn.model.AccessibilityStatement;
import se.insyn.model.Compliance;
import se.insyn.model.GapReason;
import se.insyn.model.Term;

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
            f.error(f.line("lang"), "'" + lang + "' är ingen språkkod", "skriv en språkkod som en (engelska) eller fi (finska)");
            lang = null;
        }
        String abbreviation = f.text("abbreviation", false, "EST");
        if (abbreviation != null && abbreviation.chars().anyMatch(Character::isWhitespace)) {
            f.error(f.line("abbreviation"), "förkortningen '" + abbreviation + "' innehåller mellanslag",
                    "skriv förkortningen som den står i texten, till exempel EST");
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
            f.error(f.line("compliance"), "webbplatsen sägs vara " + compliance.key() + " förenlig, men inga brister anges",
                    "beskriv under 'gaps' vad som inte är tillgängligt och varför");
        }
        if (compliance == Compliance.HELT && gaps.stream().anyMatch(g -> g.reason() == GapReason.BRIST)) {
            f.error(f.line("compliance"), "webbplatsen sägs vara helt förenlig, men en brist anges med reason: brist",
                    "skriv compliance: delvis, eller ta bort bristen när den är åtgärdad");
        }
        String email = f.text("email", false, "tillganglighet@kommun.se");
        String phone = f.text("phone", false, "018-727 00 00");
        if (email == null && phone == null) {
            f.error(f.line(), "redogörelsen anger inte hur man lämnar synpunkter på tillgängligheten",
                    "lägg till 'email' eller 'phone' (eller båda)");
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
            f.error(f.line("supervisor_url"), "'" + url + "' är inte en webbadress", "skriv hela adressen, t.ex. " + DIGG_REPORT_FORM);
        }
        return url;
    }

    private static AccessibilityGap gap(Fields g) {
        List<String> criteria = g.list("criteria", false, "1.4.3");
        for (String criterion : criteria) {
            if (!CRITERION.matcher(criterion).matches()) {
                g.error(g.line("criteria"), "'" + criterion + "' är inget WCAG-kriterium", "skriv kriteriets nummer, till exempel 1.4.3");
            }
        }
        AccessibilityGap gap = new AccessibilityGap(g.text("text", true, "Tabeller saknar …"), g.choice("reason", GapReason.class, true),
                criteria, g.date("fix_by", false), g.origin());
        g.finish();
        return gap;
    }
}
