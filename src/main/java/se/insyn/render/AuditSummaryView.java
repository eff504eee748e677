package se.insyn.render;

import java.util.List;

/**
 * An audit as a district page lists it: its recommendations with their current status, without the
 * answers' texts, which stand on the audit's own pages. A district may have thousands of audits.
 */
public record AuditSummaryView(String dnr, String title, String address, DateView date, List<RecommendationView> recommendations) {
}
