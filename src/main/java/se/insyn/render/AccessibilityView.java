package se.insyn.render;

import java.util.List;

/**
 * The accessibility statement as its page shows it, in the order of Digg's model statement. The known
 * gaps come in its three groups: non-compliance, disproportionate burden, and content outside the law.
 */
public record AccessibilityView(String organisation, String service, String complianceKey, String compliance,
                                List<GapView> nonCompliant, List<GapView> burden, List<GapView> outOfScope,
                                String method, DateView assessed, DateView prepared, DateView updated, DateView published,
                                String email, String phone, String responseTime, String supervisorUrl, String html) {

    /** One gap: what is not accessible, the WCAG criteria it fails (may be empty) and when it will be fixed (or null). */
    public record GapView(String text, List<String> criteria, DateView fixBy) {
    }
}
