package se.insyn.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import se.insyn.address.Addresses;
import se.insyn.link.Graph;
import se.insyn.model.Audit;
import se.insyn.model.CaseFile;
import se.insyn.model.District;
import se.insyn.model.FollowUp;
import se.insyn.model.GoverningDocument;
import se.insyn.model.Organisation;
import se.insyn.model.Recommendation;
import se.insyn.model.Statement;

/** Decides which pages the site has: one per record, one per recommendation, the lists, home and 404. */
final class SitePlan {
    private static final int LATEST = 10;

    private final Graph graph;
    private final Addresses addresses;
    private final ViewBuilder views;
    private final Map<String, String> t;

    SitePlan(Graph graph, Addresses addresses, ViewBuilder views, Map<String, String> messages) {
        this.graph = graph;
        this.addresses = addresses;
        this.views = views;
        this.t = messages;
    }

    List<Page> pages() {
        List<Page> pages = new ArrayList<>();
        pages.add(home());
        pages.add(new Page(addresses.notFound(), "404.ftlh", t.get("notFound.title"), List.of(), Map.of()));
        districtPages(pages);
        organisationPages(pages);
        documentPages(pages);
        auditPages(pages);
        statementPages(pages);
        caseFilePages(pages);
        followUpPages(pages);
        return pages;
    }

    private LinkView homeLink() {
        return new LinkView(addresses.home(), t.get("nav.home"));
    }

    private List<LinkView> crumbs(LinkView... links) {
        List<LinkView> crumbs = new ArrayList<>();
        crumbs.add(homeLink());
        crumbs.addAll(List.of(links));
        return crumbs;
    }

    private Page list(String address, String titleKey, String introKey, List<ListItem> items) {
        return new Page(address, "list.ftlh", t.get(titleKey), crumbs(),
                Map.of("items", items, "intro", t.getOrDefault(introKey, "")));
    }

    private Page home() {
        List<ListItem> statements = graph.content().statements().stream()
                .sorted(Comparator.comparing(Statement::date, Comparator.nullsLast(Comparator.reverseOrder())))
                .limit(LATEST).map(this::statementItem).toList();
        List<ListItem> followUps = graph.content().followUps().stream()
                .sorted(Comparator.comparing(FollowUp::date, Comparator.reverseOrder()))
                .limit(LATEST).map(this::followUpItem).toList();
        List<LinkView> districts = sortedDistricts().stream().map(d -> views.district(d.id())).toList();
        List<ListItem> audits = sortedAudits().stream().map(this::auditItem).toList();
        return new Page(addresses.home(), "home.ftlh", graph.site().title(), List.of(),
                Map.of("introHtml", views.html(graph.site(), graph.site().intro()), "districts", districts,
                        "statements", statements, "followUps", followUps, "audits", audits));
    }

    private List<District> sortedDistricts() {
        return graph.content().districts().stream().sorted(SwedishText.byText(District::name)).toList();
    }

    private List<Audit> sortedAudits() {
        return graph.content().audits().stream()
                .sorted(Comparator.comparing(Audit::auditPlanYear, Comparator.nullsLast(Comparator.reverseOrder()))
                        .thenComparing(SwedishText.byText(Audit::title)))
                .toList();
    }

    private ListItem auditItem(Audit audit) {
        return new ListItem(views.auditLink(audit.dnr()), audit.auditPlanYear() == null ? null
                : t.get("audit.planYear") + " " + audit.auditPlanYear(), DateView.of(audit.date()));
    }

    private ListItem statementItem(Statement statement) {
        return new ListItem(new LinkView(addresses.statement(statement.auditDnr(), statement.by()), statement.title()),
                views.organisation(statement.by()).text() + " · " + statement.auditDnr(), DateView.of(statement.date()));
    }

    private ListItem followUpItem(FollowUp followUp) {
        return new ListItem(views.followUpLink(followUp), views.organisation(followUp.by()).text(), DateView.of(followUp.date()));
    }

    private void districtPages(List<Page> pages) {
        List<ListItem> items = sortedDistricts().stream()
                .map(d -> new ListItem(views.district(d.id()), d.description(), null)).toList();
        pages.add(list(addresses.districts(), "districts.title", "districts.intro", items));
        LinkView listLink = new LinkView(addresses.districts(), t.get("districts.title"));
        for (District district : graph.content().districts()) {
            pages.add(new Page(addresses.district(district.id()), "district.ftlh", district.name(), crumbs(listLink),
                    Map.of("district", views.district(district))));
        }
    }

