package se.insyn.hostile;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The extremes that random generation rarely hits, each built like the property tests' files
 * ({@link FuzzBuild#check}): YAML alias bombs and self-referring aliases, merge-key loops, nesting
 * far beyond any record, enormous keys, values and field counts, deeply nested Markdown, line
 * separators YAML counts as line breaks, tags that name Java classes, and more.
 */
class ExtremeContentTest {
    @TempDir
    Path temp;

    static Stream<Arguments> extremes() {
        List<Arguments> cases = new ArrayList<>();
        StringBuilder laughs = new StringBuilder("---\ntype: district\nid: bomb\nname: Bomb\n");
        laughs.append("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (char c = 'b'; c <= 'j'; c++) {
            laughs.append(c).append(": &").append(c).append(" [")
                    .append(String.join(",", Collections.nCopies(9, "*" + (char) (c - 1)))).append("]\n");
        }
        cases.add(named("billion laughs", laughs + "---\n"));
        cases.add(named("aliases that contain themselves", "---\ntype: audit\ndnr: BOMB-2024-1\ntitle: &t [*t]\n"
                + "audit_office: revisionen\naudited: &a [*a]\nrecommendations: &r [*r]\nquestion_tally: &q {uppfylld: *q}\n---\n"));
        cases.add(named("list alias used twice inside itself", "---\ntype: district\nid: x\nname: x\nneighbours: &n [*n, *n]\n---\n"));
        cases.add(named("merge key twice", "---\ntype: district\nid: x\nbase: &b {name: x}\n<<: *b\n<<: *b\n---\n"));
        cases.add(named("merge key into itself", "---\ntype: district\nid: x\nname: &m {<<: *m}\n---\n"));
        cases.add(named("20 000 open brackets", "---\ntype: district\nid: x\nname: " + "[".repeat(20_000) + "\n---\n"));
        cases.add(named("5 000 nested flow mappings", "---\ntype: district\nid: x\nname: " + "{a: ".repeat(5000) + "b"
                + "}".repeat(5000) + "\n---\n"));
        cases.add(named("3 000 nested block sequences on one line", "---\ntype: district\nid: x\nname: " + "- ".repeat(3000) + "x\n---\n"));
        StringBuilder deep = new StringBuilder("---\ntype: audit\nrecommendations:\n");
        for (int i = 1; i < 400; i++) {
            deep.append(" ".repeat(i * 2)).append("- k").append(i).append(":\n");
        }
        cases.add(named("400 levels of block nesting", deep + "---\n"));
        cases.add(named("a 500 000 character key", "---\ntype: district\nid: x\nname: x\n" + "a".repeat(500_000) + ": b\n---\n"));
        cases.add(named("a 30 000 character escaped name", "---\ntype: district\nid: x\nname: \"" + "\\u00e4".repeat(30_000) + "\"\n---\n"));
        cases.add(named("10 000 repeated fields", "---\ntype: district\nid: x\nname: x\n" + "k: v\n".repeat(10_000) + "---\n"));
        StringBuilder anchors = new StringBuilder("---\ntype: district\nid: x\nname: x\nlist:\n");
        for (int i = 0; i < 5000; i++) {
            anchors.append("  - &a").append(i).append(" v\n");
        }
        cases.add(named("5 000 anchors", anchors + "---\n"));
        cases.add(named("integers at and beyond the limits", "---\ntype: audit\ndnr: BOMB-2024-2\ntitle: T\naudit_office: revisionen\n"
                + "audited: [styrelsen]\nquestion_tally:\n  uppfylld: 99999999999999999999\nrecommendations:\n"
                + "  - number: 2147483647\n    text: T\n  - number: -2147483648\n    text: T\n  - number: 0\n    text: T\n---\n"));
        cases.add(named("answer headings repeated, huge and zero", "---\ntype: statement\naudit: REV-2024-1\nby: revisionen\ntitle: T\n---\n"
                + "## Rekommendation 1\n\n".repeat(3) + "## Rekommendation 2147483648\n\n## Rekommendation 0\n\nx\n"));
        cases.add(named("follow-up of recommendation 2147483647", "---\ntype: follow-up\nid: x\ntitle: T\ndate: 2024-01-01\nby: styrelsen\n"
                + "entries:\n  - audit: REV-2024-1\n    recommendation: 2147483647\n    organisation: styrelsen\n    implementation: öppen\n---\n"));
        cases.add(named("5 000 answer headings in a district", "---\ntype: district\nid: x\nname: x\n---\n" + "## Rekommendation 1\n".repeat(5_000)));
        cases.add(named("Markdown: 1 000 nested block quotes", "---\ntype: district\nid: x\nname: x\n---\n" + "> ".repeat(1_000) + "x\n"));
        cases.add(named("Markdown: 10 000 nested block quotes", "---\ntype: district\nid: x\nname: x\n---\n" + "> ".repeat(10_000) + "x\n"));
        cases.add(named("Markdown: 10 000 nested list items", "---\ntype: district\nid: x\nname: x\n---\n" + "* ".repeat(10_000) + "x\n"));
        cases.add(named("Markdown: 10 000 open link brackets", "---\ntype: district\nid: x\nname: x\n---\n" + "[".repeat(10_000) + "]("
                + "(".repeat(10_000) + "\n"));
        cases.add(named("Markdown: 10 000 unclosed HTML elements", "---\ntype: district\nid: x\nname: x\n---\n" + "<a>".repeat(10_000) + "\n"));
        cases.add(named("Markdown: 10 000 nested emphasis", "---\ntype: district\nid: x\nname: x\n---\n" + "*_".repeat(10_000) + "x"
                + "_*".repeat(10_000) + "\n"));
        cases.add(named("Markdown: a table 5 000 columns wide", "---\ntype: district\nid: x\nname: x\n---\n" + "|a".repeat(5000) + "|\n"
                + "|-".repeat(5000) + "|\n" + "|b".repeat(5000) + "|\n"));
        cases.add(named("2 000 personal identity numbers", "---\ntype: district\nid: x\nname: x\n---\n" + "19121212-1212 ".repeat(2000) + "\n"));
        cases.add(named("5 000 private mail addresses and mobile numbers", "---\ntype: district\nid: x\nname: x\ndescription: "
                + "a@gmail.com 0701234567 ".repeat(5000) + "\n---\n"));
        cases.add(named("line separators before a YAML error", "---\n" + "\u2028".repeat(100) + "type: district\nid: x\nname: [\n---\n"));
        cases.add(named("NEL and paragraph separators as line breaks", "---\ntype: district\u2028id: x\u0085name: x\u2029bad: [\n---\n"));
        cases.add(named("1 000 more fences", "---\ntype: district\nid: x\nname: x\n---" + "\n---".repeat(1000) + "\n"));
        cases.add(named("YAML directive", "---\n%YAML 1.2\n---\ntype: district\n---\n"));
        cases.add(named("document end marker", "---\ntype: district\nid: x\nname: x\n...\nmore: text\n---\n"));
        cases.add(named("complex keys", "---\n? [a, b]\n: c\n? {d: e}\n: f\n---\n"));
        cases.add(named("standard tags", "---\ntype: !!binary aGVq\nid: !!int 1\nname: !!float 1.0\n---\n"));
        cases.add(named("a tag naming a Java class", "---\ntype: !<tag:yaml.org,2002:java.lang.ProcessBuilder> [\"id\"]\n---\n"));
        cases.add(named("a local tag naming a Java class", "---\ntype: district\nid: x\nname: !!java.io.File [\"/etc/passwd\"]\n---\n"));
        cases.add(named("lone carriage returns", "---\r\ntype: district\r\rid: x\r\nname: x\r\n---\r\n"));
        cases.add(named("two byte order marks", "\uFEFF\uFEFF---\ntype: district\nid: x\nname: x\n---\n"));
        cases.add(named("non-characters and controls in the body", "---\ntype: district\nid: x\nname: x\n---\n"
                + "\uFFFF\uFFFE\uDBFF\uDFFF\u0001\u007f".repeat(100)));
        cases.add(named("controls in the front matter", "---\ntype: district\nid: x\nname: x\u0001\u0007\u001b\n---\n"));
        // The YAML parser reads 1 024 characters at a time; SnakeYAML 2.3 threw when a character of
        // two chars (an emoji) stood across that boundary. The name starts at char 27 of the YAML.
        for (int before = 990; before <= 1000; before++) {
            cases.add(named("an emoji across the YAML reader's buffer, after " + before + " letters",
                    "---\ntype: district\nid: x\nname: " + "A".repeat(before) + "\uD83D\uDE00" + "z".repeat(100) + "\n---\n"));
        }
        return cases.stream();
    }

    private static Arguments named(String name, String text) {
        return Arguments.of(name, text);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("extremes")
    void extremeFileBuildsOrIsReportedWithFileAndLine(String name, String text) {
        assertNotNull(FuzzBuild.check(temp, text.getBytes(StandardCharsets.UTF_8)), name);
    }
}
