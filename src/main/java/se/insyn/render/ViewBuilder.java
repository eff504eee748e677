package se.insyn.render;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.insyn.address.Addresses;
import se.insyn.link.AnswerRef;
import se.insyn.link.Graph;
import se.insyn.link.StatusChange;
import se.insyn.markdown.MarkdownRenderer;
import se.insyn.markdown.RecentlyUsed;
import se.insyn.model.Answer;
import se.insyn.model.Audit;
import se.insyn.model.CaseFile;
import se.insyn.model.DecisionBasis;
import se.insyn.model.District;
import se.insyn.model.Extension;
import se.insyn.model.FollowUp;
import se.insyn.model.GoverningDocument;
import se.insyn.model.Labelled;
import se.insyn.model.Organisation;
import se.insyn.model.Origin;
import se.insyn.model.Recommendation;
import se.insyn.model.Statement;

/**
 * Builds what templates show from the linked graph: every address comes from {@link Addresses},
 * every label from the theme's messages, and every Markdown text is rendered once and reused on all
 * pages that show it.
 */
final class ViewBuilder {
    private final Graph graph;
    private final Addresses addresses;
    private final MarkdownRenderer markdown;
    private final Map<String, String> messages;
    private final RecentlyUsed<Object, String> htmlCache = new RecentlyUsed<>(MarkdownRenderer.CACHED_TEXTS);
    /** An audit's view is shown on its own page and on each recommendation's and answer's page, which follow it. */
    private final RecentlyUsed<String, AuditView> auditCache = new RecentlyUsed<>(32);
    private final DiarienummerLinker dnrLinker;

    ViewBuilder(Graph graph, Addresses addresses, MarkdownRenderer markdown, Map<String, String> messages) {
        this.graph = graph;
        this.addresses = addresses;
        this.markdown = markdown;
        this.messages = messages;
        this.dnrLinker = new DiarienummerLinker(dnr -> graph.byDnr(dnr).map(r -> linkTo(r).href()).orElse(null));
    }

    /** A Markdown text as safe HTML with its diarienummer linked; rendered once however many pages show it. */
    String html(Object owner, String text) {
        if (text == null || text.isBlank()) {
            return "";
        }
        return htmlCache.computeIfAbsent(owner, o -> dnrLinker.link(markdown.toHtml(text)));
    }

    /** A link to any record. */
    LinkView linkTo(Object record) {
        if (record instanceof Audit audit) {
            return auditLink(audit.dnr());
        } else if (record instanceof CaseFile caseFile) {
            return caseLink(caseFile.dnr());
        } else if (record instanceof Statement statement) {
            return new LinkView(addresses.statement(statement.auditDnr(), statement.by()),
                    statement.title() + " – " + organisation(statement.by()).text());
        } else if (record instanceof FollowUp followUp) {
            return followUpLink(followUp);
        } else if (record instanceof District district) {
            return district(district.id());
        } else if (record instanceof Organisation organisation) {
            return organisation(organisation.id());
        } else if (record instanceof GoverningDocument document) {
            return document(document.id());
        }
        throw new IllegalArgumentException("ingen sida för " + record.getClass().getSimpleName());
    }

    /** Where a record was written. */
    Origin originOf(Object record) {
        return ((se.insyn.model.Record) record).origin();
    }

    /** The records that refer to this one ("Hänvisas från"). */
    List<LinkView> referencedBy(Object record) {
        return graph.referencesTo(record).stream().map(this::linkTo).toList();
    }

    String label(Labelled value) {
        if (value == null) {
            return null;
        }
        String key = value.getClass().getSimpleName().toLowerCase() + "." + ((Enum<?>) value).name();
        return messages.getOrDefault(key, value.key());
    }

    static String key(Labelled value) {
        return value == null ? null : ((Enum<?>) value).name().toLowerCase().replace('_', '-');
    }

    // Links to records; an identifier that names nothing published yields an unlinked name.