    private void organisationPages(List<Page> pages) {
        List<ListItem> items = graph.content().organisations().stream().sorted(SwedishText.byText(Organisation::name))
                .map(o -> new ListItem(views.organisation(o.id()), views.label(o.kind()), null)).toList();
        pages.add(list(addresses.organisations(), "organisations.title", "organisations.intro", items));
        LinkView listLink = new LinkView(addresses.organisations(), t.get("organisations.title"));
        for (Organisation organisation : graph.content().organisations()) {
            pages.add(new Page(addresses.organisation(organisation.id()), "organisation.ftlh", organisation.name(),
                    crumbs(listLink), Map.of("organisation", views.organisation(organisation))));
        }
    }

    private void documentPages(List<Page> pages) {
        List<ListItem> items = graph.content().documents().stream().sorted(SwedishText.byText(GoverningDocument::title))
                .map(d -> new ListItem(views.document(d.id()), d.issuedBy(), null)).toList();
        pages.add(list(addresses.documents(), "documents.title", "documents.intro", items));
        LinkView listLink = new LinkView(addresses.documents(), t.get("documents.title"));
        for (GoverningDocument document : graph.content().documents()) {
            pages.add(new Page(addresses.document(document.id()), "document.ftlh", document.title(), crumbs(listLink),
                    Map.of("document", views.document(document))));
        }
    }

    private void auditPages(List<Page> pages) {
        pages.add(list(addresses.audits(), "audits.title", "audits.intro", sortedAudits().stream().map(this::auditItem).toList()));
        LinkView listLink = new LinkView(addresses.audits(), t.get("audits.title"));
        for (Audit audit : graph.content().audits()) {
            AuditView view = views.audit(audit);
            LinkView auditLink = new LinkView(view.address(), audit.dnr());
            pages.add(new Page(view.address(), "audit.ftlh", audit.title(), crumbs(listLink), Map.of("audit", view)));
            for (Recommendation recommendation : audit.recommendations()) {
                RecommendationView rec = view.recommendations().stream()
                        .filter(r -> r.number() == recommendation.number()).findFirst().orElseThrow();
                pages.add(new Page(rec.address(), "recommendation.ftlh",
                        t.get("recommendation") + " " + rec.number() + " – " + audit.title(),
                        crumbs(listLink, auditLink), Map.of("recommendation", rec, "audit", view)));
            }
        }
    }

    private void statementPages(List<Page> pages) {
        List<ListItem> items = graph.content().statements().stream()
                .sorted(Comparator.comparing(Statement::date, Comparator.nullsLast(Comparator.reverseOrder())))
                .map(this::statementItem).toList();
        pages.add(list(addresses.statements(), "statements.title", "statements.intro", items));
        for (Statement statement : graph.content().statements()) {
            StatementView view = views.statement(statement);
            LinkView auditCrumb = new LinkView(addresses.audit(statement.auditDnr()), statement.auditDnr());
            pages.add(new Page(view.address(), "statement.ftlh", statement.title() + " – " + view.organisation().text(),
                    crumbs(new LinkView(addresses.audits(), t.get("audits.title")), auditCrumb), Map.of("statement", view)));
        }
    }

    private void caseFilePages(List<Page> pages) {
        List<ListItem> items = graph.content().caseFiles().stream()
                .sorted(Comparator.comparing(CaseFile::date, Comparator.reverseOrder()))
                .map(c -> new ListItem(views.caseLink(c.dnr()), views.organisation(c.office()).text(), DateView.of(c.date())))
                .toList();
        pages.add(list(addresses.caseFiles(), "caseFiles.title", "caseFiles.intro", items));
        LinkView listLink = new LinkView(addresses.caseFiles(), t.get("caseFiles.title"));
        for (CaseFile caseFile : graph.content().caseFiles()) {
            pages.add(new Page(addresses.caseFile(caseFile.dnr()), "case.ftlh", caseFile.title() + " (" + caseFile.dnr() + ")",
                    crumbs(listLink), Map.of("caseFile", views.caseFile(caseFile))));
        }
    }

    private void followUpPages(List<Page> pages) {
        List<ListItem> items = graph.content().followUps().stream()
                .sorted(Comparator.comparing(FollowUp::date, Comparator.reverseOrder())).map(this::followUpItem).toList();
        pages.add(list(addresses.followUps(), "followUps.title", "followUps.intro", items));
        LinkView listLink = new LinkView(addresses.followUps(), t.get("followUps.title"));
        for (FollowUp followUp : graph.content().followUps()) {
            pages.add(new Page(addresses.followUp(followUp.id()), "follow-up.ftlh", followUp.title(), crumbs(listLink),
                    Map.of("followUp", views.followUp(followUp))));
        }
    }
}
