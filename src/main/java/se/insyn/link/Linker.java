package se.insyn.link;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import se.insyn.model.Audit;
import se.insyn.model.CaseFile;
import se.insyn.model.Content;
import se.insyn.model.District;
import se.insyn.model.FollowUp;
import se.insyn.model.GoverningDocument;
import se.insyn.model.Organisation;
import se.insyn.model.Origin;
import se.insyn.model.Statement;
import se.insyn.model.Term;
import se.insyn.problem.Problems;
import se.insyn.problem.Text;

/** Entry point of the link stage: indexes the content and checks that every reference resolves. */
public final class Linker {

    /**
     * Links content that differs from the last graph's only in records of the same {@link Shape}:
     * {@code replaced} maps each old record (by identity) to its new version. The graph is the
     * last one with those records replaced; the checks found then what they would find now.
     */
    public Graph relink(Content content, Graph last, Map<Object, Object> replaced) {
        return new Replacement(replaced).of(last, content);
    }

    public Graph link(Content content, Problems problems) {
        Map<String, District> districts = index(content.districts(), District::id, District::origin, Text.of("link.record.district"), problems);
        Map<String, Organisation> organisations = index(content.organisations(), Organisation::id, Organisation::origin, Text.of("link.record.organisation"), problems);
        Map<String, GoverningDocument> documents = index(content.documents(), GoverningDocument::id, GoverningDocument::origin, Text.of("link.record.document"), problems);
        Map<String, Audit> audits = index(content.audits(), Audit::dnr, Audit::origin, Text.of("link.record.audit"), problems);
        Map<String, Statement> statements = index(content.statements(), Statement::key, Statement::origin, Text.of("link.record.statement"), problems);
        Map<String, CaseFile> caseFiles = index(content.caseFiles(), CaseFile::dnr, CaseFile::origin, Text.of("link.record.case"), problems);
        Map<String, FollowUp> followUps = index(content.followUps(), FollowUp::id, FollowUp::origin, Text.of("link.record.followUp"), problems);
        // The glossary: one entry per word and per abbreviation, or a page could explain a word two ways.
        index(content.terms(), Term::id, Term::origin, Text.of("link.record.term"), problems);
        index(content.terms(), t -> t.term().toLowerCase(java.util.Locale.ROOT), Term::origin, Text.of("link.record.termWord"), problems);
        index(content.terms(), Term::abbreviation, Term::origin, Text.of("link.record.abbreviation"), problems);
        References refs = new References(problems, districts.keySet(), organisations.keySet(), documents.keySet(),
                audits, caseFiles.keySet(), content.unpublished());

        Map<Path, Object> byFile = new LinkedHashMap<>();
        content.districts().forEach(r -> byFile.put(r.origin().file(), r));
        content.organisations().forEach(r -> byFile.put(r.origin().file(), r));
        content.documents().forEach(r -> byFile.put(r.origin().file(), r));
        content.audits().forEach(r -> byFile.put(r.origin().file(), r));
        content.statements().forEach(r -> byFile.put(r.origin().file(), r));
        content.caseFiles().forEach(r -> byFile.put(r.origin().file(), r));
        content.followUps().forEach(r -> byFile.put(r.origin().file(), r));

        content.districts().forEach(refs::check);
        content.documents().forEach(refs::check);
        content.audits().forEach(refs::check);
        content.statements().forEach(refs::check);
        content.caseFiles().forEach(c -> refs.check(c, byFile));
        content.followUps().forEach(refs::check);

        sameAddress(content.audits(), Audit::dnr, Audit::origin, problems);
        sameAddress(content.caseFiles(), CaseFile::dnr, CaseFile::origin, problems);
        Map<String, Object> byDnr = new LinkedHashMap<>(caseFiles);
        byDnr.putAll(audits);
        Map<Object, List<Object>> referencedBy = new ReferenceIndex(content, byDnr, byFile).build(problems);
        Backlinks backlinks = new Backlinks(content);
        return new Graph(content, districts, organisations, documents, audits, statements, caseFiles, followUps,
                java.util.Collections.unmodifiableMap(byFile), backlinks.answers(), backlinks.timelines(),
                backlinks.group(content.statements(), s -> List.of(s.auditDnr())),
                backlinks.group(content.statements(), s -> List.of(s.by())),
                backlinks.group(content.audits(), Audit::districts),
                backlinks.group(content.audits(), Audit::audited),
                backlinks.group(content.caseFiles(), c -> c.auditDnr() == null ? List.of() : List.of(c.auditDnr())),
                backlinks.group(sortedByDate(content.followUps()), FollowUp::districts),
                backlinks.group(sortedByDate(content.followUps()), FollowUp::documents),
                backlinks.documentsByDistrict(documents), referencedBy);
    }

    private static List<FollowUp> sortedByDate(List<FollowUp> followUps) {
        return followUps.stream().sorted(Comparator.comparing(FollowUp::date, Comparator.nullsLast(Comparator.reverseOrder()))).toList();
    }

    /** Two diarienummer that differ only in å/ä/ö would share one address: the second is reported. */
    private static <T> void sameAddress(List<T> records, Function<T, String> dnr, Function<T, Origin> origin, Problems problems) {
        Map<String, T> bySlug = new LinkedHashMap<>();
        for (T record : records) {
            String id = dnr.apply(record);
            if (id == null) {
                continue;
            }
            T earlier = bySlug.putIfAbsent(se.insyn.address.Addresses.slug(id), record);
            if (earlier != null && !dnr.apply(earlier).equals(id)) {
                Origin here = origin.apply(record);
                problems.error(here.file(), here.line(), Text.of("link.sameAddress", id, dnr.apply(earlier), origin.apply(earlier)),
                        Text.of("link.sameAddress.fix"));
            }
        }
    }

    /** Indexes records by identifier; a second record with the same identifier is reported with both files. */
    private static <T> Map<String, T> index(List<T> records, Function<T, String> key, Function<T, Origin> origin,
                                            Text what, Problems problems) {
        Map<String, T> index = new LinkedHashMap<>();
        for (T record : records) {
            String id = key.apply(record);
            if (id == null) {
                continue;
            }
            T earlier = index.putIfAbsent(id, record);
            if (earlier != null) {
                Origin here = origin.apply(record);
                problems.error(here.file(), here.line(), Text.of("link.duplicate", what, id, origin.apply(earlier)),
                        Text.of("link.duplicate.fix"));
            }
        }
        // Ordered as written: anything that iterates the graph gives the same output on every run.
        return java.util.Collections.unmodifiableMap(index);
    }
}
