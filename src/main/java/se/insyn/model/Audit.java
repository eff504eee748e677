package se.insyn.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An audit (granskning). Either {@code questions} lists each audit question with its assessment, or,
 * when the source only gives totals, {@code questionTally} counts questions per assessment.
 */
public record Audit(String dnr, String title, LocalDate date, String auditOffice, String performedBy,
                    Integer auditPlanYear, List<String> districts, List<String> audited,
                    List<AuditQuestion> questions, Map<Assessment, Integer> questionTally, String questionTopics,
                    String overallAssessment, LocalDate deadline, List<Extension> extensions,
                    List<Recommendation> recommendations, List<String> documents, String body, Origin origin) implements Record {

    @Override
    public String identifier() {
        return dnr;
    }

    /** The recommendation with this number, if the audit has one. */
    public Optional<Recommendation> recommendation(int number) {
        return recommendations.stream().filter(r -> r.number() == number).findFirst();
    }

    public int questionCount() {
        return questions.isEmpty() ? questionTally.values().stream().mapToInt(Integer::intValue).sum() : questions.size();
    }
}
