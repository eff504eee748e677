package se.insyn.render;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import se.insyn.model.Audit;
import se.insyn.model.FollowUp;

/**
 * Which of a long list a page shows: the newest few, or every one of one year. An organisation,
 * a district and the lists of audits, statements, case files and follow-ups gather entries for as
 * long as the site lives (at 10 000 cases an organisation's page listed 8 to 9.5 MB of answers, too
 * much for a phone), so their pages show the newest entries and link to a page per year that
 * shows them all.
 * An entry without a year is shown with the newest, so that every entry is on some page.
 *
 * @param year the year whose entries are shown, or null for the newest
 * @param newest how many dated entries are shown when no year is chosen
 */
record Archive(Integer year, int newest) {
    /** How many of each list a record's page shows before its pages per year. */
    static final int ON_RECORD_PAGE = 10;
    /** How many a list page (all audits, all statements) shows before its pages per year. */
    static final int ON_LIST_PAGE = 50;

    static Archive newest(int count) {
        return new Archive(null, count);
    }

    static Archive of(int year) {
        return new Archive(year, Integer.MAX_VALUE);
    }

    /** Whether this shows one year, not the newest. */
    boolean isYear() {
        return year != null;
    }

    /**
     * The entries this archive shows, of entries sorted newest first ({@link #newestFirst}): one
     * year's, or the newest dated ones and every undated one.
     */
    <T> List<T> select(List<T> newestFirst, Function<T, Integer> yearOf) {
        if (year != null) {
            return newestFirst.stream().filter(entry -> year.equals(yearOf.apply(entry))).toList();
        }
        Stream<T> dated = newestFirst.stream().filter(entry -> yearOf.apply(entry) != null).limit(newest);
        return Stream.concat(dated, newestFirst.stream().filter(entry -> yearOf.apply(entry) == null)).toList();
    }

    /** The years of these entries, newest first, each once. */
    @SafeVarargs
    static List<Integer> years(Stream<Integer>... years) {
        TreeSet<Integer> all = new TreeSet<>(Comparator.reverseOrder());
        Stream.of(years).flatMap(s -> s).filter(Objects::nonNull).forEach(all::add);
        return List.copyOf(all);
    }

    /** Newest first by year, then by date; entries without either last. */
    static <T> Comparator<T> newestFirst(Function<T, Integer> yearOf, Function<T, LocalDate> dateOf) {
        return Comparator.comparing(yearOf, Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(dateOf, Comparator.nullsLast(Comparator.reverseOrder()));
    }

    private static final Pattern YEAR_PAGE = Pattern.compile("(.*/)(\\d{4})/");

    /** The years of these addresses that are pages of one year, by the address of the page whose year they are. */
    static Map<String, Set<Integer>> publishedYears(Collection<String> published) {
        Map<String, Set<Integer>> years = new HashMap<>();
        for (String address : published) {
            Matcher year = YEAR_PAGE.matcher(address);
            if (year.matches()) {
                years.computeIfAbsent(year.group(1), a -> new HashSet<>()).add(Integer.parseInt(year.group(2)));
            }
        }
        return years;
    }

    static Integer yearOf(LocalDate date) {
        return date == null ? null : date.getYear();
    }

    /**
     * An audit's year: its date's, the year its diarienummer and its statements are of, or else
     * its audit plan's (an audit of the plan of one year is often reported the next).
     */
    static Integer yearOf(Audit audit) {
        return audit.date() != null ? Integer.valueOf(audit.date().getYear()) : audit.auditPlanYear();
    }

    static Integer yearOf(FollowUp followUp) {
        return yearOf(followUp.date());
    }

    /** Follow-ups by date, newest first. */
    static final Comparator<FollowUp> FOLLOW_UPS = Comparator.comparing(FollowUp::date, Comparator.reverseOrder());

    /**
     * Audits by year, newest first, then by date and by title. A new one for each sort: the title's
     * comparator keeps the collation key of every title it has compared, which a comparator kept
     * for the program's life would hold for every title the preview ever saw.
     */
    static Comparator<Audit> audits() {
        return Archive.<Audit>newestFirst(Archive::yearOf, Audit::date).thenComparing(SwedishText.byText(Audit::title));
    }
}
