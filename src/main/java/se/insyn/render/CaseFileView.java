package se.insyn.render;

import java.util.List;

/** An officer's report (tjänsteskrivelse) page. */
public record CaseFileView(String dnr, String title, String address, DateView date, LinkView office, String officer,
                           LinkView addressedTo, LinkView audit, String proposedDecisionHtml, String html,
                           List<BasisView> decisionBasis, LinkView signedFor, List<SignatoryView> signatories) {
}
