package se.insyn.address;

import java.net.URI;
import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;
import se.insyn.model.Audit;
import se.insyn.model.CaseFile;
import se.insyn.model.District;
import se.insyn.model.FollowUp;
import se.insyn.model.GoverningDocument;
import se.insyn.model.Organisation;
import se.insyn.model.Record;
import se.insyn.model.Statement;

/**
 * The canonical address of every page. Addresses are built from stable identifiers (diarienummer,
 * recommendation number, organisation id), never from titles, so that a published address never
 * changes. Paths are root-relative and carry the base URL's path, so the site also works below a
 * sub-folder of a host.
 */
public final class Addresses {
    private final String basePath;
    private final String baseUrl;

    /** @param baseUrl the site's public address, e.g. {@code https://insyn.example.se/} */
    public Addresses(String baseUrl) {
        String url = baseUrl == null ? "https://insyn.example.se/" : baseUrl;
        this.baseUrl = url.endsWith("/") ? url : url + "/";
        String path = URI.create(this.baseUrl).getPath();
        this.basePath = path == null || path.isEmpty() ? "/" : path;
    }

    /** The path below the host that all addresses start with ({@code /} at the root of a host). */
    public String basePath() {
        return basePath;
    }

    /** The absolute address for a site path, for canonical links, feeds and sitemaps. */
    public String absolute(String sitePath) {
        return baseUrl + sitePath.substring(basePath.length());
    }

    private String at(String relative) {
        return basePath + relative;
    }

    public String home() {
        return at("");
    }

    public String stylesheet() {
        return at("css/insyn.css");
    }

    public String notFound() {
        return at("404.html");
    }

    public String districts() {
        return at("stadsdelar/");
    }

    public String district(String id) {
        return at("stadsdelar/" + id + "/");
    }

    public String organisations() {
        return at("organisationer/");
    }

    public String organisation(String id) {
        return at("organisationer/" + id + "/");
    }

    public String documents() {
        return at("styrdokument/");
    }

    public String document(String id) {
        return at("styrdokument/" + id + "/");
    }

    public String audits() {
        return at("granskningar/");
    }

    public String audit(String dnr) {
        return at("granskningar/" + slug(dnr) + "/");
    }

    public String recommendation(String auditDnr, int number) {
        return recommendationOf(audit(auditDnr), number);
    }

    /** A recommendation's address from its audit's, for the plan of a site, which makes 60 000 of them. */
    public static String recommendationOf(String auditAddress, int number) {
        return auditAddress + "rekommendation-" + number + "/";
    }

    /** One organisation's answer to one recommendation: its own page, the answer's canonical address. */
    public String answer(String auditDnr, int number, String organisation) {
        return answerOf(recommendation(auditDnr, number), organisation);
    }

    /** An answer's address from its recommendation's. */
    public static String answerOf(String recommendationAddress, String organisation) {
        return recommendationAddress + "svar/" + organisation + "/";
    }

    /** The same answer where it stands on the recommendation's page. */
    public String answerOnRecommendation(String auditDnr, int number, String organisation) {
        return recommendation(auditDnr, number) + "#" + answerAnchor(organisation);
    }

    /** A follow-up's entry on one recommendation, as an anchor on the follow-up's page. */
    public String followUpEntry(String followUpId, String auditDnr, int number, String organisation) {
        return followUp(followUpId) + "#" + followUpEntryAnchor(auditDnr, number, organisation);
    }

    public static String followUpEntryAnchor(String auditDnr, int number, String organisation) {
        return slug(auditDnr) + "-rekommendation-" + number + "-" + organisation;
    }

    /** The machine-readable record beside a page: {@code /granskningar/krn-2022-00009/index.json}. */
    public String dataFor(String pageAddress) {
        return pageAddress + "index.json";
    }

    public String siteFeed() {
        return at("flode.atom");
    }

    public String districtFeed(String id) {
        return district(id) + "flode.atom";
    }

    public String organisationFeed(String id) {
        return organisation(id) + "flode.atom";
    }

    public String deadlinesCalendar() {
        return at("svarsdatum.ics");
    }

    public String sitemap() {
        return at("sitemap.xml");
    }

    public String robots() {
        return at("robots.txt");
    }

    public String openData() {
        return at("oppna-data/");
    }

    public String dataset() {
        return at("data/insyn.json");
    }

    public String recommendationsCsv() {
        return at("data/rekommendationer.csv");
    }

    public String catalogue() {
        return at("data/katalog.rdf");
    }

    public String schema(String shape) {
        return at("data/schema/" + shape + ".schema.json");
    }

    public static String answerAnchor(String organisation) {
        return "svar-" + organisation;
    }

    /** The anchor of a recommendation's answer within a statement page. */
    public static String statementAnswerAnchor(int number) {
        return "rekommendation-" + number;
    }

    public String statements() {
        return at("yttranden/");
    }

    public String statement(String auditDnr, String organisation) {
        return audit(auditDnr) + "yttranden/" + organisation + "/";
    }

    public String caseFiles() {
        return at("arenden/");
    }

    public String caseFile(String dnr) {
        return at("arenden/" + slug(dnr) + "/");
    }

    public String followUps() {
        return at("uppfoljningar/");
    }

    public String followUp(String id) {
        return at("uppfoljningar/" + id + "/");
    }

    /** The glossary (ordlista) that explains terms and abbreviations. */
    public String glossary() {
        return at("ordlista/");
    }

    /** The anchor of a term's entry on the glossary page; prefixed, so that no term can take an id the layout uses. */
    public static String termAnchor(String id) {
        return "ord-" + id;
    }

    /** The accessibility statement (tillgänglighetsredogörelse). */
    public String accessibility() {
        return at("tillganglighet/");
    }

    /**
     * The page of one year of a page's long lists: of an organisation, a district, or the lists of
     * audits, statements, case files and follow-ups. Only a follow-up's address can be a bare
     * number; the plan leaves such a year without a page.
     */
    public static String year(String pageAddress, int year) {
        return pageAddress + year + "/";
    }

    /** The summary in easy Swedish (lättläst) of the record whose page is at {@code pageAddress}. */
    public static String easyRead(String pageAddress) {
        return pageAddress + "lattlast/";
    }

    /** The page of any record. */
    public String of(Record record) {
        if (record instanceof Audit audit) {
            return audit(audit.dnr());
        } else if (record instanceof CaseFile caseFile) {
            return caseFile(caseFile.dnr());
        } else if (record instanceof Statement statement) {
            return statement(statement.auditDnr(), statement.by());
        } else if (record instanceof FollowUp followUp) {
            return followUp(followUp.id());
        } else if (record instanceof District district) {
            return district(district.id());
        } else if (record instanceof Organisation organisation) {
            return organisation(organisation.id());
        } else if (record instanceof GoverningDocument document) {
            return document(document.id());
        }
        throw new IllegalArgumentException("ingen sida för " + record.getClass().getSimpleName());
    }

    /** A diarienummer in an address: lower case, e.g. {@code krn-2022-00009}; å, ä and ö are folded. */
    public static String slug(String dnr) {
        String lower = dnr.toLowerCase(Locale.ROOT);
        // Every address of a case is made from its number, many times a page: most numbers are
        // ASCII, which has nothing to fold, and normalising them was a few per cent of a build.
        return isAscii(lower) ? lower : COMBINING_MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
    }

    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}");

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** The file below the output folder that serves an address ({@code /a/} → {@code a/index.html}). */
    public String fileFor(String sitePath) {
        String relative = sitePath.substring(basePath.length());
        return relative.isEmpty() || relative.endsWith("/") ? relative + "index.html" : relative;
    }
}
