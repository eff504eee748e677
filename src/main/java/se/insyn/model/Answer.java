package se.insyn.model;

import java.util.List;

/**
 * One organisation's answer to one recommendation, inside a statement. Position and implementation
 * are null unless the statement states them; {@code refersTo} names organisations whose statements
 * the answer points to instead of answering.
 */
public record Answer(int recommendation, Position position, Implementation implementation, List<String> refersTo,
                     String text, Origin origin) {
}
