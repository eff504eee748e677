package se.insyn.model;

import java.time.LocalDate;
import java.util.List;

/**
 * The settings of the accessibility statement (tillgänglighetsredogörelse) that the law requires of a
 * public site: who is responsible, how well the site complies, what is known not to be accessible and
 * why, how and when it was assessed, where to give feedback and where to complain to the supervisor.
 */
public record AccessibilityStatement(String organisation, String service, Compliance compliance, List<AccessibilityGap> gaps,
                                     String method, LocalDate assessed, LocalDate prepared, LocalDate updated, LocalDate published,
                                     String email, String phone, String responseTime, String supervisorUrl, String body,
                                     Origin origin) {
}
