package se.insyn.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ArchiveTest {
    /** Entries newest first, each its year or null; undated ones sort last. */
    private static final List<Integer> ENTRIES = List.of(2024, 2024, 2023, 2022, 2022, 2021);
    private static final List<Integer> WITH_UNDATED = Stream.concat(ENTRIES.stream(), Stream.of((Integer) null, null)).toList();

    @Test
    void theNewestAreTheFirstDatedOnesAndEveryUndatedOneIsShownWithThem() {
        assertEquals(java.util.Arrays.asList(2024, 2024, 2023, null, null), Archive.newest(3).select(WITH_UNDATED, year -> year));
    }

    @Test
    void aYearsPageHasEveryEntryOfThatYearAndNoOther() {
        assertEquals(List.of(2022, 2022), Archive.of(2022).select(WITH_UNDATED, year -> year));
        assertEquals(List.of(), Archive.of(2020).select(WITH_UNDATED, year -> year));
    }

    @Test
    void thePublishedPagesOfOneYearAreFoundByThePageWhoseYearTheyAre() {
        assertEquals(java.util.Map.of("/sv/organisationer/x/", java.util.Set.of(2022, 2023), "/sv/granskningar/", java.util.Set.of(2021)),
                Archive.publishedYears(List.of("/sv/organisationer/x/", "/sv/organisationer/x/2023/", "/sv/organisationer/x/2022/",
                        "/sv/granskningar/2021/", "/sv/granskningar/krn-2022-00009/", "/sv/uppfoljningar/12345/", "/sv/2023-x/")));
    }

    @Test
    void theYearsAreEachOnceNewestFirstWithoutTheUndated() {
        assertEquals(List.of(2024, 2023, 2022, 2021, 2019), Archive.years(WITH_UNDATED.stream(), Stream.of(2019, 2024)));
    }
}
