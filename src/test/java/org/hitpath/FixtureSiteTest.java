package org.hitpath;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Behaviour of the bake itself, shown on the small fixture site. */
class FixtureSiteTest {

    @TempDir
    Path work;

    private TestSite.Bake bakeMinimal() {
        TestSite.Bake bake = TestSite.bake(TestSite.fixture("minimal", work.resolve("src")), work.resolve("site"));
        assertTrue(bake.ok(), bake::describe);
        return bake;
    }

    @Test
    void aTitleWithMarkupCharactersIsEscapedExactlyOnce() throws IOException {
        Path src = TestSite.fixture("minimal", work.resolve("src"));
        Path course = src.resolve("content/courses/alpha.md");
        Files.writeString(
                course,
                Files.readString(course).replace("title=Alpha course", "title=Tom & Jerry's <b>\"odd\"</b> course"));
        TestSite.Bake bake = TestSite.bake(src, work.resolve("site"));
        assertTrue(bake.ok(), bake::describe);

        String html = Files.readString(bake.site().resolve("courses/alpha.html"));
        Document page = bake.page("courses/alpha.html");
        assertEquals(
                "Tom & Jerry's <b>\"odd\"</b> course", page.selectFirst("h1").text());
        assertEquals(0, page.select("h1 b").size(), "no live markup from a title");
        assertTrue(html.contains("<h1>Tom &amp; Jerry&#39;s &lt;b&gt;&quot;odd&quot;&lt;/b&gt; course</h1>"), html);
        assertFalse(html.contains("&amp;amp;") || html.contains("&amp;lt;"), "escaped twice");
        assertEquals(
                "Tom & Jerry's <b>\"odd\"</b> course",
                bake.page("courses/index.html").selectFirst(".hit-card__link").text());
    }

    /**
     * The site folder is made as any folder its user makes (the umask decides), not readable by its owner
     * only as a temporary folder is: a web server running as another user must be able to serve it, and
     * a copy made with its modes (rsync -a, tar) keeps them. POSIX modes: the tests run where the site is
     * built and published (Linux, as CI and the Pages workflow do).
     */
    @Test
    void theSiteFolderHasTheModesOfAnyNewFolderNotATemporaryFoldersOwnerOnlyOnes() throws IOException {
        TestSite.Bake bake = bakeMinimal();
        Path ordinary = Files.createDirectory(work.resolve("made-by-the-user"));
        assertEquals(
                PosixFilePermissions.toString(Files.getPosixFilePermissions(ordinary)),
                PosixFilePermissions.toString(Files.getPosixFilePermissions(bake.site())));
    }

    @Test
    void twoBakesOfTheSameSourceAreByteIdentical() throws IOException {
        Path src = TestSite.real(work.resolve("src"));
        TestSite.Bake first = TestSite.bake(src, work.resolve("one"));
        TestSite.Bake second = TestSite.bake(src, work.resolve("two"));
        assertTrue(first.ok() && second.ok(), first.describe() + second.describe());
        assertEquals(tree(first.site()).keySet(), tree(second.site()).keySet());
        Map<String, byte[]> a = tree(first.site());
        Map<String, byte[]> b = tree(second.site());
        for (String file : a.keySet()) {
            assertArrayEquals(a.get(file), b.get(file), file + " differs between bakes");
        }
    }

    @Test
    void datesRenderTheSameUnderANonUtcTimeZoneAndLocale() throws IOException {
        Path src = TestSite.fixture("minimal", work.resolve("src"));
        TestSite.Bake utc = TestSite.bake(src, work.resolve("utc"));
        TimeZone zone = TimeZone.getDefault();
        Locale locale = Locale.getDefault();
        TestSite.Bake elsewhere;
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
            Locale.setDefault(Locale.GERMANY);
            elsewhere = TestSite.bake(src, work.resolve("kiritimati"));
        } finally {
            TimeZone.setDefault(zone);
            Locale.setDefault(locale);
        }
        assertTrue(utc.ok() && elsewhere.ok(), utc.describe() + elsewhere.describe());
        Element time = elsewhere.page("courses/alpha.html").selectFirst(".hit-reviewed time");
        assertEquals("2026-01-15", time.attr("datetime"));
        assertEquals("15 January 2026", time.text());
        Map<String, byte[]> a = tree(utc.site());
        Map<String, byte[]> b = tree(elsewhere.site());
        assertEquals(a.keySet(), b.keySet());
        for (String file : a.keySet()) {
            assertArrayEquals(a.get(file), b.get(file), file + " depends on the time zone or locale");
        }
    }

    @Test
    void aFigureInProseShowsItsValueDateSourceAndCheckStatus() {
        Document page = bakeMinimal().page("courses/alpha.html");
        Element figure = page.selectFirst(".hit-prose .hit-figure");
        assertNotNull(figure);
        assertEquals("$1,000 a year", figure.selectFirst("strong").text());
        assertEquals("unchecked", figure.selectFirst(".hit-tag").text(), "one small tag, no caveat sentence");
        assertEquals("$1,000 a year unchecked1", figure.text());
        Element note =
                page.getElementById(figure.selectFirst("sup a").attr("href").substring(1));
        assertEquals(
                "Fixture source (fixture.example.org). A third party quoting it; not yet checked against the fixture"
                        + " primary source. For Fixture median pay, May 2024.",
                note.text());
        assertEquals("https://fixture.example.org/pay", note.selectFirst("a").attr("href"));
    }

    @Test
    void headingsGetIdsOnTheHeadingItself() {
        Document page = bakeMinimal().page("courses/beta.html");
        Element heading = page.getElementById("typical-topics");
        assertNotNull(heading);
        assertEquals("h2", heading.tagName());
        assertEquals(0, page.select(".hit-prose h2 a").size(), "no self-links inside headings");
    }

    @Test
    void generatedCrossLinksListTheCredentialsACourseCovers() {
        Document page = bakeMinimal().page("courses/alpha.html");
        assertEquals(
                List.of("../credentials/fixcred.html"),
                page.select(".hit-related .hit-card__link").eachAttr("href"));
    }

    @Test
    void aFailedBakeLeavesThePreviousSiteInPlace() throws IOException {
        Path src = TestSite.fixture("minimal", work.resolve("src"));
        Path site = work.resolve("site");
        assertTrue(TestSite.bake(src, site).ok());
        byte[] before = Files.readAllBytes(site.resolve("index.html"));
        TestSite.write(src.resolve("content/broken.md"), "title=Broken\n~~~~~~\n\nNo type.\n");
        TestSite.Bake failed = TestSite.bake(src, site);
        assertFalse(failed.ok());
        assertArrayEquals(before, Files.readAllBytes(site.resolve("index.html")));
        assertFalse(Files.exists(site.resolve("broken.html")));
        try (Stream<Path> left = Files.list(work)) {
            assertEquals(
                    List.of("site", "src"),
                    left.map(p -> p.getFileName().toString()).sorted().toList(),
                    "no staging folder is left behind");
        }
    }

    static Map<String, byte[]> tree(Path root) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(p).toString(), Files.readAllBytes(p));
            }
        }
        return files;
    }
}
