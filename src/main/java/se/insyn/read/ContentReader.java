package se.insyn.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import se.insyn.load.Source;
import se.insyn.model.Audit;
import se.insyn.model.CaseFile;
import se.insyn.model.Content;
import se.insyn.model.District;
import se.insyn.model.FollowUp;
import se.insyn.model.GoverningDocument;
import se.insyn.model.Moved;
import se.insyn.model.Withdrawn;
import se.insyn.model.Organisation;
import se.insyn.model.Site;
import se.insyn.model.Statement;
import se.insyn.problem.Problems;
import se.insyn.problem.Suggestions;

/** Entry point of the read stage: dispatches each source on its {@code type} field. */
public final class ContentReader {
    /** The record types a communicator may write, with what each is called in Swedish. */
    public static final Map<String, String> TYPES = Map.of(
            "site", "webbplatsens inställningar", "district", "stadsdel", "organisation", "nämnd, bolag eller förvaltning",
            "document", "styrdokument", "audit", "granskning", "statement", "yttrande", "case", "tjänsteskrivelse",
            "follow-up", "uppföljning", "moved", "flyttad adress", "withdrawn", "tillbakadragen post");

    public Content read(List<Source> sources, Problems problems) {
        List<Site> sites = new ArrayList<>();
        List<District> districts = new ArrayList<>();
        List<Organisation> organisations = new ArrayList<>();
        List<GoverningDocument> documents = new ArrayList<>();
        List<Audit> audits = new ArrayList<>();
        List<Statement> statements = new ArrayList<>();
        List<CaseFile> caseFiles = new ArrayList<>();
        List<FollowUp> followUps = new ArrayList<>();
        List<Moved> moved = new ArrayList<>();
        List<Withdrawn> withdrawn = new ArrayList<>();
        Map<java.nio.file.Path, Integer> bodyLines = new java.util.HashMap<>();
        for (Source source : sources) {
            bodyLines.put(source.file(), source.bodyLine());
            Fields fields = new Fields(source.file(), source.frontMatter(), problems);
            String type = fields.text("type", true, "audit");
            if (type == null) {
                continue;
            }
            switch (type) {
                case "site" -> sites.add(SimpleReaders.site(fields, source));
                case "district" -> districts.add(SimpleReaders.district(fields, source));
                case "organisation" -> organisations.add(SimpleReaders.organisation(fields, source));
                case "document" -> documents.add(SimpleReaders.document(fields, source));
                case "audit" -> audits.add(AuditReader.read(fields, source));
                case "statement" -> statements.add(StatementReader.read(fields, source));
                case "case" -> caseFiles.add(CaseFileReader.read(fields, source));
                case "follow-up" -> followUps.add(FollowUpReader.read(fields, source));
                case "moved" -> moved.add(AddressReaders.moved(fields));
                case "withdrawn" -> withdrawn.add(AddressReaders.withdrawn(fields));
                default -> {
                    fields.error(fields.line("type"), "okänd posttyp '" + type + "'",
                            Suggestions.hint(type, TYPES.keySet().stream().sorted().toList()));
                    continue;
                }
            }
            fields.finish();
        }
        Site site = sources.isEmpty() && problems.hasErrors() ? null : onlySite(sites, problems);
        return new Content(site, List.copyOf(districts), List.copyOf(organisations), List.copyOf(documents),
                List.copyOf(audits), List.copyOf(statements), List.copyOf(caseFiles), List.copyOf(followUps),
                List.copyOf(moved), List.copyOf(withdrawn), bodyLines);
    }

    private static Site onlySite(List<Site> sites, Problems problems) {
        if (sites.isEmpty()) {
            problems.error(java.nio.file.Path.of("site.md"), 0, "webbplatsens inställningar saknas",
                    "skapa content/site.md med type: site, title, base_url, language och municipality (se README)");
            return null;
        }
        for (Site extra : sites.subList(1, sites.size())) {
            problems.error(extra.origin().file(), extra.origin().line(), "det finns mer än en fil med type: site (även "
                    + sites.get(0).origin().file() + ")", "behåll en enda fil med webbplatsens inställningar");
        }
        return sites.get(0);
    }
}
