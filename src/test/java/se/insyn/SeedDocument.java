package se.insyn;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The source document (Uppsala, KSN-2023-00442 with its attachments) split into units of text that
 * the site must publish: whole paragraphs for prose, single lines for letterhead and signature blocks.
 */
final class SeedDocument {
    /**
     * Lines that the PDF-to-text extraction glued together or split: each is checked as its parts.
     * This is the only place where the test departs from the seed's exact text.
     */
    private static final Map<String, List<String>> EXTRACTION_ARTEFACTS = Map.of(
            "YttrandeHandläggare", List.of("Yttrande", "Handläggare"),
            "Ida WikingKommunrevisionen Uppsala kommun", List.of("Ida Wiking", "Kommunrevisionen Uppsala kommun"),
            "kommunrevisionen@ uppsala.se", List.of("kommunrevisionen@uppsala.se"),
            "Ert dnr: KRN-2022-00009", List.of("Ert dnr KRN-2022-00009"),
            "Utvecklingsdirektör och", List.of("Utvecklingsdirektör och biträdande stadsdirektör"),
            "biträdande stadsdirektör", List.of("Utvecklingsdirektör och biträdande stadsdirektör"));

    private SeedDocument() {
    }

    static String text() {
        try (InputStream in = SeedDocument.class.getResourceAsStream("/seed/000_0e4891b154944aad.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> units() {
        List<String> units = new ArrayList<>();
        for (String paragraph : text().split("\\n\\s*\\n")) {
            List<String> lines = paragraph.strip().lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
            if (lines.isEmpty()) {
                continue;
            }
            boolean block = lines.size() > 1 && lines.stream().allMatch(l -> l.length() <= 60);
            if (block) {
                lines.forEach(line -> add(units, line));
            } else {
                add(units, String.join(" ", lines));
            }
        }
        return units;
    }

    private static void add(List<String> units, String raw) {
        String text = raw.replace("**", "")
                .replaceFirst("^(\\d+\\.|-)\\s+", "")
                .replaceAll("\\s+", " ")
                .strip();
        if (text.endsWith(":")) {
            text = text.substring(0, text.length() - 1);
        }
        units.addAll(EXTRACTION_ARTEFACTS.getOrDefault(text, List.of(text)));
    }
}
