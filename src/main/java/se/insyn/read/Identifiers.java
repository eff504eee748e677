package se.insyn.read;

import se.insyn.model.Audit;
import se.insyn.model.CaseFile;
import se.insyn.model.District;
import se.insyn.model.FollowUp;
import se.insyn.model.GoverningDocument;
import se.insyn.model.Organisation;
import se.insyn.model.Statement;

/** The identifier by which other records refer to a record. */
final class Identifiers {
    private Identifiers() {
    }

    static String of(Object record) {
        if (record instanceof Audit audit) {
            return audit.dnr();
        } else if (record instanceof CaseFile caseFile) {
            return caseFile.dnr();
        } else if (record instanceof Statement statement) {
            return statement.key();
        } else if (record instanceof FollowUp followUp) {
            return followUp.id();
        } else if (record instanceof District district) {
            return district.id();
        } else if (record instanceof Organisation organisation) {
            return organisation.id();
        } else if (record instanceof GoverningDocument document) {
            return document.id();
        }
        return String.valueOf(record);
    }
}
