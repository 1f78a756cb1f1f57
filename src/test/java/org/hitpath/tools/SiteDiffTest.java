package org.hitpath.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.hitpath.TestSite;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code diff OLD_SITE NEW_SITE}: what a pull request changes, as readers would see it. */
class SiteDiffTest {

    @TempDir
    static Path work;

    static Path oldSite;
    static Path newSite;

    /** Two bakes of the minimal fixture: one sentence, one figure value, one page added and one removed. */
    @BeforeAll
    static void bakeTwoVersions() throws IOException {
        Path before = TestSite.fixture("minimal", work.resolve("old"));
        TestSite.write(before.resolve("content/contact.md"), page("Contact", "How to reach the fixture."));
        Path after = TestSite.fixture("minimal", work.resolve("new"));
        TestSite.write(after.resolve("content/about.md"), page("About", "Who writes the fixture."));
        replace(after.resolve("content/courses/alpha.md"), "It matters. See", "It matters a great deal. See");
        replace(
                after.resolve("data/figures/fixture.yaml"),
                "value: 1000\n  display: $1,000",
                "value: 1200\n  display: $1,200");
        oldSite = bake(before, work.resolve("old-site"));
        newSite = bake(after, work.resolve("new-site"));
    }

    private static String page(String title, String text) {
        return "title=" + title + "\ntype=page\nstatus=published\ndescription=" + title
                + " page of the fixture.\nupdated=2026-01-15\n~~~~~~\n\n" + text + "\n";
    }

    private static void replace(Path file, String from, String to) throws IOException {
        String text = Files.readString(file);
        assertTrue(text.contains(from), file + " holds " + from);
        Files.writeString(file, text.replace(from, to));
    }

    private static Path bake(Path source, Path out) {
        TestSite.Bake bake = TestSite.bake(source, out);
        assertTrue(bake.ok(), bake::describe);
        return out;
    }

    private record Run(int status, String out, String err) {}

