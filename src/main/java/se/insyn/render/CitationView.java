package se.insyn.render;

/**
 * What a journalist copies to cite a record: who, what kind of document, its diarienummer and date,
 * the recommendation it concerns, its title and permanent address, and when the status last changed.
 * {@code text} is the whole citation as one line of plain text.
 */
public record CitationView(String organisation, String documentType, String dnr, DateView date, Integer recommendation,
                           String title, String url, DateView statusChanged, String text) {
}
