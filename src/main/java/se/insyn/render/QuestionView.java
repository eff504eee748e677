package se.insyn.render;

/** An audit question; {@code assessment} is null where the source does not state it. */
public record QuestionView(String text, String assessmentKey, String assessment) {
}
