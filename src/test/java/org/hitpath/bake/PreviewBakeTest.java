package org.hitpath.bake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.hitpath.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The preview keeps what it can between bakes (each body's parse and cleaned HTML, the templates, the
 * folders it writes into, where it rewrites only the files whose bytes changed). Whatever was edited,
 * its output folder must then hold exactly what a bake of the same files into an empty folder holds:
 * the same files and folders, byte for byte, and nothing left over from an earlier bake.
 */
class PreviewBakeTest {

    private static final LocalDate TODAY = LocalDate.parse("2026-11-26");

    @TempDir
    Path work;

    private Path src;
    private Path preview;
    private int freshBakes;

    @Test
    void everyReBakeLeavesTheOutputFolderAsAFreshBakeOfTheSameFilesWouldBe() throws Exception {
        src = TestSite.fixture("minimal", work.resolve("src"));
        preview = work.resolve("preview");
        try (BakeSession session = new BakeSession()) {
            // The first bake writes a new folder, the second a new spare; from the third on, a bake writes
            // into the spare only what changed since the spare was last written.
            for (int i = 0; i < 3; i++) {
                reBakeAndCompare(session, "unchanged, bake " + (i + 1));
            }

            edit("content/courses/beta.md", "Beta things", "Beta things, edited");
            reBakeAndCompare(session, "a body edited");

            edit("templates/macros/layout.ftl", "is an independent guide", "is an independent, edited guide");
            reBakeAndCompare(session, "a template that every page imports edited");

            edit("data/figures/fixture.yaml", "display: $1,000 a year", "display: $1,000 a year, edited");
            reBakeAndCompare(session, "a data file edited");

            Files.delete(src.resolve("content/steps/third.md"));
            reBakeAndCompare(session, "a page deleted");
            assertFalse(Files.exists(preview.resolve("steps/third.html")), "the deleted page's own file is gone");

            Path beta = src.resolve("content/courses/beta.md");
            Files.writeString(
                    src.resolve("content/courses/gamma.md"),
                    Files.readString(beta)
                            .replace("title=Beta course", "title=Gamma course")
                            .replace("order=2", "order=3"));
            Files.createDirectories(src.resolve("content/courses/pictures"));
            Files.write(src.resolve("content/courses/pictures/gamma.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G'});
            reBakeAndCompare(session, "a page and a picture in a new folder added");

            edit("assets/css/site.css", "}", "}\n.hit-edited{color:red}");
            Files.delete(src.resolve("content/courses/pictures/gamma.png"));
            reBakeAndCompare(session, "a stylesheet edited, the picture and its folder gone");
            assertFalse(Files.exists(preview.resolve("courses/pictures")), "an emptied folder is gone");
        }
    }

    @Test
    void aFailedReBakeLeavesTheLastGoodSiteAndTheNextOneCatchesUp() throws Exception {
        src = TestSite.fixture("minimal", work.resolve("src"));
        preview = work.resolve("preview");
        try (BakeSession session = new BakeSession()) {
            for (int i = 0; i < 3; i++) {
                reBakeAndCompare(session, "unchanged, bake " + (i + 1));
            }
            Path lastGood = freshBake("last good");
            edit("content/courses/beta.md", "Beta things", "Beta things, edited");
            // A page whose template fails stops the bake after some pages were written into the spare.
            edit("templates/course.ftl", "<h1>${content.title}</h1>", "<h1>${content.no_such_field}</h1>");

            assertThrows(BakeFailure.class, () -> bake(session));
            assertSameFiles(lastGood, preview, "after a failed bake");

            edit("templates/course.ftl", "<h1>${content.no_such_field}</h1>", "<h1>${content.title}</h1>");
            reBakeAndCompare(session, "the template mended");
            assertTrue(Files.readString(preview.resolve("courses/beta.html")).contains("Beta things, edited"));
        }
    }

    @Test
    void aFileChangedInTheOutputFolderBehindThePreviewsBackIsWrittenAgain() throws Exception {
        src = TestSite.fixture("minimal", work.resolve("src"));
        preview = work.resolve("preview");
        try (BakeSession session = new BakeSession()) {
            for (int i = 0; i < 3; i++) {
                reBakeAndCompare(session, "unchanged, bake " + (i + 1));
            }
            // Another bake (./mvnw package, say) swaps a folder of its own into the preview's place.
            new SiteBaker(BakeOptions.of(src, preview).asOf(TODAY)).bake();
            Files.writeString(preview.resolve("courses/alpha.html"), "not the page");
            Files.writeString(preview.resolve("stray.html"), "not a page");
            for (int i = 0; i < 3; i++) {
                reBakeAndCompare(session, "after the other bake, bake " + (i + 1));
            }
        }
    }

    private void edit(String file, String from, String to) throws IOException {
        Path path = src.resolve(file);
        String text = Files.readString(path);
        assertTrue(text.contains(from), file + " holds " + from);
        int at = text.indexOf(from);
        Files.writeString(path, text.substring(0, at) + to + text.substring(at + from.length()));
    }

    private void bake(BakeSession session) throws Exception {
        new SiteBaker(BakeOptions.of(src, preview).asOf(TODAY).in(session)).bake();
    }

    private void reBakeAndCompare(BakeSession session, String after) throws Exception {
        bake(session);
        assertSameFiles(freshBake(after), preview, after);
    }

    private Path freshBake(String after) throws Exception {
        Path fresh = work.resolve("fresh-" + ++freshBakes);
        new SiteBaker(BakeOptions.of(src, fresh).asOf(TODAY)).bake();
        return fresh;
    }

    /** EXPECTED and ACTUAL hold the same folders and files, each file with the same bytes. */
    private static void assertSameFiles(Path expected, Path actual, String after) throws IOException {
        assertEquals(entries(expected), entries(actual), "files and folders " + after);
        List<String> differing = new ArrayList<>();
        for (String entry : entries(expected)) {
            Path file = expected.resolve(entry);
            if (Files.isRegularFile(file)
                    && !Arrays.equals(Files.readAllBytes(file), Files.readAllBytes(actual.resolve(entry)))) {
                differing.add(entry);
            }
        }
        assertEquals(List.of(), differing, "files whose bytes differ from a fresh bake " + after);
    }

    /** Every file and folder under ROOT, relative to it, folders ending in a slash. */
    private static List<String> entries(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> !p.equals(root))
                    .map(p -> root.relativize(p).toString().replace('\\', '/') + (Files.isDirectory(p) ? "/" : ""))
                    .sorted()
                    .toList();
        }
    }
}
