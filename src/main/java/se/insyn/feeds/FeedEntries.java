package se.insyn.feeds;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.insyn.address.Addresses;
import se.insyn.link.Graph;
import se.insyn.model.Audit;
import se.insyn.model.FollowUp;
import se.insyn.model.FollowUpEntry;
import se.insyn.model.Organisation;
import se.insyn.model.Statement;

/** Collects every piece of news on the site once, newest first; feeds are filters of this list. */
final class FeedEntries {
    private final Graph graph;
    private final Addresses addresses;
    private final Map<String, String> t;
    private final PublicationDates dates;

    FeedEntries(Graph graph, Addresses addresses, Map<String, String> messages) {
        this.graph = graph;
        this.addresses = addresses;
        this.t = messages;
        this.dates = new PublicationDates(graph);
    }

    List<FeedEntry> all() {
        List<FeedEntry> entries = new ArrayList<>();
        for (Audit audit : graph.content().audits()) {
            Set<String> organisations = new LinkedHashSet<>(audit.audited());
            if (audit.auditOffice() != null) {
                organisations.add(audit.auditOffice());
            }
            entries.add(entry(addresses.audit(audit.dnr()), t.get("feed.newAudit") + ": " + audit.title() + " (" + audit.dnr() + ")",
                    dates.of(audit), audit.overallAssessment(), audit.auditOffice(), Set.copyOf(audit.districts()), organisations));
        }
        for (Statement statement : graph.content().statements()) {
            Audit audit = graph.audits().get(statement.auditDnr());
            entries.add(entry(addresses.statement(statement.auditDnr(), statement.by()),
                    t.get("feed.newStatement") + " " + name(statement.by()) + ": " + statement.title(), dates.of(statement),
                    null, statement.by(), audit == null ? Set.of() : Set.copyOf(audit.districts()), Set.of(statement.by())));
        }
        for (FollowUp followUp : graph.content().followUps()) {
            Set<String> districts = new LinkedHashSet<>(followUp.districts());
            entries.add(entry(addresses.followUp(followUp.id()), t.get("feed.newFollowUp") + ": " + followUp.title(),
                    followUp.date(), followUp.source(), followUp.by(), districts, Set.of(followUp.by())));
            for (FollowUpEntry change : followUp.entries()) {
                Audit audit = graph.audits().get(change.auditDnr());
                entries.add(entry(addresses.followUpEntry(followUp.id(), change.auditDnr(), change.recommendation(), change.organisation()),
                        t.get("feed.statusChanged") + ": " + t.get("recommendation") + " " + change.recommendation() + " ("
                                + change.auditDnr() + "), " + name(change.organisation()),
                        followUp.date(), change.text(), change.organisation(),
                        audit == null ? Set.of() : Set.copyOf(audit.districts()), Set.of(change.organisation())));
            }
        }
        entries.removeIf(e -> e.updated() == null);
        entries.sort(Comparator.comparing(FeedEntry::updated).reversed().thenComparing(FeedEntry::id));
        return List.copyOf(entries);
    }

    private FeedEntry entry(String address, String title, LocalDate date, String summary, String author,
                            Set<String> districts, Set<String> organisations) {
        String url = addresses.absolute(address);
        return new FeedEntry(url, title, url, date, summary, author == null ? graph.site().municipality() : name(author),
                districts, organisations);
    }

    private String name(String organisation) {
        Organisation found = graph.organisations().get(organisation);
        return found == null ? organisation : found.name();
    }
}
