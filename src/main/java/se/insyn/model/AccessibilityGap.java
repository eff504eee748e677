package se.insyn.model;

import java.time.LocalDate;
import java.util.List;

/** Content known not to be accessible: what, why, which WCAG criteria, and when it will be fixed (null if not stated). */
public record AccessibilityGap(String text, GapReason reason, List<String> criteria, LocalDate fixBy, Origin origin) {
}
