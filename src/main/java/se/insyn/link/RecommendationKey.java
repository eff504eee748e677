package se.insyn.link;

/** Identifies a recommendation across the site: its audit's diarienummer and its number. */
public record RecommendationKey(String auditDnr, int number) {
}
