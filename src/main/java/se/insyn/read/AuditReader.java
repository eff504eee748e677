package se.insyn.read;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.insyn.load.Source;
import se.insyn.model.Assessment;
import se.insyn.model.Audit;
import se.insyn.model.AuditQuestion;
import se.insyn.model.Extension;
import se.insyn.model.Recommendation;
import se.insyn.problem.Text;

/** Reads an audit (granskning) with its questions, deadline, extensions and numbered recommendations. */
final class AuditReader {
    private AuditReader() {
    }

    static Audit read(Fields f, Source source) {
        List<AuditQuestion> questions = f.items("questions", false, "text: Bedrivs ett aktivt arbete?\n    assessment: uppfylld")
                .stream().map(AuditReader::question).toList();
        Map<Assessment, Integer> tally = tally(f);
        if (questions.isEmpty() && tally.isEmpty()) {
            f.error(f.line(), Text.of("read.noQuestions"), Text.of("read.noQuestions.fix"));
        }
        if (!questions.isEmpty() && !tally.isEmpty()) {
            f.error(f.line("question_tally"), Text.of("read.questionsAndTally"), Text.of("read.questionsAndTally.fix"));
        }
        return new Audit(f.dnr("dnr", true), f.text("title", true, "Granskning av …"), f.date("date", false),
                f.id("audit_office", true, "kommunrevisionen"), f.text("performed_by", false, "PwC"),
                f.integer("audit_plan_year", false, "2022"), f.ids("districts", false, "gottsunda"),
                f.ids("audited", true, "kommunstyrelsen"), questions, tally, f.text("question_topics", false, ""),
                f.text("overall_assessment", false, ""), f.date("deadline", false), extensions(f),
                recommendations(f), f.ids("documents", false, "mal-och-budget-2022"), source.body(), f.origin());
    }

    private static AuditQuestion question(Fields q) {
        AuditQuestion question = new AuditQuestion(q.text("text", true, "Bedrivs ett aktivt arbete?"),
                q.choice("assessment", Assessment.class, false), q.origin());
        q.finish();
        return question;
    }

    private static Map<Assessment, Integer> tally(Fields f) {
        Fields group = f.group("question_tally", false, "uppfylld: 2");
        Map<Assessment, Integer> tally = new EnumMap<>(Assessment.class);
        if (group == null) {
            return tally;
        }
        for (String key : group.keys()) {
            Assessment assessment = group.choiceOf(key, Assessment.class, group.line(key), "question_tally");
            Integer count = group.integer(key, true, "2");
            if (assessment != null && count != null) {
                if (count < 0) {
                    group.error(group.line(key), Text.of("read.negativeTally"), Text.of("read.negativeTally.fix"));
                } else {
                    tally.put(assessment, count);
                }
            }
        }
        return tally;
    }

    private static List<Extension> extensions(Fields f) {
        return f.items("extensions", false, "organisation: kommunstyrelsen\n    until: 2023-05-11").stream()
                .map(e -> {
                    Extension extension = new Extension(e.id("organisation", true, "kommunstyrelsen"), e.date("until", true), e.origin());
                    e.finish();
                    return extension;
                })
                .toList();
    }

    private static List<Recommendation> recommendations(Fields f) {
        List<Recommendation> recommendations = new ArrayList<>();
        Set<Integer> numbers = new HashSet<>();
        for (Fields r : f.items("recommendations", true, "number: 1\n    text: Genomför en översyn …")) {
            Integer number = r.integer("number", true, "1");
            String text = r.text("text", true, "Genomför en översyn …");
            List<String> addressedTo = r.ids("addressed_to", false, "kommunstyrelsen");
            if (number != null && number < 1) {
                r.error(r.line("number"), Text.of("read.recommendationNumber"), Text.of("read.recommendationNumber.fix"));
            } else if (number != null && !numbers.add(number)) {
                r.error(r.line("number"), Text.of("read.recommendationTwice", number), Text.of("read.recommendationTwice.fix"));
            } else if (number != null) {
                recommendations.add(new Recommendation(number, text, addressedTo, r.origin()));
            }
            r.finish();
        }
        return List.copyOf(recommendations);
    }
}
