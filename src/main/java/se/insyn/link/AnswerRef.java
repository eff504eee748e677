package se.insyn.link;

import se.insyn.model.Answer;
import se.insyn.model.Statement;

/** An answer together with the statement it stands in. */
public record AnswerRef(Statement statement, Answer answer) {
}
