package org.hitpath.bake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;
import org.hitpath.TestSite;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The preview keeps the bake's content store between bakes so that only changed files are read again.
 * Whatever happened to the files in between, a re-bake in a session must publish exactly what a clean
 * bake of the same files publishes.
 */
class BakeSessionTest {

    private static final LocalDate TODAY = LocalDate.parse("2026-11-26");

    @Test
    void aReBakeAfterEditingAddingAndDeletingFilesEqualsACleanBake(@TempDir Path work) throws Exception {
        Path src = TestSite.fixture("minimal", work.resolve("src"));
        try (BakeSession session = new BakeSession()) {
            BakeReport first = new SiteBaker(BakeOptions.of(src, work.resolve("session"))
                            .asOf(TODAY)
                            .in(session))
                    .bake();
            assertTrue(
                    first.phases().millis().containsKey("store start"),
                    first.phases().toString());

            Path beta = src.resolve("content/courses/beta.md");
            Files.writeString(beta, Files.readString(beta).replace("Beta things", "Beta things, now edited"));
            Files.writeString(
                    src.resolve("content/courses/gamma.md"),
                    Files.readString(beta)
                            .replace("title=Beta course", "title=Gamma course")
                            .replace("order=2", "order=3"));
            Files.delete(src.resolve("content/steps/third.md"));
            BakeReport again = new SiteBaker(BakeOptions.of(src, work.resolve("session"))
                            .asOf(TODAY)
                            .in(session))
                    .bake();

            assertTrue(
                    again.phases().millis().containsKey("store kept"),
                    "the second bake reused the store: " + again.phases());
            new SiteBaker(BakeOptions.of(src, work.resolve("clean")).asOf(TODAY)).bake();
            assertEquals(files(work.resolve("clean")), files(work.resolve("session")));
            assertSameBytes(work.resolve("clean"), work.resolve("session"));
            assertFalse(Files.exists(work.resolve("session/steps/third.html")), "a deleted file's page is gone");
            assertEquals(
                    "Beta things, now edited, paid",
                    whatYouLearn(work.resolve("session/courses/beta.html"))
                            .textNodes()
                            .get(0)
                            .text()
                            .strip());
            assertTrue(Files.exists(work.resolve("session/courses/gamma.html")));
        }
    }

    @Test
    void aReBakeOnAnotherThreadKeepsTheStoreAndEqualsACleanBake(@TempDir Path work) throws Exception {
        // OrientDB bound its store to the thread that opened it, so a bake on another thread used to start
        // a new one; the in-memory store has no such tie.
        Path src = TestSite.fixture("minimal", work.resolve("src"));
        try (BakeSession session = new BakeSession()) {
            new SiteBaker(BakeOptions.of(src, work.resolve("session"))
                            .asOf(TODAY)
                            .in(session))
                    .bake();
            Path beta = src.resolve("content/courses/beta.md");
            Files.writeString(beta, Files.readString(beta).replace("Beta things", "Beta things, edited"));
            ExecutorService other = Executors.newSingleThreadExecutor();
            BakeReport again;
            try {
                again = other.submit(() -> new SiteBaker(BakeOptions.of(src, work.resolve("session"))
                                        .asOf(TODAY)
                                        .in(session))
                                .bake())
                        .get();
            } finally {
                other.shutdown();
            }

            assertTrue(
                    again.phases().millis().containsKey("store kept"),
                    again.phases().toString());
            new SiteBaker(BakeOptions.of(src, work.resolve("clean")).asOf(TODAY)).bake();
            assertEquals(files(work.resolve("clean")), files(work.resolve("session")));
            assertSameBytes(work.resolve("clean"), work.resolve("session"));
            assertTrue(
                    Files.readString(work.resolve("session/courses/beta.html")).contains("Beta things, edited"));
        }
    }

    @Test
    void changedMarkdownSettingsStartAFreshStore(@TempDir Path work) throws Exception {
        Path src = TestSite.fixture("minimal", work.resolve("src"));
        Path beta = src.resolve("content/courses/beta.md");
        Files.writeString(beta, Files.readString(beta).replace("Beta things", "Beta ~~old~~ things"));
        try (BakeSession session = new BakeSession()) {
            new SiteBaker(BakeOptions.of(src, work.resolve("session"))
                            .asOf(TODAY)
                            .in(session))
                    .bake();
            assertEquals(
                    List.of("old"),
                    whatYouLearn(work.resolve("session/courses/beta.html"))
                            .select("del")
                            .eachText());

            Path settings = src.resolve("jbake.properties");
            Files.writeString(settings, Files.readString(settings).replace("STRIKETHROUGH,", ""));
            BakeReport again = new SiteBaker(BakeOptions.of(src, work.resolve("session"))
                            .asOf(TODAY)
                            .in(session))
                    .bake();

            assertTrue(
                    again.phases().millis().containsKey("store start"), "new settings, new store: " + again.phases());
            Document page =
                    Jsoup.parse(work.resolve("session/courses/beta.html").toFile(), "UTF-8");
            assertEquals("", page.select("del").outerHtml(), "the body was rendered again under the new settings");
            assertEquals(
                    "Beta ~~old~~ things, paid",
                    whatYouLearn(work.resolve("session/courses/beta.html"))
                            .textNodes()
                            .get(0)
                            .text()
                            .strip());
        }
    }

    /** The paragraph under a fixture course's "What you learn" heading. */
    private static Element whatYouLearn(Path page) throws IOException {
        return Jsoup.parse(page.toFile(), "UTF-8").selectFirst("h2#what-you-learn + p");
    }

    private static List<String> files(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile)
                    .map(p -> root.relativize(p).toString())
                    .sorted()
                    .toList();
        }
    }

    private static void assertSameBytes(Path expected, Path actual) throws IOException {
        List<String> differing = new ArrayList<>();
        for (String file : files(expected)) {
            if (!Files.readString(expected.resolve(file), StandardCharsets.ISO_8859_1)
                    .equals(Files.readString(actual.resolve(file), StandardCharsets.ISO_8859_1))) {
                differing.add(file);
            }
        }
        assertEquals(List.of(), differing, "pages that differ between a session's re-bake and a clean bake");
    }
}
