package se.insyn.link;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiFunction;
import java.util.function.UnaryOperator;
import se.insyn.model.FollowUp;
import se.insyn.model.FollowUpEntry;
import se.insyn.model.Statement;

/**
 * A graph's indexes with some records replaced by versions of the same {@link Shape}: every index
 * keeps its keys and its order, and only the lists that held a replaced record are made anew, so
 * that a save of one answer on a site of 10 000 cases does not index every record again.
 */
final class Replacement {
    /** Each replaced record, and each answer of a replaced statement, by identity: the old one to the new. */
    private final Map<Object, Object> replaced;

    Replacement(Map<Object, Object> records) {
        replaced = new IdentityHashMap<>(records);
        records.forEach((before, after) -> {
            if (before instanceof Statement old && after instanceof Statement now) {
                for (int i = 0; i < old.answers().size(); i++) {
                    replaced.put(old.answers().get(i), now.answers().get(i));
                }
            }
        });
    }

    @SuppressWarnings("unchecked")
    private <T> T swap(T record) {
        Object now = replaced.get(record);
        return now == null ? record : (T) now;
    }

    Graph of(Graph last, se.insyn.model.Content content) {
        // The three largest indexes are made on another core meanwhile: every index is looked through
        // after each save, and the preview's one thread took two thirds of the linking's time for them.
        CompletableFuture<Map<RecommendationKey, List<AnswerRef>>> answers = CompletableFuture.supplyAsync(() ->
                lists(last.answers(), (key, list) -> each(list, a -> replaced.containsKey(a.statement())
                        ? new AnswerRef(swap(a.statement()), swap(a.answer())) : a)));
        CompletableFuture<Map<RecommendationKey, List<StatusChange>>> timelines = CompletableFuture.supplyAsync(() ->
                lists(last.timelines(), this::timeline));
        CompletableFuture<Map<Object, List<Object>>> references = CompletableFuture.supplyAsync(() -> references(last.referencedBy()));
        return new Graph(content, values(last.districts()), values(last.organisations()), values(last.documents()),
                values(last.audits()), values(last.statements()), values(last.caseFiles()), values(last.followUps()),
                values(last.recordsByFile()), answers.join(), timelines.join(),
                lists(last.statementsByAudit()), lists(last.statementsByOrganisation()), lists(last.auditsByDistrict()),
                lists(last.auditsByOrganisation()), lists(last.caseFilesByAudit()), lists(last.followUpsByDistrict()),
                lists(last.followUpsByDocument()), lists(last.documentsByDistrict()), references.join());
    }

    /** The index itself when it holds no replaced record, else the index seen with the new ones. */
    private <K, V> Map<K, V> values(Map<K, V> index) {
        Map<K, V> changed = new HashMap<>();
        index.forEach((key, value) -> {
            if (replaced.containsKey(value)) {
                changed.put(key, swap(value));
            }
        });
        return Overlay.of(index, changed);
    }

    private <K, T> Map<K, List<T>> lists(Map<K, List<T>> index) {
        return lists(index, (key, list) -> each(list, this::swap));
    }

    /** The index with each list made anew by {@code anew}, which returns the list itself when nothing in it changed. */
    private <K, T> Map<K, List<T>> lists(Map<K, List<T>> index, BiFunction<K, List<T>, List<T>> anew) {
        Map<K, List<T>> changed = new HashMap<>();
        index.forEach((key, list) -> {
            List<T> made = anew.apply(key, list);
            if (made != list) {
                changed.put(key, made);
            }
        });
        return Overlay.of(index, changed);
    }

    /** The list itself when {@code swap} returns each of its elements itself, else the list of what it makes of each. */
    private static <T> List<T> each(List<T> list, UnaryOperator<T> swap) {
        List<T> made = null;
        for (int i = 0; i < list.size(); i++) {
            T now = swap.apply(list.get(i));
            if (made == null && now != list.get(i)) {
                made = new ArrayList<>(list.subList(0, i));
            }
            if (made != null) {
                made.add(now);
            }
        }
        return made == null ? list : List.copyOf(made);
    }

    /**
     * A recommendation's history with the replaced statements and follow-ups: a follow-up's steps
     * stand in the order of its entries for the recommendation, so its n-th step here takes the
     * text of its n-th such entry.
     */
    private List<StatusChange> timeline(RecommendationKey recommendation, List<StatusChange> steps) {
        boolean any = false;
        for (StatusChange step : steps) {
            any |= replaced.containsKey(step.statement()) || replaced.containsKey(step.followUp());
        }
        if (!any) {
            return steps;
        }
        Map<FollowUp, Integer> seen = new IdentityHashMap<>();
        List<StatusChange> made = new ArrayList<>();
        for (StatusChange step : steps) {
            FollowUp followUp = step.followUp() == null ? null : swap(step.followUp());
            String text = step.text();
            if (followUp != null && followUp != step.followUp()) {
                int n = seen.merge(step.followUp(), 1, Integer::sum);
                text = entryFor(step.followUp(), followUp, recommendation, n).text();
            }
            made.add(new StatusChange(step.date(), step.organisation(), step.position(), step.implementation(), text,
                    step.statement() == null ? null : swap(step.statement()), followUp));
        }
        return List.copyOf(made);
    }

    /** The new version of the n-th entry of the old follow-up that reports on the recommendation. */
    private static FollowUpEntry entryFor(FollowUp old, FollowUp now, RecommendationKey recommendation, int n) {
        int found = 0;
        for (int i = 0; i < old.entries().size(); i++) {
            FollowUpEntry entry = old.entries().get(i);
            if (new RecommendationKey(entry.auditDnr(), entry.recommendation()).equals(recommendation) && ++found == n) {
                return now.entries().get(i);
            }
        }
        throw new IllegalStateException("no entry " + n + " for " + recommendation + " in " + old.id());
    }

    private Map<Object, List<Object>> references(Map<Object, List<Object>> last) {
        // Sized at once: growing to a large site's tens of thousands of entries rehashed them several times a save.
        Map<Object, List<Object>> swapped = new IdentityHashMap<>(last.size());
        last.forEach((target, sources) -> swapped.put(swap(target), each(sources, this::swap)));
        return Collections.unmodifiableMap(swapped);
    }
}
