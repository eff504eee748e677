package se.insyn.sample;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The seed document (the real Gottsunda case) as raw material: its paragraphs for bodies, the same
 * ones {@code bench/hugo_corpus.py} uses, and its sentences for short fields such as recommendations.
 */
final class SeedText {
    /** Class-path resource, so the generator works from the jar without the project's folders. */
    static final String RESOURCE = "/insyn/sample/seed.txt";
    /** Paragraphs this long or shorter are headings and letterhead lines, as in hugo_corpus.py. */
    private static final int MIN_PARAGRAPH = 80;
    private static final int MIN_SENTENCE = 40;

    private final List<String> paragraphs;
    private final List<String> sentences;

    private SeedText(List<String> paragraphs, List<String> sentences) {
        this.paragraphs = paragraphs;
        this.sentences = sentences;
    }

    static SeedText load() {
        try (InputStream in = SeedText.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("fröet " + RESOURCE + " saknas i programmet");
            }
            return of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static SeedText of(String text) {
        List<String> paragraphs = new ArrayList<>();
        List<String> sentences = new ArrayList<>();
        for (String part : text.replace("\r\n", "\n").split("\n\n", -1)) {
            String paragraph = part.strip();
            if (paragraph.length() <= MIN_PARAGRAPH) {
                continue;
            }
            paragraphs.add(paragraph);
            if (paragraph.lines().allMatch(l -> l.length() > 0 && !l.startsWith("- "))) {
                String flat = paragraph.replace("**", "").replaceAll("\\s+", " ");
                for (String sentence : flat.split("(?<=[.!?])\\s+(?=[A-ZÅÄÖ])")) {
                    if (sentence.length() >= MIN_SENTENCE && sentence.endsWith(".") && !sentence.contains(":")) {
                        sentences.add(sentence);
                    }
                }
            }
        }
        if (paragraphs.isEmpty() || sentences.isEmpty()) {
            throw new IllegalStateException("fröet innehåller inga stycken att bygga exempel av");
        }
        return new SeedText(List.copyOf(paragraphs), List.copyOf(sentences));
    }

    String paragraph(Random random) {
        return paragraphs.get(random.nextInt(paragraphs.size()));
    }

    /** {@code count} paragraphs, separated by blank lines. */
    String paragraphs(Random random, int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            if (i > 0) {
                text.append("\n\n");
            }
            text.append(paragraph(random));
        }
        return text.toString();
    }

    /** One sentence on one line, without Markdown. */
    String sentence(Random random) {
        return sentences.get(random.nextInt(sentences.size()));
    }
}
