package se.insyn.render;

/** How many audit questions got one assessment, when the source gives only totals. */
public record TallyView(String assessmentKey, String assessment, int count) {
}
