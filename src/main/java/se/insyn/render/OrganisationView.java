package se.insyn.render;

import java.util.List;

/** An organisation page: the audits of it, its statements and all its answers. */
public record OrganisationView(String id, String name, String address, String kind, String description, String html,
                               List<LinkView> audits, List<StatementSlot> statements, List<AnswerView> answers,
                               List<LinkView> followUps) {
}
