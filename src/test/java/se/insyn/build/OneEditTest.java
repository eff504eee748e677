package se.insyn.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.insyn.TestSites;

/**
 * One answer in one statement edited: the files that show it are written anew, every other file of
 * the site is the previous build's file, untouched (the same inode, so rsync and CDNs see nothing),
 * and the site's folder is the same folder: the new files were renamed into it.
 */
class OneEditTest {
    private static final String STATEMENT = "arenden/ksn-2023-00442/bilaga-1-yttrande.md";
    private static final String AUDIT = "granskningar/krn-2022-00009/";

    @TempDir
    Path temp;

    private static Map<String, Object> inodes(Path site) throws IOException {
        Map<String, Object> inodes = new HashMap<>();
        try (Stream<Path> files = Files.walk(site)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                inodes.put(site.relativize(file).toString().replace('\\', '/'), Files.getAttribute(file, "unix:ino"));
            }
        }
        return inodes;
    }

    @Test
    void onlyTheFilesThatShowAnEditedAnswerAreWrittenAgain() throws IOException {
        Path content = TestSites.copyContent(temp);
        Path site = temp.resolve("site");
        assertEquals(0, TestSites.build(content, site).exitCode());
        Map<String, Object> before = inodes(site);
        Object folder = Files.readAttributes(site, BasicFileAttributes.class).fileKey();

        TestSites.replace(content.resolve(STATEMENT), "Att se över samverkans- och samordningsgrupper",
                "Att se över alla samverkans- och samordningsgrupper");
        TestSites.Run run = TestSites.build(content, site);
        assertEquals(0, run.exitCode(), run::describe);
        Map<String, Object> after = inodes(site);
        assertEquals(before.keySet(), after.keySet(), "the same files");
        Set<String> rewritten = new TreeSet<>();
        after.forEach((file, inode) -> {
            if (!inode.equals(before.get(file))) {
                rewritten.add(file);
            }
        });

        for (String shows : new String[] {
            AUDIT + "rekommendation-1/svar/kommunstyrelsen/index.html", AUDIT + "rekommendation-1/svar/kommunstyrelsen/index.json",
            AUDIT + "rekommendation-1/index.html", AUDIT + "yttranden/kommunstyrelsen/index.html",
            AUDIT + "yttranden/kommunstyrelsen/index.json", "data/insyn.json"}) {
            assertTrue(rewritten.contains(shows), shows + " shows the answer and is written anew; rewritten: " + rewritten);
        }
        for (String unrelated : new String[] {
            AUDIT + "rekommendation-2/svar/kommunstyrelsen/index.html", AUDIT + "rekommendation-2/index.html",
            "ordlista/index.html", "tillganglighet/index.html", "stadsdelar/valsatra/index.html", "404.html",
            "styrdokument/mal-och-budget-2022/index.html", "uppfoljningar/2023-03-08-handlingsplan-gottsunda/index.html",
            "data/rekommendationer.csv", "flode.atom", "sitemap.xml"}) {
            assertFalse(rewritten.contains(unrelated), unrelated + " does not show the answer and is left untouched; rewritten: " + rewritten);
        }
        assertTrue(rewritten.size() < after.size() / 4, "a small part of the site: " + rewritten.size() + " of " + after.size());
        assertEquals(folder, Files.readAttributes(site, BasicFileAttributes.class).fileKey(),
                "the changed files were put into the site's own folder, not into a new one with every other file linked");
    }
}
