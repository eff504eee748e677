package se.insyn.render;

import java.util.List;

/** One organisation's answer to one recommendation, as shown on the recommendation, audit, statement and organisation pages. */
public record AnswerView(int recommendation, String recommendationText, LinkView recommendationLink,
                         LinkView organisation, String anchor, String address, LinkView statement, String html,
                         String positionKey, String position, String implementationKey, String implementation,
                         List<StatementSlot> refersTo) {
}