    LinkView organisation(String id) {
        Organisation organisation = graph.organisations().get(id);
        return organisation == null ? new LinkView(null, id) : new LinkView(addresses.organisation(id), organisation.name());
    }

    List<LinkView> organisations(Collection<String> ids) {
        return ids.stream().map(this::organisation).toList();
    }

    LinkView district(String id) {
        District district = graph.districts().get(id);
        return district == null ? new LinkView(null, id) : new LinkView(addresses.district(id), district.name());
    }

    LinkView document(String id) {
        GoverningDocument document = graph.documents().get(id);
        return document == null ? new LinkView(null, id) : new LinkView(addresses.document(id), document.title());
    }

    LinkView auditLink(String dnr) {
        Audit audit = graph.audits().get(dnr);
        return audit == null ? new LinkView(null, dnr) : new LinkView(addresses.audit(dnr), audit.title() + " (" + dnr + ")");
    }

    LinkView caseLink(String dnr) {
        CaseFile caseFile = graph.caseFiles().get(dnr);
        return caseFile == null ? new LinkView(null, dnr) : new LinkView(addresses.caseFile(dnr), caseFile.title() + " (" + dnr + ")");
    }

    LinkView statementLink(Statement statement) {
        return new LinkView(addresses.statement(statement.auditDnr(), statement.by()),
                messages.get("statement.by") + " " + organisation(statement.by()).text());
    }

    LinkView followUpLink(FollowUp followUp) {
        return new LinkView(addresses.followUp(followUp.id()), followUp.title());
    }

    LinkView recommendationLink(String auditDnr, int number) {
        return new LinkView(addresses.recommendation(auditDnr, number), messages.get("recommendation") + " " + number);
    }

    // Views of records.

    AuditView audit(Audit audit) {
        return auditCache.computeIfAbsent(audit.dnr(), dnr -> buildAudit(audit));
    }

    private AuditView buildAudit(Audit audit) {
        List<QuestionView> questions = audit.questions().stream()
                .map(q -> new QuestionView(q.text(), key(q.assessment()), label(q.assessment()))).toList();
        List<TallyView> tally = audit.questionTally().entrySet().stream()
                .map(e -> new TallyView(key(e.getKey()), label(e.getKey()), e.getValue())).toList();
        List<ExtensionView> extensions = audit.extensions().stream()
                .map(e -> new ExtensionView(organisation(e.organisation()), DateView.of(e.until()))).toList();
        List<RecommendationView> recommendations = audit.recommendations().stream()
                .map(r -> recommendation(audit, r, true)).toList();
        return new AuditView(audit.dnr(), audit.title(), addresses.audit(audit.dnr()), DateView.of(audit.date()),
                audit.auditOffice() == null ? null : organisation(audit.auditOffice()), audit.performedBy(), audit.auditPlanYear(),
                audit.districts().stream().map(this::district).toList(), organisations(audit.audited()), questions, tally,
                audit.questionCount(), audit.questionTopics(), audit.overallAssessment(), DateView.of(audit.deadline()),
                extensions, recommendations, statementSlots(audit), audit.documents().stream().map(this::document).toList(),
                Graph.of(graph.caseFilesByAudit(), audit.dnr()).stream().map(c -> caseLink(c.dnr())).toList(),
                html(audit, audit.body()));
    }

    private AuditSummaryView auditSummary(Audit audit) {
        return new AuditSummaryView(audit.dnr(), audit.title(), addresses.audit(audit.dnr()), DateView.of(audit.date()),
                audit.recommendations().stream().map(r -> recommendation(audit, r, false)).toList());
    }

