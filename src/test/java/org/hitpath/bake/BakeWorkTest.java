package org.hitpath.bake;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.hitpath.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bake does each piece of work once and on every core, and what it writes does not depend on either. */
class BakeWorkTest {

    private static final LocalDate TODAY = LocalDate.parse("2026-12-01");

    @Test
    void jbakeTakesEveryBuiltBodyFromTheValidatorAndParsesNoneAgain(@TempDir Path work) throws Exception {
        Path src = TestSite.real(work.resolve("src"));
        BakeReport report =
                new SiteBaker(BakeOptions.of(src, work.resolve("site")).asOf(TODAY)).bake();
        assertEquals(0, report.parsedTwice(), "bodies JBake had to parse itself");
    }

    @Test
    void aBakeOnOneThreadWritesExactlyWhatABakeOnEveryCoreWrites(@TempDir Path work) throws Exception {
        Path src = TestSite.real(work.resolve("src"));
        String before = System.getProperty("hitpath.threads");
        try {
            System.setProperty("hitpath.threads", "1");
            new SiteBaker(BakeOptions.of(src, work.resolve("one")).asOf(TODAY)).bake();
            System.setProperty("hitpath.threads", "4");
            new SiteBaker(BakeOptions.of(src, work.resolve("four")).asOf(TODAY)).bake();
        } finally {
            if (before == null) {
                System.clearProperty("hitpath.threads");
            } else {
                System.setProperty("hitpath.threads", before);
            }
        }
        Map<String, byte[]> one = tree(work.resolve("one"));
        Map<String, byte[]> four = tree(work.resolve("four"));
        assertEquals(one.keySet(), four.keySet());
        for (String file : one.keySet()) {
            assertArrayEquals(one.get(file), four.get(file), file + " depends on the number of threads");
        }
        assertEquals(true, one.size() > 100, "the real site: " + one.size() + " files");
    }

    private static Map<String, byte[]> tree(Path root) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(p).toString(), Files.readAllBytes(p));
            }
        }
        return files;
    }
}
