package se.insyn.render;

import java.util.List;

/** A recommendation with its answers, current status per organisation and full status history. */
public record RecommendationView(int number, String text, String address, LinkView audit, List<LinkView> addressedTo,
                                 List<AnswerView> answers, List<StatusView> current, List<StatusView> timeline) {
}
