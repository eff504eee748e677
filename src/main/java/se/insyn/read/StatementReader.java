package se.insyn.read;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.insyn.load.Source;
import se.insyn.model.Answer;
import se.insyn.model.Implementation;
import se.insyn.model.Origin;
import se.insyn.model.Position;
import se.insyn.model.Statement;
import se.insyn.problem.Text;

/**
 * Reads a statement (yttrande). The answers are written in the body, each under a heading
 * {@code ## Rekommendation N}; the front matter's {@code answers} may add each answer's stated
 * position, implementation status and the organisations it refers to.
 */
final class StatementReader {
    private static final Pattern ANSWER_HEADING = Pattern.compile("^##\\s+Rekommendation\\s+(\\S+)\\s*$", Pattern.CASE_INSENSITIVE);

    private StatementReader() {
    }

    private record AnswerMeta(Position position, Implementation implementation, List<String> refersTo, int line) {
    }

    private record BodySection(int number, String text, int line) {
    }

    static Statement read(Fields f, Source source) {
        Map<Integer, AnswerMeta> meta = answerMeta(f);
        List<BodySection> sections = new ArrayList<>();
        String intro = splitBody(f, source, sections);
        List<Answer> answers = new ArrayList<>();
        for (BodySection section : sections) {
            AnswerMeta m = meta.remove(section.number());
            answers.add(new Answer(section.number(), m == null ? null : m.position(), m == null ? null : m.implementation(),
                    m == null ? List.of() : m.refersTo(), section.text(), new Origin(f.file(), section.line())));
        }
        meta.forEach((number, m) -> f.error(m.line(), Text.of("read.answerWithoutText", number), Text.of("read.answerWithoutText.fix", number)));
        return new Statement(f.dnr("audit", true), f.id("by", true, "kommunstyrelsen"), f.text("title", true, "Yttrande gällande …"),
                f.date("date", false), f.dnr("case", false), f.text("attachment_label", false, "Bilaga 1"),
                f.text("officer", false, "Ida Wiking"), f.text("addressed_to", false, "Kommunrevisionen"),
                f.list("contacts", false, "kommunrevisionen@uppsala.se"), f.dnr("their_reference", false), intro,
                List.copyOf(answers), SignatoryReader.read(f), f.origin());
    }

    private static Map<Integer, AnswerMeta> answerMeta(Fields f) {
        Map<Integer, AnswerMeta> meta = new LinkedHashMap<>();
        for (Fields a : f.items("answers", false, "recommendation: 3\n    position: hänvisar\n    refers_to: [socialnamnden]")) {
            Integer number = a.integer("recommendation", true, "1");
            Position position = a.choice("position", Position.class, false);
            Implementation implementation = a.choice("implementation", Implementation.class, false);
            List<String> refersTo = a.ids("refers_to", false, "socialnamnden");
            if (position == Position.HANVISAR && refersTo.isEmpty()) {
                a.error(a.line("position"), Text.of("read.refersToNobody"), Text.of("read.refersToNobody.fix"));
            }
            if (number != null && meta.put(number, new AnswerMeta(position, implementation, refersTo, a.line())) != null) {
                a.error(a.line("recommendation"), Text.of("read.answerMetaTwice", number), Text.of("read.answerMetaTwice.fix"));
            }
            a.finish();
        }
        return meta;
    }

    /** Splits the body at the answer headings; returns the text before the first heading. */
    private static String splitBody(Fields f, Source source, List<BodySection> sections) {
        String[] lines = source.body().split("\n", -1);
        StringBuilder intro = new StringBuilder();
        StringBuilder current = intro;
        int number = -1;
        int headingLine = 0;
        for (int i = 0; i < lines.length; i++) {
            Matcher heading = ANSWER_HEADING.matcher(lines[i]);
            if (!heading.matches()) {
                current.append(lines[i]).append('\n');
                continue;
            }
            if (number > 0) {
                sections.add(new BodySection(number, current.toString().strip(), headingLine));
            }
            headingLine = source.bodyLine() + i;
            number = parseNumber(f, heading.group(1), headingLine, sections);
            current = new StringBuilder();
        }
        if (number > 0) {
            sections.add(new BodySection(number, current.toString().strip(), headingLine));
        }
        return intro.toString().strip();
    }

    private static int parseNumber(Fields f, String written, int line, List<BodySection> sections) {
        try {
            int number = Integer.parseInt(written);
            if (number < 1) {
                f.error(line, Text.of("read.headingInvalidNumber", written), Text.of("read.headingInvalidNumber.fix"));
                return -1;
            }
            if (sections.stream().anyMatch(s -> s.number() == number)) {
                f.error(line, Text.of("read.answeredTwice", number), Text.of("read.answeredTwice.fix"));
                return -1;
            }
            return number;
        } catch (NumberFormatException e) {
            f.error(line, Text.of("read.headingNoNumber", written), Text.of("read.headingNoNumber.fix"));
            return -1;
        }
    }
}
