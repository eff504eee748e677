package se.insyn.read;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.insyn.load.Source;
import se.insyn.model.AccessibilityStatement;
import se.insyn.model.Audit;
import se.insyn.model.CaseFile;
import se.insyn.model.Content;
import se.insyn.model.District;
import se.insyn.model.FollowUp;
import se.insyn.model.GoverningDocument;
import se.insyn.model.Moved;
import se.insyn.model.Organisation;
import se.insyn.model.Record;
import se.insyn.model.Site;
import se.insyn.model.Statement;
import se.insyn.model.Term;
import se.insyn.model.Withdrawn;
import se.insyn.problem.Problems;
import se.insyn.problem.Suggestions;
import se.insyn.problem.Text;

/** Entry point of the read stage: dispatches each source on its {@code type} field. */
public final class ContentReader {
    /** The record types a communicator may write, with what each is called in Swedish. */
    public static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("site", "webbplatsens inställningar"), Map.entry("district", "stadsdel"),
            Map.entry("organisation", "nämnd, bolag eller förvaltning"), Map.entry("document", "styrdokument"),
            Map.entry("audit", "granskning"), Map.entry("statement", "yttrande"), Map.entry("case", "tjänsteskrivelse"),
            Map.entry("follow-up", "uppföljning"), Map.entry("moved", "flyttad adress"),
            Map.entry("withdrawn", "tillbakadragen post"), Map.entry("term", "ord i ordlistan"),
            Map.entry("accessibility", "tillgänglighetsredogörelse"));

    public Content read(List<Source> sources, Problems problems) {
        return read(sources, problems, Publication.publicBuild(java.time.LocalDate.now(java.time.ZoneId.of("Europe/Stockholm"))));
    }

    /** Reads every source; records that are drafts or under embargo are checked but kept only in a preview. */
    public Content read(List<Source> sources, Problems problems, Publication publication) {
        Reading reading = begin(problems, publication);
        sources.forEach(reading::add);
        return reading.finish();
    }

    /** Starts reading sources one at a time, as they are loaded; {@link Reading#finish} makes the content. */
    public Reading begin(Problems problems, Publication publication) {
        return new Reading(problems, publication);
    }

    /** The records read so far; a source can be forgotten as soon as it has been added. */
    public final class Reading {
        private final Problems problems;
        private final Publication publication;
        private final List<Object> records = new ArrayList<>();
        private final Set<Path> drafts = new HashSet<>();
        private final Set<String> unpublished = new HashSet<>();
        private final Map<Path, Integer> bodyLines = new HashMap<>();
        private final Map<Path, String> easyRead = new HashMap<>();
        private int sources;

        private Reading(Problems problems, Publication publication) {
            this.problems = problems;
            this.publication = publication;
        }

        public void add(Source source) {
            add(readFile(source, publication, problems));
        }

        /** Adds what one file was read as, by {@link #readFile} now or in an earlier build of the preview. */
        public void add(FileReading file) {
            sources++;
            bodyLines.put(file.file(), file.bodyLine());
            if (file.record() == null) {
                return;
            }
            if (file.summary() != null && (!file.draft() || publication.includeDrafts())) {
                easyRead.put(file.file(), file.summary());
            }
            if (!file.draft()) {
                records.add(file.record());
            } else if (publication.includeDrafts()) {
                records.add(file.record());
                drafts.add(file.file());
            } else {
                unpublished.add(((Record) file.record()).identifier());
            }
        }

        public Content finish() {
            Map<Class<?>, List<Object>> byType = byType(records);
            Site site = sources == 0 && problems.hasErrors() ? null : onlySite(only(byType, Site.class), problems);
            return new Content(site, only(byType, District.class), only(byType, Organisation.class),
                only(byType, GoverningDocument.class), only(byType, Audit.class), only(byType, Statement.class),
                only(byType, CaseFile.class), only(byType, FollowUp.class), only(byType, Moved.class),
                only(byType, Withdrawn.class), bodyLines, drafts, unpublished, only(byType, Term.class),
                atMostOne(only(byType, AccessibilityStatement.class), problems), Map.copyOf(easyRead));
        }
    }

    /**
     * What one content file adds to the content, known from that file alone (and the publication's
     * date), so that the preview can keep it for as long as the file's bytes stay the same.
     *
     * @param record the record read, or null when the file has errors
     * @param draft whether the record waits as a draft or under embargo
     * @param summary its summary in easy Swedish, or null
     */
    public record FileReading(Path file, int bodyLine, Object record, boolean draft, String summary) {
    }

    /** Reads one source into its record, reporting its problems. */
    public static FileReading readFile(Source source, Publication publication, Problems problems) {
        Fields fields = new Fields(source.file(), source.frontMatter(), problems);
        Object record = record(fields, source);
        if (record == null) {
            return new FileReading(source.file(), source.bodyLine(), null, false, null);
        }
        // Only records with pages of their own can wait as drafts; settings, moves and the glossary cannot.
        boolean hasPage = record instanceof Record;
        boolean draft = hasPage && isDraft(fields, publication);
        // A summary in easy Swedish (lättläst) may accompany any record that has a page of its own.
        String summary = hasPage ? fields.text("easy_read", false, "|\n  Kort text på lättläst svenska …") : null;
        fields.finish();
        return new FileReading(source.file(), source.bodyLine(), record, draft, summary);
    }

    /** Records that are published as a page of their own (and so may be drafts and have a summary). */

    private static AccessibilityStatement atMostOne(List<AccessibilityStatement> statements, Problems problems) {
        for (AccessibilityStatement extra : statements.stream().skip(1).toList()) {
            problems.error(extra.origin().file(), extra.origin().line(),
                    Text.of("read.secondAccessibility", statements.get(0).origin().file()), Text.of("read.secondAccessibility.fix"));
        }
        return statements.isEmpty() ? null : statements.get(0);
    }

    private static Object record(Fields fields, Source source) {
        String type = fields.text("type", true, "audit");
        if (type == null) {
            return null;
        }
        return switch (type) {
            case "site" -> SimpleReaders.site(fields, source);
            case "district" -> SimpleReaders.district(fields, source);
            case "organisation" -> SimpleReaders.organisation(fields, source);
            case "document" -> SimpleReaders.document(fields, source);
            case "audit" -> AuditReader.read(fields, source);
            case "statement" -> StatementReader.read(fields, source);
            case "case" -> CaseFileReader.read(fields, source);
            case "follow-up" -> FollowUpReader.read(fields, source);
            case "moved" -> AddressReaders.moved(fields);
            case "withdrawn" -> AddressReaders.withdrawn(fields);
            case "term" -> HelpReaders.term(fields, source);
            case "accessibility" -> HelpReaders.accessibility(fields, source);
            default -> {
                fields.error(fields.line("type"), Text.of("read.unknownType", type),
                        Suggestions.suggest(type, TYPES.keySet().stream().sorted().toList()));
                yield null;
            }
        };
    }

    private static boolean isDraft(Fields fields, Publication publication) {
        Boolean draft = fields.bool("draft");
        LocalDate publishDate = fields.date("publish_date", false);
        return Boolean.TRUE.equals(draft) || (publishDate != null && publishDate.isAfter(publication.today()));
    }

    /**
     * The records by their type, in the order read. One pass: the preview makes the content anew
     * after every save, and picking each of a dozen types out of a large site's records took a
     * tenth of the time from a save to its page. Every record type is a Java record, so a record's
     * class is its type.
     */
    private static Map<Class<?>, List<Object>> byType(List<Object> records) {
        Map<Class<?>, List<Object>> byType = new HashMap<>();
        for (Object record : records) {
            byType.computeIfAbsent(record.getClass(), type -> new ArrayList<>()).add(record);
        }
        return byType;
    }

    @SuppressWarnings("unchecked")
    private static <T> List<T> only(Map<Class<?>, List<Object>> byType, Class<T> type) {
        return (List<T>) List.copyOf(byType.getOrDefault(type, List.of()));
    }

    private static Site onlySite(List<Site> sites, Problems problems) {
        if (sites.isEmpty()) {
            problems.error(java.nio.file.Path.of("site.md"), 0, Text.of("read.noSite"), Text.of("read.noSite.fix"));
            return null;
        }
        for (Site extra : sites.subList(1, sites.size())) {
            problems.error(extra.origin().file(), extra.origin().line(), Text.of("read.secondSite", sites.get(0).origin().file()),
                    Text.of("read.secondSite.fix"));
        }
        return sites.get(0);
    }
}
