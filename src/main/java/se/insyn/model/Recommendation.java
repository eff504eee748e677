package se.insyn.model;

import java.util.List;

/**
 * A numbered recommendation of an audit. {@code addressedTo} is empty when the source does not say
 * which of the audited organisations it is addressed to.
 */
public record Recommendation(int number, String text, List<String> addressedTo, Origin origin) {
}
