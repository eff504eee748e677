package se.insyn.render;

import java.util.List;

/** Everything the audit page and the audit lists show. */
public record AuditView(String dnr, String title, String address, DateView date, LinkView auditOffice, String performedBy,
                        Integer auditPlanYear, List<LinkView> districts, List<LinkView> audited, List<QuestionView> questions,
                        List<TallyView> tally, int questionCount, String questionTopics, String overallAssessment,
                        DateView deadline, List<ExtensionView> extensions, List<RecommendationView> recommendations,
                        List<StatementSlot> statements, List<LinkView> documents, List<LinkView> caseFiles, String html) {
}