    private static Run diff(Path a, Path b) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = SiteDiff.run(
                a,
                b,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void listsPagesAddedRemovedAndChangedWithTheirTextAndFigures() throws IOException {
        Run run = diff(oldSite, newSite);
        assertEquals("""
                ## Changes to the site

                1 page added, 1 page removed, 5 pages changed, 3 other files changed.

                ### Pages added

                - `about.html`: About

                ### Pages removed

                - `contact.html`: Contact

                ### Pages changed

                #### `courses/alpha.html`: Alpha course

                ```diff
                @@ What you learn @@
                - Alpha things, paid $1,000 a year.
                + Alpha things, paid $1,200 a year.
                @@ Why it matters on the job @@
                - It matters. See beta.
                + It matters a great deal. See beta.
                ```

                | Figure | Changed | Before | After |
                | --- | --- | --- | --- |
                | What you learn · figure 1 | value | $1,000 a year | $1,200 a year |

                #### `courses/beta.html`: Beta course

                ```diff
                @@ What you learn @@
                - Beta things, paid $1,000 a year.
                + Beta things, paid $1,200 a year.
                ```

                | Figure | Changed | Before | After |
                | --- | --- | --- | --- |
                | What you learn · figure 1 | value | $1,000 a year | $1,200 a year |

                #### `editors/unchecked-figures-1.html`: Unchecked figures, 1 of 1

                ```diff
                @@ Unchecked figures, 1 of 1 @@
                - fixture-pay Fixture median pay: $1,000 a year, a secondary source, not yet checked against the fixture primary source
                + fixture-pay Fixture median pay: $1,200 a year, a secondary source, not yet checked against the fixture primary source
                ```

                | Figure | Changed | Before | After |
                | --- | --- | --- | --- |
                | Unchecked figures, 1 of 1 · figure 1 | value | $1,000 a year | $1,200 a year |

                #### `index.html`: Fixture home

                ```diff
                @@ At a glance @@
                - $1,000 a year
                + $1,200 a year
                ```

                | Figure | Changed | Before | After |
                | --- | --- | --- | --- |
                | At a glance · Fixture median pay | value | $1,000 a year | $1,200 a year |

                #### `whats-new.html`: What's new

                ```diff
                @@ What's new @@
                + 15 January 2026: About
                @@ What's new @@
                - 15 January 2026: Contact
                ```

                ### Other files

                - `feed.xml`: changed
                - `search-index.json`: changed
                - `sitemap.xml`: changed
                """, run.out());
        assertEquals(1, run.status(), "sites that differ exit 1");
    }

    @Test
    void identicalSitesExitZeroAndSaySo() throws IOException {
        Run run = diff(oldSite, oldSite);
        assertEquals("## Changes to the site\n\nNo change: every file of the two sites is the same.\n", run.out());
        assertEquals(0, run.status());
    }

    @Test
    void aMissingFolderIsABadArgument() throws IOException {
        Run run = diff(oldSite, work.resolve("nowhere"));
        assertEquals(2, run.status());
        assertEquals("", run.out());
        assertEquals(
                "diff: " + work.resolve("nowhere")
                        + " is not a folder (give two baked site folders: OLD_SITE NEW_SITE)\n",
                run.err());
    }

    @Test
    void aPageWhoseMarkupAloneChangedIsListedApartWithoutText(@TempDir Path dir) throws IOException {
        Path copy = TestSite.overlay(oldSite, dir.resolve("site"));
        replace(
                copy.resolve("courses/alpha.html"),
                "<main id=\"main-content\"",
                "<main data-note=\"x\" id=\"main-content\"");
        Run run = diff(oldSite, copy);
        assertEquals("""
                ## Changes to the site

                1 page changed in markup only.

                ### Pages whose markup changed but not their text

                - `courses/alpha.html`
                """, run.out());
        assertEquals(1, run.status(), "any different file is a difference");
    }

    /** The figure macro's markup (templates/macros/components.ftl), in prose, a fact row and a table. */
    private static String figure(String value, String asOf, String source, String unchecked) {
        return "<span class=\"hit-figure\"><strong>" + value + "</strong> <small>(" + asOf
                + "; source: <a href=\"https://"
                + source.toLowerCase() + ".example/\">" + source + "</a>"
                + (unchecked.isEmpty() ? "" : "; <span class=\"hit-figure__unchecked\">" + unchecked + "</span>")
                + ")</small></span>";
    }

    private static String figurePage(String first, String fact, String cell) {
        return "<!DOCTYPE html><html><body><main><h1>Figures</h1><h2>Pay</h2><p>Earn " + first + " or "
                + figure("$20", "2024", "A", "") + ".</p>"
                + "<dl><div><dt>Median pay</dt><dd>" + fact + "</dd></div></dl>"
                + "<table><thead><tr><th>Credential</th><th>Fee</th></tr></thead><tbody><tr>"
                + "<th scope=\"row\" data-label=\"Credential\">CCA</th><td data-label=\"Fee\">" + cell
                + "</td></tr></tbody></table></main></body></html>";
    }

    @Test
    void aFigureIsKnownByWhereItStandsAndEachChangedPartIsARow(@TempDir Path dir) throws IOException {
        TestSite.write(
                dir.resolve("old/p.html"),
                figurePage(
                        figure("$10", "2024", "A", "not yet checked against B"),
                        figure("$15", "2024", "A", ""),
                        figure("$30", "2024", "A", "")));
        TestSite.write(
                dir.resolve("new/p.html"),
                figurePage(figure("$10", "2025", "A", ""), figure("$15", "2024", "C", ""), "&mdash;"));
        Run run = diff(dir.resolve("old"), dir.resolve("new"));
        assertEquals("""
                ## Changes to the site

                1 page changed.

                ### Pages changed

                #### `p.html`: Figures

                ```diff
                @@ Pay @@
                - $30
                + —
                ```

                | Figure | Changed | Before | After |
                | --- | --- | --- | --- |
                | Pay · figure 1 | as of | 2024 | 2025 |
                | Pay · figure 1 | check | not yet checked against B | checked against its primary source |
                | Pay · Median pay | source | A (https://a.example/) | C (https://c.example/) |
                | CCA · Fee | removed | $30 | — |
                """, run.out());
    }

    @Test
    void readerTextThatHoldsBackticksCannotCloseTheDiffFence(@TempDir Path dir) throws IOException {
        TestSite.write(dir.resolve("old/p.html"), "<main><h1>Code</h1><p>Type ``` to start.</p></main>");
        TestSite.write(dir.resolve("new/p.html"), "<main><h1>Code</h1><p>Type ```` to start.</p></main>");
        Run run = diff(dir.resolve("old"), dir.resolve("new"));
        assertEquals("""
                ## Changes to the site

                1 page changed.

                ### Pages changed

                #### `p.html`: Code

                `````diff
                @@ Code @@
                - Type ``` to start.
                + Type ```` to start.
                `````
                """, run.out());
    }
}
