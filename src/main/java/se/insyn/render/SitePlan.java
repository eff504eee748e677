package se.insyn.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import se.insyn.address.Addresses;
import se.insyn.link.AnswerRef;
import se.insyn.link.Graph;
import se.insyn.model.Audit;
import se.insyn.model.CaseFile;
import se.insyn.model.District;
import se.insyn.model.FollowUp;
import se.insyn.model.GoverningDocument;
import se.insyn.model.Moved;
import se.insyn.model.Withdrawn;
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
    private final Citations citations;
    private final HelpPages help;
    /** The years of the published pages of one year, by the address of the page whose year they are. */
    private final Map<String, Set<Integer>> publishedYears;
    /**
     * Each long list's entries, newest first, by the list's address: its page and each of its
     * years' pages select from them, and sorting 10 000 audits by title again for each was
     * most of the time those pages took.
     */
    private final Map<String, List<?>> sortedLists = new ConcurrentHashMap<>();

    SitePlan(Graph graph, Addresses addresses, ViewBuilder views, Map<String, String> messages, Set<String> published) {
        this.graph = graph;
        this.publishedYears = Archive.publishedYears(published);
        this.addresses = addresses;
        this.views = views;
        this.t = messages;
        this.citations = new Citations(graph, addresses, views, messages);
        this.help = new HelpPages(graph, addresses, views, messages);
    }

    private boolean isDraft(Object record) {
        return graph.content().isDraft(views.originOf(record));
    }

    /** Metadata of a record page: its data file, feeds, citation and backlinks. */
    private PageMeta meta(String address, Object record, String description, CitationView citation, LinkView about,
                          List<LinkView> feeds) {
        String jsonLd = citation == null ? null : citations.jsonLd(citation, about == null ? null : about.text(),
                about == null ? null : about.href());
        List<LinkView> allFeeds = new ArrayList<>(feeds);
        allFeeds.add(new LinkView(addresses.siteFeed(), t.get("feed.site")));
        PageMeta meta = new PageMeta(description, jsonLd, allFeeds, addresses.dataFor(address), citation,
                record == null ? List.of() : views.referencedBy(record), record != null && isDraft(record));
        return summaryOf(record) == null ? meta
                : meta.withEasyRead(new LinkView(Addresses.easyRead(address), t.get("easyRead.link")));
    }

    /** The summary in easy Swedish of a record's page, or null. */
    private String summaryOf(Object record) {
        return record == null ? null : graph.content().easyReadOf(views.originOf(record));
    }

    /** Every page of the site, in an order that keeps the pages of one case together. */
    List<PlannedPage> pages() {
        List<PlannedPage> pages = new ArrayList<>();
        add(pages, addresses.home(), null, SitePlan::home);
        add(pages, addresses.notFound(), null, p -> new Page(p.addresses.notFound(), "404.ftlh", p.t.get("notFound.title"), List.of(), Map.of()));
        districtPages(pages);
        organisationPages(pages);
        documentPages(pages);
        auditPages(pages);
        statementPages(pages);
        caseFilePages(pages);
        followUpPages(pages);
        add(pages, addresses.openData(), null, SitePlan::openDataPage);
        if (!graph.content().terms().isEmpty()) {
            add(pages, addresses.glossary(), null, p -> p.help.glossary(p.crumbs()));
        }
        if (graph.content().accessibility() != null) {
            add(pages, addresses.accessibility(), null, p -> p.help.accessibility(p.crumbs()));
        }
        for (PlannedPage full : List.copyOf(pages)) {
            if (summaryOf(full.record()) != null) {
                add(pages, Addresses.easyRead(full.address()), null,
                        p -> p.help.easyRead(full.page().apply(p), p.summaryOf(p.current(full.record()))));
            }
        }
        addressPages(pages);
        return pages;
    }

    /**
     * A page is made by the plan it is asked of: a plan of a later version of the same records
     * ({@link #current}) makes the same pages with their new text.
     */
    private static void add(List<PlannedPage> pages, String address, Object record, Function<SitePlan, Page> page) {
        pages.add(new PlannedPage(address, record, page));
    }

    /** Old addresses kept alive: a redirect for a moved record, a notice for a withdrawn one. */
    private void addressPages(List<PlannedPage> pages) {
        // An address outside the site's base path is reported by the address check; it gets no page.
        for (Moved moved : graph.content().moved()) {
            if (moved.from() == null || !moved.from().startsWith(addresses.basePath())) {
                continue;
            }
            add(pages, moved.from(), null, p -> new Page(moved.from(), "redirect.ftlh", p.t.get("moved.title"), List.of(),
                    Map.of("target", moved.to(), "targetUrl", p.addresses.absolute(moved.to()), "moved", moved,
                            "date", DateView.of(moved.date()))));
        }
        for (Withdrawn withdrawn : graph.content().withdrawn()) {
            if (withdrawn.address() == null || !withdrawn.address().startsWith(addresses.basePath())) {
                continue;
            }
            String title = withdrawn.title() == null ? t.get("withdrawn.title") : withdrawn.title() + " – " + t.get("withdrawn.title");
            add(pages, withdrawn.address(), null, p -> new Page(withdrawn.address(), "withdrawn.ftlh", title, p.crumbs(),
                    Map.of("withdrawn", withdrawn, "date", DateView.of(withdrawn.date()))));
        }
    }

    /** The page that explains the open data in plain Swedish, with a link to every kind of file. */
    private Page openDataPage() {
        List<LinkView> schemas = se.insyn.opendata.OpenDataGenerator.SHAPES.stream()
                .map(shape -> new LinkView(addresses.schema(shape), shape)).toList();
        Map<String, Object> data = Map.of(
                "dataset", addresses.dataset(), "csv", addresses.recommendationsCsv(), "catalogue", addresses.catalogue(),
                "calendar", addresses.deadlinesCalendar(), "siteFeed", addresses.siteFeed(), "sitemap", addresses.sitemap(),
                "schemas", schemas,
                "exampleJson", graph.content().audits().isEmpty() ? "" : addresses.dataFor(addresses.audit(graph.content().audits().get(0).dnr())),
                "statusAsOf", graph.newestDate() == null ? "" : SwedishText.date(graph.newestDate()));
        return new Page(addresses.openData(), "open-data.ftlh", t.get("openData.title"), crumbs(), data);
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

    private void list(List<PlannedPage> pages, String address, String titleKey, String introKey,
                             Function<SitePlan, List<ListItem>> items) {
        add(pages, address, null, p -> new Page(address, "list.ftlh", p.t.get(titleKey), p.crumbs(),
                Map.of("items", items.apply(p), "intro", p.t.getOrDefault(introKey, ""))));
    }

    /**
     * A list that grows with every case: its page shows the newest entries and links to a page per
     * year with all of that year's. {@code entries} gives the plan's entries newest first; they are
     * sorted once for the list's page and all its years' pages. {@code taken} are addresses that
     * records have: a year whose page would take one has no page, and its entries are counted as
     * undated, so that they stay with the newest.
     */
    private <T> void archivedList(List<PlannedPage> pages, String address, String titleKey, String introKey,
                                  Function<SitePlan, List<T>> entries, Function<T, Integer> yearOf, Function<SitePlan, Function<T, ListItem>> item,
                                  Set<String> taken) {
        Function<T, Integer> yearWithPage = entry -> {
            Integer year = yearOf.apply(entry);
            return year == null || taken.contains(Addresses.year(address, year)) ? null : year;
        };
        LinkView listLink = new LinkView(address, t.get(titleKey));
        // Filtered again: a year the register has published may since have been taken by a record.
        List<Integer> years = yearsOfPage(address, Archive.years(sortedOnce(address, entries).stream().map(yearWithPage))).stream()
                .filter(year -> !taken.contains(Addresses.year(address, year))).toList();
        archived(pages, address, null, listLink, List.of(), Archive.ON_LIST_PAGE, years,
                (p, at, none, archive, links, crumbs) -> p.listPage(at, listLink, titleKey, introKey, crumbs, archive, links,
                        p.sortedOnce(address, entries), yearWithPage, item.apply(p)));
    }

    /** The entries of the list at this address, made once for this plan's graph and shared by its pages, on any thread. */
    @SuppressWarnings("unchecked")
    private <T> List<T> sortedOnce(String address, Function<SitePlan, List<T>> entries) {
        return (List<T>) sortedLists.computeIfAbsent(address, list -> entries.apply(this));
    }

    /** Makes a page that shows the newest of its lists, or its page of one year. */
    @FunctionalInterface
    private interface ArchivedPage<T> {
        Page make(SitePlan plan, String address, T record, Archive archive, List<LinkView> years, List<LinkView> crumbs);
    }

    /**
     * Plans the page at {@code address} with the newest of its lists, and a page for each of these
     * years ({@link #yearsOfPage}), whose crumbs lead back to it.
     *
     * @param record the record the page shows, or null for a list
     */
    private <T> void archived(List<PlannedPage> pages, String address, T record, LinkView self, List<LinkView> crumbs, int newest,
                              List<Integer> years, ArchivedPage<T> page) {
        List<LinkView> links = years.stream().map(year -> new LinkView(Addresses.year(address, year), String.valueOf(year))).toList();
        add(pages, address, record, p -> page.make(p, address, record == null ? null : p.current(record), Archive.newest(newest), links,
                p.crumbs(crumbs.toArray(LinkView[]::new))));
        List<LinkView> yearCrumbs = new ArrayList<>(crumbs);
        yearCrumbs.add(self);
        for (int year : years) {
            add(pages, Addresses.year(address, year), null, p -> page.make(p, Addresses.year(address, year),
                    record == null ? null : p.current(record), Archive.of(year), links, p.crumbs(yearCrumbs.toArray(LinkView[]::new))));
        }
    }

    private <T> Page listPage(String address, LinkView listLink, String titleKey, String introKey, List<LinkView> crumbs,
                              Archive archive, List<LinkView> years, List<T> entries, Function<T, Integer> yearOf,
                              Function<T, ListItem> item) {
        List<ListItem> items = archive.select(entries, yearOf).stream().map(item).toList();
        return archivePage(address, "list.ftlh", t.get(titleKey), crumbs,
                Map.of("items", items, "intro", t.getOrDefault(introKey, ""), "newest", listLink.href()), archive, years, PageMeta.none());
    }

    private Page home() {
        List<ListItem> statements = graph.content().statements().stream()
                .sorted(Comparator.comparing(Statement::date, Comparator.nullsLast(Comparator.reverseOrder())))
                .limit(LATEST).map(this::statementItem).toList();
        List<ListItem> followUps = graph.content().followUps().stream()
                .sorted(Archive.FOLLOW_UPS)
                .limit(LATEST).map(this::followUpItem).toList();
        List<LinkView> districts = sortedDistricts().stream().map(d -> views.district(d.id())).toList();
        List<ListItem> audits = sortedAudits().stream().limit(LATEST).map(this::auditItem).toList();
        PageMeta meta = new PageMeta(graph.site().tagline(), null, List.of(new LinkView(addresses.siteFeed(), t.get("feed.site"))),
                null, null, List.of(), false);
        return new Page(addresses.home(), "home.ftlh", graph.site().title(), List.of(),
                Map.of("introHtml", views.html(graph.site(), graph.site().intro()), "districts", districts,
                        "statements", statements, "followUps", followUps, "audits", audits,
                        "allAudits", new LinkView(addresses.audits(), t.get("home.allAudits"))), meta);
    }

    private List<District> sortedDistricts() {
        return graph.content().districts().stream().sorted(SwedishText.byText(District::name)).toList();
    }

    private List<Audit> sortedAudits() {
        return graph.content().audits().stream().sorted(Archive.audits()).toList();
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

    private void districtPages(List<PlannedPage> pages) {
        list(pages, addresses.districts(), "districts.title", "districts.intro", p -> p.sortedDistricts().stream()
                .map(d -> new ListItem(p.views.district(d.id()), d.description(), null)).toList());
        LinkView listLink = new LinkView(addresses.districts(), t.get("districts.title"));
        for (District district : graph.content().districts()) {
            String address = addresses.district(district.id());
            archived(pages, address, district, new LinkView(address, district.name()), List.of(listLink), Archive.ON_RECORD_PAGE,
                    yearsOfPage(address, views.years(district)), SitePlan::districtPage);
        }
    }

    /** A district's page, or its page of one year. */
    private Page districtPage(String address, District district, Archive archive, List<LinkView> years, List<LinkView> crumbs) {
        List<LinkView> feeds = List.of(new LinkView(addresses.districtFeed(district.id()), t.get("feed.district")));
        return archivePage(address, "district.ftlh", district.name(), crumbs, Map.of("district", views.district(district, archive)),
                archive, years, archive.isYear() ? yearMeta(district.description(), feeds) : meta(address, district, district.description(), null, null, feeds));
    }

    private void organisationPages(List<PlannedPage> pages) {
        list(pages, addresses.organisations(), "organisations.title", "organisations.intro", p -> p.graph.content().organisations()
                .stream().sorted(SwedishText.byText(Organisation::name))
                .map(o -> new ListItem(p.views.organisation(o.id()), p.views.label(o.kind()), null)).toList());
        LinkView listLink = new LinkView(addresses.organisations(), t.get("organisations.title"));
        for (Organisation organisation : graph.content().organisations()) {
            String address = addresses.organisation(organisation.id());
            archived(pages, address, organisation, new LinkView(address, organisation.name()), List.of(listLink), Archive.ON_RECORD_PAGE,
                    yearsOfPage(address, views.years(organisation)), SitePlan::organisationPage);
        }
    }

    /** An organisation's page, or its page of one year. */
    private Page organisationPage(String address, Organisation organisation, Archive archive, List<LinkView> years, List<LinkView> crumbs) {
        List<LinkView> feeds = List.of(new LinkView(addresses.organisationFeed(organisation.id()), t.get("feed.organisation")));
        return archivePage(address, "organisation.ftlh", organisation.name(), crumbs,
                Map.of("organisation", views.organisation(organisation, archive)), archive, years,
                archive.isYear() ? yearMeta(organisation.description(), feeds) : meta(address, organisation, organisation.description(), null, null, feeds));
    }

    /**
     * The years of the page at this address: those it has entries of, and those whose page it has
     * published, newest first. A year's page stays when its last entry is withdrawn or moves to
     * another year, since someone may have linked to it.
     */
    private List<Integer> yearsOfPage(String address, List<Integer> entryYears) {
        TreeSet<Integer> all = new TreeSet<>(Comparator.reverseOrder());
        all.addAll(entryYears);
        all.addAll(publishedYears.getOrDefault(address, Set.of()));
        return List.copyOf(all);
    }

    /**
     * A page that shows the newest of its lists and links to its pages per year, or one of those:
     * the template is given the links as {@code years}, and on a year's page that year as {@code year}.
     */
    private Page archivePage(String address, String template, String title, List<LinkView> crumbs, Map<String, Object> data,
                             Archive archive, List<LinkView> years, PageMeta meta) {
        Map<String, Object> all = new HashMap<>(data);
        all.put("years", years);
        if (archive.isYear()) {
            all.put("year", archive.year());
        }
        return new Page(address, template, archive.isYear() ? title + " " + archive.year() : title, crumbs, Map.copyOf(all), meta);
    }

    /** A year's page is part of a record's or a list's: it has the feeds, but no data file, citation or summary of its own. */
    private PageMeta yearMeta(String description, List<LinkView> feeds) {
        List<LinkView> allFeeds = new ArrayList<>(feeds);
        allFeeds.add(new LinkView(addresses.siteFeed(), t.get("feed.site")));
        return new PageMeta(description, null, List.copyOf(allFeeds), null, null, List.of(), false);
    }

    private void documentPages(List<PlannedPage> pages) {
        list(pages, addresses.documents(), "documents.title", "documents.intro", p -> p.graph.content().documents().stream()
                .sorted(SwedishText.byText(GoverningDocument::title)).map(d -> new ListItem(p.views.document(d.id()), d.issuedBy(), null))
                .toList());
        LinkView listLink = new LinkView(addresses.documents(), t.get("documents.title"));
        for (GoverningDocument document : graph.content().documents()) {
            String address = addresses.document(document.id());
            add(pages, address, document, p -> p.documentPage(address, p.current(document), listLink));
        }
    }

    private Page documentPage(String address, GoverningDocument document, LinkView listLink) {
        return new Page(address, "document.ftlh", document.title(), crumbs(listLink),
                Map.of("document", views.document(document)), meta(address, document, document.title(), null, null, List.of()));
    }

    /** An audit's page, then each recommendation's page followed by its answers' pages, then its statements and case files. */
    private void auditPages(List<PlannedPage> pages) {
        archivedList(pages, addresses.audits(), "audits.title", "audits.intro", SitePlan::sortedAudits, Archive::yearOf,
                p -> p::auditItem, Set.of());
        LinkView listLink = new LinkView(addresses.audits(), t.get("audits.title"));
        for (Audit audit : graph.content().audits()) {
            String auditAddress = addresses.audit(audit.dnr());
            add(pages, auditAddress, audit, p -> p.auditPage(auditAddress, p.current(audit), listLink));
            LinkView auditLink = new LinkView(auditAddress, audit.dnr());
            for (int r = 0; r < audit.recommendations().size(); r++) {
                Recommendation recommendation = audit.recommendations().get(r);
                String address = Addresses.recommendationOf(auditAddress, recommendation.number());
                int place = r;
                add(pages, address, null, p -> p.recommendationPage(p.current(audit), place, listLink, auditLink));
                answerPages(pages, audit, place, address, crumbs(listLink, auditLink,
                        new LinkView(address, t.get("recommendation") + " " + recommendation.number())));
            }
            // A case's pages stay together, so that the texts they share are rendered once.
            Graph.of(graph.statementsByAudit(), audit.dnr()).forEach(statement -> statementPage(pages, statement));
            Graph.of(graph.caseFilesByAudit(), audit.dnr()).forEach(caseFile -> caseFilePage(pages, caseFile));
        }
    }

    private Page auditPage(String auditAddress, Audit audit, LinkView listLink) {
        LinkView about = audit.districts().isEmpty() ? null : views.district(audit.districts().get(0));
        return new Page(auditAddress, "audit.ftlh", audit.title(), crumbs(listLink), Map.of("audit", views.audit(audit)),
                meta(auditAddress, audit, audit.overallAssessment(), citations.audit(audit), about, List.of()));
    }

    /** The page of the audit's recommendation at this place in its list. */
    private Page recommendationPage(Audit audit, int place, LinkView listLink, LinkView auditLink) {
        Recommendation recommendation = audit.recommendations().get(place);
        AuditView view = views.audit(audit);
        RecommendationView rec = view.recommendations().get(place);
        return new Page(rec.address(), "recommendation.ftlh", t.get("recommendation") + " " + rec.number() + " – " + audit.title(),
                crumbs(listLink, auditLink), Map.of("recommendation", rec, "audit", view),
                meta(rec.address(), null, rec.text(), citations.recommendation(audit, recommendation),
                        view.districts().isEmpty() ? null : view.districts().get(0), List.of()).draft(isDraft(audit)));
    }

    /** One page per answer: the canonical address journalists cite for one organisation's answer. */
    private void answerPages(List<PlannedPage> pages, Audit audit, int place, String recommendationAddress, List<LinkView> crumbs) {
        // The view's answers are built from the graph's answers, in the same order.
        List<AnswerRef> refs = graph.answersTo(audit.dnr(), audit.recommendations().get(place).number());
        for (int i = 0; i < refs.size(); i++) {
            Statement statement = refs.get(i).statement();
            int index = i;
            add(pages, Addresses.answerOf(recommendationAddress, statement.by()), null,
                    p -> p.answerPage(p.current(audit), place, index, p.current(statement), crumbs));
        }
    }

    /** The page of the answer at this place among the answers to the recommendation at that place. */
    private Page answerPage(Audit audit, int place, int index, Statement statement, List<LinkView> crumbs) {
        RecommendationView rec = views.audit(audit).recommendations().get(place);
        AnswerView answer = rec.answers().get(index);
        String title = t.get("answer.title").replace("{0}", answer.organisation().text())
                .replace("{1}", String.valueOf(rec.number()));
        return new Page(answer.address(), "answer.ftlh", title + " – " + audit.dnr(), crumbs,
                Map.of("answer", answer, "recommendation", rec, "heading", title),
                meta(answer.address(), null, rec.text(), citations.answer(statement, rec.number()), rec.audit(), List.of())
                        .draft(isDraft(statement)));
    }

    private void statementPages(List<PlannedPage> pages) {
        archivedList(pages, addresses.statements(), "statements.title", "statements.intro", p -> p.graph.content().statements()
                .stream().sorted(Archive.newestFirst(p.views::yearOf, Statement::date)).toList(), views::yearOf, p -> p::statementItem, Set.of());
        graph.statementsWithoutAudit().forEach(statement -> statementPage(pages, statement));
    }

    private void statementPage(List<PlannedPage> pages, Statement statement) {
        String address = addresses.statement(statement.auditDnr(), statement.by());
        add(pages, address, statement, p -> p.statementPage(address, p.current(statement)));
    }

    private Page statementPage(String address, Statement statement) {
        StatementView view = views.statement(statement);
        LinkView auditCrumb = new LinkView(addresses.audit(statement.auditDnr()), statement.auditDnr());
        return new Page(address, "statement.ftlh", statement.title() + " – " + view.organisation().text(),
                crumbs(new LinkView(addresses.audits(), t.get("audits.title")), auditCrumb), Map.of("statement", view),
                meta(address, statement, statement.title(), citations.statement(statement), view.audit(), List.of()));
    }

    private void caseFilePages(List<PlannedPage> pages) {
        archivedList(pages, addresses.caseFiles(), "caseFiles.title", "caseFiles.intro", p -> p.graph.content().caseFiles().stream()
                .sorted(Comparator.comparing(CaseFile::date, Comparator.reverseOrder())).toList(), caseFile -> Archive.yearOf(caseFile.date()),
                p -> c -> new ListItem(p.views.caseLink(c.dnr()), p.views.organisation(c.office()).text(), DateView.of(c.date())), Set.of());
        graph.caseFilesWithoutAudit().forEach(caseFile -> caseFilePage(pages, caseFile));
    }

    private void caseFilePage(List<PlannedPage> pages, CaseFile caseFile) {
        String address = addresses.caseFile(caseFile.dnr());
        LinkView listLink = new LinkView(addresses.caseFiles(), t.get("caseFiles.title"));
        add(pages, address, caseFile, p -> p.caseFilePage(address, p.current(caseFile), listLink));
    }

    private Page caseFilePage(String address, CaseFile caseFile, LinkView listLink) {
        return new Page(address, "case.ftlh", caseFile.title() + " (" + caseFile.dnr() + ")",
                crumbs(listLink), Map.of("caseFile", views.caseFile(caseFile)),
                meta(address, caseFile, caseFile.title(), citations.caseFile(caseFile), null, List.of()));
    }

    private void followUpPages(List<PlannedPage> pages) {
        // A follow-up's address is its id, which may be a year.
        archivedList(pages, addresses.followUps(), "followUps.title", "followUps.intro", p -> p.graph.content().followUps().stream()
                .sorted(Archive.FOLLOW_UPS).toList(), Archive::yearOf, p -> p::followUpItem, takenBelowFollowUps());
        LinkView listLink = new LinkView(addresses.followUps(), t.get("followUps.title"));
        for (FollowUp followUp : graph.content().followUps()) {
            String address = addresses.followUp(followUp.id());
            add(pages, address, followUp, p -> p.followUpPage(address, p.current(followUp), listLink));
        }
    }

    /** The addresses below the list of follow-ups that a follow-up, or a move or withdrawal in the content, takes. */
    private Set<String> takenBelowFollowUps() {
        Set<String> taken = new HashSet<>();
        graph.content().followUps().forEach(f -> taken.add(addresses.followUp(f.id())));
        graph.content().moved().forEach(moved -> taken.add(moved.from()));
        graph.content().withdrawn().forEach(withdrawn -> taken.add(withdrawn.address()));
        return taken;
    }

    private Page followUpPage(String address, FollowUp followUp, LinkView listLink) {
        return new Page(address, "follow-up.ftlh", followUp.title(), crumbs(listLink),
                Map.of("followUp", views.followUp(followUp)),
                meta(address, followUp, followUp.title(), citations.followUp(followUp), null, List.of()));
    }

    /**
     * This plan's version of a record that a page was planned with, the record of the same file: a
     * page planned for an earlier version of the same records shows the record's text of now.
     */
    @SuppressWarnings("unchecked")
    private <T> T current(T record) {
        Object now = graph.recordsByFile().get(views.originOf(record).file());
        return record.getClass().isInstance(now) ? (T) now : record;
    }
}
