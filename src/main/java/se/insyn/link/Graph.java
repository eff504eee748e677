package se.insyn.link;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Objects;
import java.util.stream.Stream;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.insyn.model.Audit;
import se.insyn.model.CaseFile;
import se.insyn.model.Content;
import se.insyn.model.DecisionBasis;
import se.insyn.model.District;
import se.insyn.model.FollowUp;
import se.insyn.model.GoverningDocument;
import se.insyn.model.Organisation;
import se.insyn.model.Site;
import se.insyn.model.Statement;

/**
 * The content with every reference resolved and every backlink indexed once, so that rendering a
 * page never scans all records. Immutable once built by the {@link Linker}.
 */
public record Graph(Content content,
                    Map<String, District> districts,
                    Map<String, Organisation> organisations,
                    Map<String, GoverningDocument> documents,
                    Map<String, Audit> audits,
                    Map<String, Statement> statements,
                    Map<String, CaseFile> caseFiles,
                    Map<String, FollowUp> followUps,
                    Map<Path, Object> recordsByFile,
                    Map<RecommendationKey, List<AnswerRef>> answers,
                    Map<RecommendationKey, List<StatusChange>> timelines,
                    Map<String, List<Statement>> statementsByAudit,
                    Map<String, List<Statement>> statementsByOrganisation,
                    Map<String, List<Audit>> auditsByDistrict,
                    Map<String, List<Audit>> auditsByOrganisation,
                    Map<String, List<CaseFile>> caseFilesByAudit,
                    Map<String, List<FollowUp>> followUpsByDistrict,
                    Map<String, List<FollowUp>> followUpsByDocument,
                    Map<String, List<GoverningDocument>> documentsByDistrict,
                    Map<Object, List<Object>> referencedBy) {

    public Site site() {
        return content.site();
    }

    public Optional<Statement> statement(String auditDnr, String organisation) {
        return Optional.ofNullable(statements.get(auditDnr + "/" + organisation));
    }

    /**
     * The statements whose audit the site does not have: the pages and data of a case are made
     * audit by audit (statements and case files with their audit), and these come after.
     */
    public List<Statement> statementsWithoutAudit() {
        return content.statements().stream().filter(s -> !audits.containsKey(s.auditDnr())).toList();
    }

    /** The case files that belong to no audit the site has; see {@link #statementsWithoutAudit}. */
    public List<CaseFile> caseFilesWithoutAudit() {
        return content.caseFiles().stream().filter(c -> c.auditDnr() == null || !audits.containsKey(c.auditDnr())).toList();
    }

    public List<AnswerRef> answersTo(String auditDnr, int number) {
        return answers.getOrDefault(new RecommendationKey(auditDnr, number), List.of());
    }

    public List<StatusChange> timeline(String auditDnr, int number) {
        return timelines.getOrDefault(new RecommendationKey(auditDnr, number), List.of());
    }

    /** The records that refer to a record, in a field or by its diarienummer in a text ("Hänvisas från"). */
    public List<Object> referencesTo(Object record) {
        return referencedBy.getOrDefault(record, List.of());
    }

    /** The document an item of a decision basis names: by diarienummer, or the record in its attachment file. */
    public Optional<Object> target(DecisionBasis item) {
        if (item.dnr() != null) {
            return byDnr(item.dnr());
        }
        return item.attachment() == null ? Optional.empty() : Optional.ofNullable(recordsByFile.get(item.attachment()));
    }

    /** The audit or case file with a diarienummer, if the site has it. */
    public Optional<Object> byDnr(String dnr) {
        Object record = audits.get(dnr);
        return Optional.ofNullable(record != null ? record : caseFiles.get(dnr));
    }

    /**
     * The newest date anywhere in the content: what statuses are "as of", and a feed's date when it
     * has no entries. Derived from content only, so that an unchanged site builds byte-identical.
     */
    public LocalDate newestDate() {
        return Stream.of(
                        content.audits().stream().flatMap(a -> Stream.of(a.date(), a.deadline())),
                        content.audits().stream().flatMap(a -> a.extensions().stream().map(e -> e.until())),
                        content.statements().stream().map(Statement::date),
                        content.caseFiles().stream().map(CaseFile::date),
                        content.followUps().stream().map(FollowUp::date))
                .flatMap(s -> s)
                .filter(Objects::nonNull)
                .max(Comparator.naturalOrder())
                .orElse(null);
    }

    public static <T> List<T> of(Map<String, List<T>> index, String key) {
        return index.getOrDefault(key, List.of());
    }
}