    /** @param withAnswers false for a summary in a list, where the answers' texts are not shown */
    RecommendationView recommendation(Audit audit, Recommendation r, boolean withAnswers) {
        List<AnswerView> answers = withAnswers
                ? graph.answersTo(audit.dnr(), r.number()).stream().map(ref -> answer(ref, true)).toList() : List.of();
        List<StatusView> timeline = graph.timeline(audit.dnr(), r.number()).stream().map(this::status).toList();
        Map<String, StatusView> current = new LinkedHashMap<>();
        for (StatusChange change : graph.timeline(audit.dnr(), r.number())) {
            StatusView previous = current.get(change.organisation());
            current.put(change.organisation(), merge(previous, status(change)));
        }
        return new RecommendationView(r.number(), r.text(), addresses.recommendation(audit.dnr(), r.number()),
                auditLink(audit.dnr()), organisations(r.addressedTo()), answers, List.copyOf(current.values()), timeline);
    }

    /** The latest statement of position and of implementation may come from different documents. */
    private static StatusView merge(StatusView earlier, StatusView later) {
        if (earlier == null) {
            return later;
        }
        boolean newPosition = later.position() != null;
        boolean newImplementation = later.implementation() != null;
        return new StatusView(later.organisation(),
                newPosition ? later.positionKey() : earlier.positionKey(), newPosition ? later.position() : earlier.position(),
                newImplementation ? later.implementationKey() : earlier.implementationKey(),
                newImplementation ? later.implementation() : earlier.implementation(),
                later.text(), later.date(), later.source());
    }

    StatusView status(StatusChange change) {
        LinkView source = change.statement() != null ? statementLink(change.statement()) : followUpLink(change.followUp());
        return new StatusView(organisation(change.organisation()), key(change.position()), label(change.position()),
                key(change.implementation()), label(change.implementation()), change.text(), DateView.of(change.date()), source);
    }

    private static String recommendationText(Audit audit, int number) {
        return audit == null ? null : audit.recommendation(number).map(Recommendation::text).orElse(null);
    }

    /** @param withText false for a row in a list, where only the answer's position and status are shown */
    AnswerView answer(AnswerRef ref, boolean withText) {
        Statement statement = ref.statement();
        Answer answer = ref.answer();
        Audit audit = graph.audits().get(statement.auditDnr());
        String text = recommendationText(audit, answer.recommendation());
        return new AnswerView(answer.recommendation(), text, recommendationLink(statement.auditDnr(), answer.recommendation()),
                organisation(statement.by()), Addresses.answerAnchor(statement.by()),
                addresses.answer(statement.auditDnr(), answer.recommendation(), statement.by()), statementLink(statement),
                withText ? html(answer, answer.text()) : "", key(answer.position()), label(answer.position()),
                key(answer.implementation()), label(answer.implementation()),
                answer.refersTo().stream().map(org -> slot(audit, org)).toList());
    }

    /** Every organisation that is audited, has stated, or is referred to, with its statement or none yet. */
    List<StatementSlot> statementSlots(Audit audit) {
        Set<String> organisations = new LinkedHashSet<>(audit.audited());
        Graph.of(graph.statementsByAudit(), audit.dnr()).forEach(s -> organisations.add(s.by()));
        for (Statement statement : Graph.of(graph.statementsByAudit(), audit.dnr())) {
            statement.answers().forEach(a -> organisations.addAll(a.refersTo()));
        }
        return organisations.stream().map(org -> slot(audit, org)).toList();
    }

    StatementSlot slot(Audit audit, String organisation) {
        if (audit == null) {
            return new StatementSlot(organisation(organisation), null, null, null, null);
        }
        LocalDate deadline = audit.deadline();
        for (Extension extension : audit.extensions()) {
            if (extension.organisation().equals(organisation)) {
                deadline = extension.until();
            }
        }
        Statement statement = graph.statement(audit.dnr(), organisation).orElse(null);
        if (statement == null) {
            return new StatementSlot(organisation(organisation), null, null, DateView.of(deadline), messages.get("statement.pending"));
        }
        String timeliness;
        if (statement.date() == null || deadline == null) {
            timeliness = messages.get("statement.timeliness.unknown");
        } else {
            timeliness = messages.get(statement.date().isAfter(deadline) ? "statement.timeliness.late" : "statement.timeliness.inTime");
        }
        return new StatementSlot(organisation(organisation), statementLink(statement), DateView.of(statement.date()),
                DateView.of(deadline), timeliness);
    }

