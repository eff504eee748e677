package se.insyn.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The preview reports how many warnings a save has without sorting them; the count is that of the sorted list. */
class ProblemsTest {

    @Test
    void theWarningCountIsTheNumberOfDistinctWarningsLeavingErrorsOut() {
        Problems problems = new Problems();
        assertEquals(0, problems.warningCount());
        Path file = Path.of("granskningar", "a.md");
        problems.warning(file, 3, Text.of("load.empty"), Text.of("load.empty"));
        problems.warning(file, 3, Text.of("load.empty"), Text.of("load.empty"));
        problems.warning(file, 9, Text.of("load.empty"), Text.of("load.empty"));
        problems.error(file, 1, Text.of("load.empty"), Text.of("load.empty"));
        assertEquals(2, problems.warningCount(), "the same warning twice counts once, the error not at all");
        assertEquals(problems.warnings().size(), problems.warningCount());
    }
}
