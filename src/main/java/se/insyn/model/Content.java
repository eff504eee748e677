package se.insyn.model;

import java.util.List;

/** Everything read from the content folder; frozen before linking and rendering. */
public record Content(Site site, List<District> districts, List<Organisation> organisations,
                      List<GoverningDocument> documents, List<Audit> audits, List<Statement> statements,
                      List<CaseFile> caseFiles, List<FollowUp> followUps) {
}
