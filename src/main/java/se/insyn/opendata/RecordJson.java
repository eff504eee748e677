package se.insyn.opendata;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import se.insyn.address.Addresses;
import se.insyn.link.AnswerRef;
import se.insyn.link.Graph;
import se.insyn.link.StatusChange;
import se.insyn.markdown.MarkdownRenderer;
import se.insyn.model.Answer;
import se.insyn.model.Audit;
import se.insyn.model.CaseFile;
import se.insyn.model.District;
import se.insyn.model.FollowUp;
import se.insyn.model.FollowUpEntry;
import se.insyn.model.GoverningDocument;
import se.insyn.model.Labelled;
import se.insyn.model.Organisation;
import se.insyn.model.Recommendation;
import se.insyn.model.Signatory;
import se.insyn.model.Statement;

/**
 * The JSON shape of each record type. Field names match the content format; values a source does
 * not state are null. Texts are given as sanitised HTML, never as raw Markdown that could carry script.
 */
final class RecordJson {
    private final Graph graph;
    private final Addresses addresses;
    private final MarkdownRenderer markdown;

    RecordJson(Graph graph, Addresses addresses, MarkdownRenderer markdown) {
        this.graph = graph;
        this.addresses = addresses;
        this.markdown = markdown;
    }

    private static Map<String, Object> shape(String type, String url) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("type", type);
        json.put("url", url);
        return json;
    }

    private String url(String address) {
        return addresses.absolute(address);
    }

    private static String date(LocalDate date) {
        return date == null ? null : date.toString();
    }

    private static String key(Labelled value) {
        return value == null ? null : value.key();
    }

    private String html(String markdownText) {
        return markdownText == null || markdownText.isBlank() ? null : markdown.toHtml(markdownText);
    }

    private static <T> List<Object> each(List<T> items, Function<T, Object> shape) {
        List<Object> list = new ArrayList<>();
        items.forEach(item -> list.add(shape.apply(item)));
        return list;
    }

    private static List<Object> signatories(List<Signatory> signatories) {
        return each(signatories, s -> {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("name", s.name());
            json.put("title", s.title());
            return json;
        });
    }

    Map<String, Object> audit(Audit audit) {
        Map<String, Object> json = shape("audit", url(addresses.audit(audit.dnr())));
        json.put("dnr", audit.dnr());
        json.put("title", audit.title());
        json.put("date", date(audit.date()));
        json.put("audit_office", audit.auditOffice());
        json.put("performed_by", audit.performedBy());
        json.put("audit_plan_year", audit.auditPlanYear());
        json.put("districts", audit.districts());
        json.put("audited", audit.audited());
        json.put("questions", each(audit.questions(), q -> {
            Map<String, Object> question = new LinkedHashMap<>();
            question.put("text", q.text());
            question.put("assessment", key(q.assessment()));
            return question;
        }));
        Map<String, Object> tally = new LinkedHashMap<>();
        audit.questionTally().forEach((assessment, count) -> tally.put(assessment.key(), count));
        json.put("question_tally", tally);
        json.put("question_count", audit.questionCount());
        json.put("question_topics", audit.questionTopics());
        json.put("overall_assessment", audit.overallAssessment());
        json.put("deadline", date(audit.deadline()));
        json.put("extensions", each(audit.extensions(), e -> {
            Map<String, Object> extension = new LinkedHashMap<>();
            extension.put("organisation", e.organisation());
            extension.put("until", date(e.until()));
            return extension;
        }));
        json.put("recommendations", each(audit.recommendations(), r -> {
            Map<String, Object> rec = new LinkedHashMap<>();
            rec.put("number", r.number());
            rec.put("text", r.text());
            rec.put("url", url(addresses.recommendation(audit.dnr(), r.number())));
            return rec;
        }));
        json.put("statements", each(Graph.of(graph.statementsByAudit(), audit.dnr()),
                s -> url(addresses.statement(s.auditDnr(), s.by()))));
        json.put("documents", audit.documents());
        json.put("body_html", html(audit.body()));
        return json;
    }

    Map<String, Object> recommendation(Audit audit, Recommendation recommendation) {
        Map<String, Object> json = shape("recommendation", url(addresses.recommendation(audit.dnr(), recommendation.number())));
        json.put("audit_dnr", audit.dnr());
        json.put("audit_url", url(addresses.audit(audit.dnr())));
        json.put("number", recommendation.number());
        json.put("text", recommendation.text());
        json.put("addressed_to", recommendation.addressedTo());
        json.put("answers", each(graph.answersTo(audit.dnr(), recommendation.number()),
                ref -> url(addresses.answer(audit.dnr(), recommendation.number(), ref.statement().by()))));
        json.put("status_history", each(graph.timeline(audit.dnr(), recommendation.number()), this::status));
        return json;
    }

    Map<String, Object> status(StatusChange change) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("organisation", change.organisation());
        json.put("position", key(change.position()));
        json.put("implementation", key(change.implementation()));
        json.put("date", date(change.date()));
        json.put("text", change.text());
        json.put("source_url", change.statement() != null
                ? url(addresses.statement(change.statement().auditDnr(), change.statement().by()))
                : url(addresses.followUp(change.followUp().id())));
        return json;
    }

    Map<String, Object> answer(AnswerRef ref) {
        Statement statement = ref.statement();
        Answer answer = ref.answer();
        Map<String, Object> json = shape("answer", url(addresses.answer(statement.auditDnr(), answer.recommendation(), statement.by())));
        json.put("audit_dnr", statement.auditDnr());
        json.put("recommendation", answer.recommendation());
        json.put("recommendation_url", url(addresses.recommendation(statement.auditDnr(), answer.recommendation())));
        json.put("organisation", statement.by());
        json.put("statement_url", url(addresses.statement(statement.auditDnr(), statement.by())));
        json.put("position", key(answer.position()));
        json.put("implementation", key(answer.implementation()));
        json.put("refers_to", each(answer.refersTo(), org -> {
            Map<String, Object> reference = new LinkedHashMap<>();
            reference.put("organisation", org);
            reference.put("statement_url", graph.statement(statement.auditDnr(), org)
                    .map(s -> url(addresses.statement(s.auditDnr(), s.by()))).orElse(null));
            return reference;
        }));
        json.put("text_html", html(answer.text()));
        return json;
    }

    Map<String, Object> statement(Statement statement) {
        Map<String, Object> json = shape("statement", url(addresses.statement(statement.auditDnr(), statement.by())));
        json.put("audit_dnr", statement.auditDnr());
        json.put("by", statement.by());
        json.put("title", statement.title());
        json.put("date", date(statement.date()));
        json.put("case_dnr", statement.caseDnr());
        json.put("officer", statement.officer());
        json.put("addressed_to", statement.addressedTo());
        json.put("contacts", statement.contacts());
        json.put("their_reference", statement.theirReference());
        json.put("intro_html", html(statement.intro()));
        json.put("answers", each(statement.answers(), a -> answer(new AnswerRef(statement, a))));
        json.put("signatories", signatories(statement.signatories()));
        return json;
    }

    Map<String, Object> caseFile(CaseFile caseFile) {
        Map<String, Object> json = shape("case", url(addresses.caseFile(caseFile.dnr())));
        json.put("dnr", caseFile.dnr());
        json.put("title", caseFile.title());
        json.put("date", date(caseFile.date()));
        json.put("office", caseFile.office());
        json.put("officer", caseFile.officer());
        json.put("addressed_to", caseFile.addressedTo());
        json.put("audit_dnr", caseFile.auditDnr());
        json.put("proposed_decision_html", html(caseFile.proposedDecision()));
        json.put("decision_basis", each(caseFile.decisionBasis(), b -> {
            Map<String, Object> basis = new LinkedHashMap<>();
            basis.put("title", b.title());
            basis.put("url", graph.target(b).map(target -> url(addresses.of((se.insyn.model.Record) target))).orElse(null));
            return basis;
        }));
        json.put("signed_for", caseFile.signedFor());
        json.put("signatories", signatories(caseFile.signatories()));
        json.put("body_html", html(caseFile.body()));
        return json;
    }

    Map<String, Object> followUp(FollowUp followUp) {
        Map<String, Object> json = shape("follow-up", url(addresses.followUp(followUp.id())));
        json.put("id", followUp.id());
        json.put("title", followUp.title());
        json.put("date", date(followUp.date()));
        json.put("by", followUp.by());
        json.put("source", followUp.source());
        json.put("documents", followUp.documents());
        json.put("districts", followUp.districts());
        json.put("entries", each(followUp.entries(), (FollowUpEntry e) -> {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("url", url(addresses.followUpEntry(followUp.id(), e.auditDnr(), e.recommendation(), e.organisation())));
            entry.put("audit_dnr", e.auditDnr());
            entry.put("recommendation", e.recommendation());
            entry.put("organisation", e.organisation());
            entry.put("position", key(e.position()));
            entry.put("implementation", key(e.implementation()));
            entry.put("text", e.text());
            return entry;
        }));
        json.put("body_html", html(followUp.body()));
        return json;
    }

    Map<String, Object> district(District district) {
        Map<String, Object> json = shape("district", url(addresses.district(district.id())));
        json.put("id", district.id());
        json.put("name", district.name());
        json.put("description", district.description());
        json.put("neighbours", district.neighbours());
        json.put("audits", each(Graph.of(graph.auditsByDistrict(), district.id()), Audit::dnr));
        json.put("body_html", html(district.body()));
        return json;
    }

    Map<String, Object> organisation(Organisation organisation) {
        Map<String, Object> json = shape("organisation", url(addresses.organisation(organisation.id())));
        json.put("id", organisation.id());
        json.put("name", organisation.name());
        json.put("kind", key(organisation.kind()));
        json.put("description", organisation.description());
        json.put("body_html", html(organisation.body()));
        return json;
    }

    Map<String, Object> document(GoverningDocument document) {
        Map<String, Object> json = shape("document", url(addresses.document(document.id())));
        json.put("id", document.id());
        json.put("title", document.title());
        json.put("kind", document.kind());
        json.put("issued_by", document.issuedBy());
        json.put("districts", document.districts());
        json.put("body_html", html(document.body()));
        return json;
    }
}
