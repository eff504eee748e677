package se.insyn.read;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import se.insyn.load.Source;
import se.insyn.model.CaseFile;
import se.insyn.model.DecisionBasis;
import se.insyn.problem.Text;

/** Reads an officer's report (tjänsteskrivelse) and its decision basis. */
final class CaseFileReader {
    private CaseFileReader() {
    }

    static CaseFile read(Fields f, Source source) {
        return new CaseFile(f.dnr("dnr", true), f.text("title", true, "Yttrande över …"), f.date("date", true),
                f.id("office", true, "kommunledningskontoret"), f.text("officer", false, "Ida Wiking"),
                f.id("addressed_to", false, "kommunstyrelsen"), f.dnr("audit", false),
                f.text("proposed_decision", false, "Kommunstyrelsen beslutar …"), f.textLine("proposed_decision"), decisionBasis(f, source),
                f.id("signed_for", false, "kommunledningskontoret"), SignatoryReader.read(f), source.body(), f.origin());
    }

    private static List<DecisionBasis> decisionBasis(Fields f, Source source) {
        return f.items("decision_basis", false, "title: Bilaga 1, yttrande\n    attachment: bilaga-1-yttrande.md").stream()
                .map(b -> {
                    String title = b.text("title", true, "Bilaga 1, yttrande till kommunrevisionen");
                    Path attachment = attachment(b, source);
                    String dnr = b.dnr("dnr", false);
                    if (attachment != null && dnr != null) {
                        b.error(b.line("dnr"), Text.of("read.attachmentAndDnr"), Text.of("read.attachmentAndDnr.fix"));
                    }
                    b.finish();
                    return new DecisionBasis(title, attachment, dnr, b.origin());
                })
                .toList();
    }

    /** The attachment's path relative to the content folder; it must stay inside the case folder. */
    private static Path attachment(Fields b, Source source) {
        String written = b.text("attachment", false, "bilaga-1-yttrande.md");
        if (written == null) {
            return null;
        }
        try {
            Path relative = Path.of(written).normalize();
            if (relative.isAbsolute() || relative.startsWith("..") || written.contains("\\")) {
                b.error(b.line("attachment"), Text.of("read.attachmentOutside", written), Text.of("read.attachmentOutside.fix"));
                return null;
            }
            return source.folder().resolve(relative).normalize();
        } catch (InvalidPathException e) {
            b.error(b.line("attachment"), Text.of("read.invalidFileName", written), Text.of("read.invalidFileName.fix"));
            return null;
        }
    }
}
