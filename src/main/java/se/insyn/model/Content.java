package se.insyn.model;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Everything read from the content folder; frozen before linking and rendering. */
public record Content(Site site, List<District> districts, List<Organisation> organisations,
                      List<GoverningDocument> documents, List<Audit> audits, List<Statement> statements,
                      List<CaseFile> caseFiles, List<FollowUp> followUps, List<Moved> moved, List<Withdrawn> withdrawn,
                      Map<Path, Integer> bodyLines) {

    /** The line where a file's Markdown body starts, for messages about text in the body. */
    public int bodyLine(Path file) {
        return bodyLines.getOrDefault(file, 1);
    }
}
