package se.insyn.model;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything read from the content folder that this build publishes; frozen before linking and
 * rendering. {@code unpublished} holds the identifiers of drafts and embargoed records left out, so
 * that a reference to one can be explained rather than called unknown.
 */
public record Content(Site site, List<District> districts, List<Organisation> organisations,
                      List<GoverningDocument> documents, List<Audit> audits, List<Statement> statements,
                      List<CaseFile> caseFiles, List<FollowUp> followUps, List<Moved> moved, List<Withdrawn> withdrawn,
                      Map<Path, Integer> bodyLines, Set<Path> drafts, Set<String> unpublished) {

    /** Whether a record is shown only because this is a preview (a draft or a record under embargo). */
    public boolean isDraft(Origin origin) {
        return drafts.contains(origin.file());
    }

    /** The line where a file's Markdown body starts, for messages about text in the body. */
    public int bodyLine(Path file) {
        return bodyLines.getOrDefault(file, 1);
    }
}
