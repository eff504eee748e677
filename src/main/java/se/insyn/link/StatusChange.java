package se.insyn.link;

import java.time.LocalDate;
import se.insyn.model.FollowUp;
import se.insyn.model.Implementation;
import se.insyn.model.Position;
import se.insyn.model.Statement;

/**
 * One dated step in a recommendation's history for one organisation, backed by the statement or
 * follow-up that states it. {@code date} is null when the source document is undated.
 * Exactly one of {@code statement} and {@code followUp} is set.
 */
public record StatusChange(LocalDate date, String organisation, Position position, Implementation implementation,
                           String text, Statement statement, FollowUp followUp) {
}
