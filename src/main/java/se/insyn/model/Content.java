package se.insyn.model;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything read from the content folder that this build publishes; frozen before linking and
 * rendering. {@code unpublished} holds the identifiers of drafts and embargoed records left out, so
 * that a reference to one can be explained rather than called unknown. {@code terms} is the glossary,
 * {@code accessibility} the accessibility statement's settings (null when the content has none), and
 * {@code easyRead} the plain-language summaries (lättläst, Markdown) by the file of the record they summarise.
 */
public record Content(Site site, List<District> districts, List<Organisation> organisations,
                      List<GoverningDocument> documents, List<Audit> audits, List<Statement> statements,
                      List<CaseFile> caseFiles, List<FollowUp> followUps, List<Moved> moved, List<Withdrawn> withdrawn,
                      Map<Path, Integer> bodyLines, Set<Path> drafts, Set<String> unpublished,
                      List<Term> terms, AccessibilityStatement accessibility, Map<Path, String> easyRead) {

    /** Content without glossary, accessibility statement or summaries (kept for callers written before them). */
    public Content(Site site, List<District> districts, List<Organisation> organisations,
                   List<GoverningDocument> documents, List<Audit> audits, List<Statement> statements,
                   List<CaseFile> caseFiles, List<FollowUp> followUps, List<Moved> moved, List<Withdrawn> withdrawn,
                   Map<Path, Integer> bodyLines, Set<Path> drafts, Set<String> unpublished) {
        this(site, districts, organisations, documents, audits, statements, caseFiles, followUps, moved, withdrawn,
                bodyLines, drafts, unpublished, List.of(), null, Map.of());
    }

    /** Whether a record is shown only because this is a preview (a draft or a record under embargo). */
    public boolean isDraft(Origin origin) {
        return drafts.contains(origin.file());
    }

    /** The line where a file's Markdown body starts, for messages about text in the body. */
    public int bodyLine(Path file) {
        return bodyLines.getOrDefault(file, 1);
    }

    /** The plain-language summary of the record written in a file, or null. */
    public String easyReadOf(Origin origin) {
        return origin == null ? null : easyRead.get(origin.file());
    }
}
