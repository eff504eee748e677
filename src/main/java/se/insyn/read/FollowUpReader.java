package se.insyn.read;

import java.util.List;
import se.insyn.load.Source;
import se.insyn.model.FollowUp;
import se.insyn.model.FollowUpEntry;
import se.insyn.model.Implementation;
import se.insyn.model.Position;
import se.insyn.problem.Text;

/** Reads a follow-up (uppföljning) and its entries per recommendation. */
final class FollowUpReader {
    private FollowUpReader() {
    }

    static FollowUp read(Fields f, Source source) {
        List<FollowUpEntry> entries = f.items("entries", false,
                "audit: KRN-2022-00009\n    recommendation: 1\n    organisation: kommunstyrelsen\n    implementation: pågående\n    text: …")
                .stream().map(FollowUpReader::entry).toList();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (FollowUpEntry entry : entries) {
            if (!seen.add(entry.auditDnr() + "/" + entry.recommendation() + "/" + entry.organisation())) {
                f.error(entry.origin().line(), Text.of("read.entryTwice", entry.recommendation(), entry.auditDnr(), entry.organisation()),
                        Text.of("read.entryTwice.fix"));
            }
        }
        List<String> documents = f.ids("documents", false, "handlingsplan-gottsundaomradet-2021-2030");
        if (entries.isEmpty() && documents.isEmpty()) {
            f.error(f.line(), Text.of("read.followsUpNothing"), Text.of("read.followsUpNothing.fix"));
        }
        return new FollowUp(f.id("id", true, "2023-03-08-uppfoljning"), f.text("title", true, "Uppföljning av …"),
                f.date("date", true), f.id("by", true, "kommunstyrelsen"), f.text("source", false, "Kommunstyrelsens beslut"),
                documents, f.ids("districts", false, "gottsunda"), entries, source.body(), f.origin());
    }

    private static FollowUpEntry entry(Fields e) {
        Position position = e.choice("position", Position.class, false);
        Implementation implementation = e.choice("implementation", Implementation.class, false);
        if (position == null && implementation == null && !e.has("position") && !e.has("implementation")) {
            e.error(e.line(), Text.of("read.entryStatesNothing"), Text.of("read.entryStatesNothing.fix"));
        }
        FollowUpEntry entry = new FollowUpEntry(e.dnr("audit", true), orZero(e.integer("recommendation", true, "1")),
                e.id("organisation", true, "kommunstyrelsen"), position, implementation, e.text("text", false, "…"), e.origin());
        e.finish();
        return entry;
    }

    private static int orZero(Integer number) {
        return number == null ? 0 : number;
    }
}
