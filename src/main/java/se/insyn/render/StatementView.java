package se.insyn.render;

import java.util.List;

/** A statement page: the formal letter, and each answer under the recommendation it answers. */
public record StatementView(String title, String address, LinkView organisation, LinkView audit, String auditDnr,
                            DateView date, LinkView caseFile, String attachmentLabel, String officer, String addressedTo,
                            List<String> contacts, String theirReference, String introHtml, List<AnswerView> answers,
                            List<SignatoryView> signatories, StatementSlot slot) {
}
