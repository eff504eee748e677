package se.insyn.render;

import java.util.List;

/** A district page: its audits, their recommendations with current status, statements, follow-ups and documents. */
public record DistrictView(String id, String name, String address, String description, String html,
                           List<LinkView> neighbours, List<AuditSummaryView> audits, List<StatementSlot> statements,
                           List<LinkView> followUps, List<LinkView> documents) {
}