    StatementView statement(Statement statement) {
        Audit audit = graph.audits().get(statement.auditDnr());
        List<AnswerView> answers = statement.answers().stream().map(a -> answer(new AnswerRef(statement, a), true)).toList();
        return new StatementView(statement.title(), addresses.statement(statement.auditDnr(), statement.by()),
                organisation(statement.by()), auditLink(statement.auditDnr()), statement.auditDnr(), DateView.of(statement.date()),
                statement.caseDnr() == null ? null : caseLink(statement.caseDnr()), statement.attachmentLabel(), statement.officer(),
                statement.addressedTo(), statement.contacts(), statement.theirReference(), html(statement, statement.intro()),
                answers, signatories(statement.signatories()), slot(audit, statement.by()));
    }

    private static List<SignatoryView> signatories(List<se.insyn.model.Signatory> signatories) {
        return signatories.stream().map(s -> new SignatoryView(s.name(), s.title())).toList();
    }

    CaseFileView caseFile(CaseFile caseFile) {
        List<BasisView> basis = new ArrayList<>();
        for (DecisionBasis item : caseFile.decisionBasis()) {
            basis.add(new BasisView(item.title(), basisLink(item)));
        }
        return new CaseFileView(caseFile.dnr(), caseFile.title(), addresses.caseFile(caseFile.dnr()), DateView.of(caseFile.date()),
                organisation(caseFile.office()), caseFile.officer(),
                caseFile.addressedTo() == null ? null : organisation(caseFile.addressedTo()),
                caseFile.auditDnr() == null ? null : auditLink(caseFile.auditDnr()),
                html(caseFile.proposedDecision() + "#decision", caseFile.proposedDecision()), html(caseFile, caseFile.body()),
                List.copyOf(basis), caseFile.signedFor() == null ? null : organisation(caseFile.signedFor()),
                signatories(caseFile.signatories()));
    }

    private LinkView basisLink(DecisionBasis item) {
        return graph.target(item).map(this::linkTo).orElse(null);
    }

    FollowUpView followUp(FollowUp followUp) {
        List<FollowUpView.EntryView> entries = new ArrayList<>();
        for (var entry : followUp.entries()) {
            Audit audit = graph.audits().get(entry.auditDnr());
            String text = recommendationText(audit, entry.recommendation());
            StatusChange change = new StatusChange(followUp.date(), entry.organisation(), entry.position(), entry.implementation(),
                    entry.text(), null, followUp);
            entries.add(new FollowUpView.EntryView(Addresses.followUpEntryAnchor(entry.auditDnr(), entry.recommendation(), entry.organisation()),
                    recommendationLink(entry.auditDnr(), entry.recommendation()), text, status(change)));
        }
        return new FollowUpView(followUp.id(), followUp.title(), addresses.followUp(followUp.id()), DateView.of(followUp.date()),
                organisation(followUp.by()), followUp.source(), followUp.documents().stream().map(this::document).toList(),
                followUp.districts().stream().map(this::district).toList(), List.copyOf(entries), html(followUp, followUp.body()));
    }

    /** A district's page, or its page of one year: its audits, their statements and its follow-ups as the archive chooses. */
    DistrictView district(District district, Archive archive) {
        List<Audit> audits = archive.select(newestAudits(Graph.of(graph.auditsByDistrict(), district.id())), Archive::yearOf);
        List<StatementSlot> statements = new ArrayList<>();
        audits.forEach(a -> statements.addAll(statementSlots(a)));
        return new DistrictView(district.id(), district.name(), addresses.district(district.id()), district.description(),
                html(district, district.body()), district.neighbours().stream().map(this::district).toList(),
                audits.stream().map(this::auditSummary).toList(), statements,
                archive.select(newestFollowUps(Graph.of(graph.followUpsByDistrict(), district.id())), Archive::yearOf)
                        .stream().map(this::followUpLink).toList(),
                Graph.of(graph.documentsByDistrict(), district.id()).stream().map(d -> document(d.id())).toList());
    }

