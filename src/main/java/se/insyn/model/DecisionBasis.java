package se.insyn.model;

import java.nio.file.Path;

/**
 * One document a decision rests on (beslutsunderlag). It points at an attachment file in the case
 * folder, at a record by diarienummer, or at nothing (the case file itself).
 */
public record DecisionBasis(String title, Path attachment, String dnr, Origin origin) {
}
