package se.insyn.link;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import se.insyn.model.Answer;
import se.insyn.model.Audit;
import se.insyn.model.Content;
import se.insyn.model.FollowUp;
import se.insyn.model.FollowUpEntry;
import se.insyn.model.GoverningDocument;
import se.insyn.model.Statement;

/** Builds, in one pass each, the indexes that answer "what points here?" for every page. */
final class Backlinks {
    private final Content content;

    Backlinks(Content content) {
        this.content = content;
    }

    /** Groups records under each key they name, keeping the records' order. */
    <T> Map<String, List<T>> group(List<T> records, Function<T, List<String>> keys) {
        Map<String, List<T>> index = new LinkedHashMap<>();
        for (T record : records) {
            for (String key : keys.apply(record)) {
                if (key != null) {
                    index.computeIfAbsent(key, k -> new ArrayList<>()).add(record);
                }
            }
        }
        return freeze(index);
    }

    Map<RecommendationKey, List<AnswerRef>> answers() {
        Map<RecommendationKey, List<AnswerRef>> index = new LinkedHashMap<>();
        for (Statement statement : content.statements()) {
            for (Answer answer : statement.answers()) {
                index.computeIfAbsent(new RecommendationKey(statement.auditDnr(), answer.recommendation()), k -> new ArrayList<>())
                        .add(new AnswerRef(statement, answer));
            }
        }
        return freeze(index);
    }

    /**
     * Every stated position or implementation status per recommendation, oldest first. An undated
     * statement comes before dated follow-ups, since a follow-up reports on what was answered.
     */
    Map<RecommendationKey, List<StatusChange>> timelines() {
        Map<RecommendationKey, List<StatusChange>> index = new LinkedHashMap<>();
        for (Statement statement : content.statements()) {
            for (Answer answer : statement.answers()) {
                if (answer.position() != null || answer.implementation() != null) {
                    index.computeIfAbsent(new RecommendationKey(statement.auditDnr(), answer.recommendation()), k -> new ArrayList<>())
                            .add(new StatusChange(statement.date(), statement.by(), answer.position(), answer.implementation(),
                                    null, statement, null));
                }
            }
        }
        for (FollowUp followUp : content.followUps()) {
            for (FollowUpEntry entry : followUp.entries()) {
                index.computeIfAbsent(new RecommendationKey(entry.auditDnr(), entry.recommendation()), k -> new ArrayList<>())
                        .add(new StatusChange(followUp.date(), entry.organisation(), entry.position(), entry.implementation(),
                                entry.text(), null, followUp));
            }
        }
        index.values().forEach(list -> list.sort(Comparator.comparing(StatusChange::date, Comparator.nullsFirst(Comparator.naturalOrder()))));
        return freeze(index);
    }

    /** Documents a district's pages show: those naming the district, and those its audits rest on. */
    Map<String, List<GoverningDocument>> documentsByDistrict(Map<String, GoverningDocument> documents) {
        Map<String, List<GoverningDocument>> index = new LinkedHashMap<>();
        for (GoverningDocument document : content.documents()) {
            for (String district : document.districts()) {
                addOnce(index, district, document);
            }
        }
        for (Audit audit : content.audits()) {
            for (String district : audit.districts()) {
                for (String id : audit.documents()) {
                    GoverningDocument document = documents.get(id);
                    if (document != null) {
                        addOnce(index, district, document);
                    }
                }
            }
        }
        java.text.Collator swedish = java.text.Collator.getInstance(java.util.Locale.forLanguageTag("sv-SE"));
        index.values().forEach(list -> list.sort((a, b) -> swedish.compare(a.title(), b.title())));
        return freeze(index);
    }

    private static <T> void addOnce(Map<String, List<T>> index, String key, T value) {
        List<T> list = index.computeIfAbsent(key, k -> new ArrayList<>());
        if (!list.contains(value)) {
            list.add(value);
        }
    }

    private static <K, T> Map<K, List<T>> freeze(Map<K, List<T>> index) {
        Map<K, List<T>> frozen = new LinkedHashMap<>();
        index.forEach((key, list) -> frozen.put(key, List.copyOf(list)));
        return java.util.Collections.unmodifiableMap(frozen);
    }
}