    /** The years of a district's audits and follow-ups, newest first: the years its archive has a page of. */
    List<Integer> years(District district) {
        return Archive.years(Graph.of(graph.auditsByDistrict(), district.id()).stream().map(Archive::yearOf),
                Graph.of(graph.followUpsByDistrict(), district.id()).stream().map(Archive::yearOf));
    }

    /** An organisation's page, or its page of one year: the audits of it, its statements' answers and its follow-ups as the archive chooses. */
    OrganisationView organisation(Organisation organisation, Archive archive) {
        List<Audit> audits = archive.select(newestAudits(Graph.of(graph.auditsByOrganisation(), organisation.id())), Archive::yearOf);
        List<StatementSlot> statements = audits.stream().map(a -> slot(a, organisation.id())).toList();
        List<AnswerView> answers = new ArrayList<>();
        for (Statement statement : archive.select(newestStatements(Graph.of(graph.statementsByOrganisation(), organisation.id())), this::yearOf)) {
            statement.answers().forEach(a -> answers.add(answer(new AnswerRef(statement, a), false)));
        }
        List<LinkView> followUps = archive.select(newestFollowUps(followUpsBy(organisation)), Archive::yearOf)
                .stream().map(this::followUpLink).toList();
        return new OrganisationView(organisation.id(), organisation.name(), addresses.organisation(organisation.id()),
                label(organisation.kind()), organisation.description(), html(organisation, organisation.body()),
                audits.stream().map(a -> auditLink(a.dnr())).toList(), statements, List.copyOf(answers), followUps);
    }

    /** The years of the audits of an organisation, its statements and its follow-ups, newest first. */
    List<Integer> years(Organisation organisation) {
        return Archive.years(Graph.of(graph.auditsByOrganisation(), organisation.id()).stream().map(Archive::yearOf),
                Graph.of(graph.statementsByOrganisation(), organisation.id()).stream().map(this::yearOf),
                followUpsBy(organisation).stream().map(Archive::yearOf));
    }

    private List<FollowUp> followUpsBy(Organisation organisation) {
        return graph.content().followUps().stream().filter(f -> organisation.id().equals(f.by())).toList();
    }

    /** A statement's year: of its date, or else of the audit it answers. */
    Integer yearOf(Statement statement) {
        if (statement.date() != null) {
            return statement.date().getYear();
        }
        Audit audit = graph.audits().get(statement.auditDnr());
        return audit == null ? null : Archive.yearOf(audit);
    }

    private static List<Audit> newestAudits(List<Audit> audits) {
        return audits.stream().sorted(Archive.audits()).toList();
    }

    private List<Statement> newestStatements(List<Statement> statements) {
        return statements.stream().sorted(Archive.newestFirst(this::yearOf, Statement::date)).toList();
    }

    private static List<FollowUp> newestFollowUps(List<FollowUp> followUps) {
        return followUps.stream().sorted(Archive.FOLLOW_UPS).toList();
    }

    DocumentView document(GoverningDocument document) {
        List<LinkView> audits = graph.content().audits().stream().filter(a -> a.documents().contains(document.id()))
                .map(a -> auditLink(a.dnr())).toList();
        return new DocumentView(document.id(), document.title(), addresses.document(document.id()), document.kind(),
                document.issuedBy(), html(document, document.body()), document.districts().stream().map(this::district).toList(),
                audits, Graph.of(graph.followUpsByDocument(), document.id()).stream().map(this::followUpLink).toList());
    }
}
