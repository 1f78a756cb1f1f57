package org.hitpath.load;

import static org.hitpath.load.SiteFixture.header;
import static org.hitpath.load.SiteFixture.printed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hitpath.schema.Problem;
import org.hitpath.site.Page;
import org.junit.jupiter.api.Test;

/** A parsed file becomes a typed page: a known type, only its fields, every required one, in its place. */
class PageReaderTest {

    private static final String TYPES = "home, page, listing, step, course, credential, organisation, school";

    private final List<Problem> problems = new ArrayList<>();

    private Optional<Page> read(String path, String text) {
        return SiteFixture.read(path, text, problems);
    }

    @Test
    void readsAValidPageWithTypedValuesTheirLinesAndItsOutputPath() {
        Page page = read("content/courses/alpha.md", header("course", "Alpha course", "order=1") + "Body.\n")
                .orElseThrow();

        assertEquals(List.of(), printed(problems));
        assertEquals("alpha", page.slug());
        assertEquals("course", page.type().name());
        assertEquals(
                Map.of(
                        "title", "Alpha course",
                        "type", "course",
                        "status", "published",
                        "description", "A page for a unit test.",
                        "updated", LocalDate.of(2026, 1, 15),
                        "order", 1L),
                page.values());
        assertEquals(
                Map.of("title", 1, "type", 2, "status", 3, "description", 4, "updated", 5, "order", 6), page.lines());
        assertEquals("Body.\n", page.body());
        assertEquals(8, page.bodyLine());
        assertEquals("courses/alpha.html", page.outputPath());
    }

    @Test
    void reportsAMissingTypeOnTheFirstLineAndChecksNothingElse() {
        Optional<Page> page = read("content/about.md", "title=About\n~~~~~~\nBody.\n");

        assertEquals(Optional.empty(), page);
        assertEquals(List.of("content/about.md:1: type: is missing (allowed: " + TYPES + ")"), printed(problems));
    }

    @Test
    void suggestsTheNearestTypeForAMisspelledOne() {
        read("content/courses/alpha.md", header("corse", "Alpha course", "order=1") + "Body.\n");
        read("content/blog/news.md", header("blog", "News") + "Body.\n");

        assertEquals(
                List.of(
                        "content/courses/alpha.md:2: type: \"corse\" is not a content type; did you mean course? (allowed: "
                                + TYPES + ")",
                        "content/blog/news.md:2: type: \"blog\" is not a content type (allowed: " + TYPES + ")"),
                printed(problems));
    }

    @Test
    void reportsAFieldTheTypeDoesNotHaveWithTheNearestFieldItDoes() {
        Optional<Page> page = read("content/about.md", header("page", "About", "shws=glossary", "order=2") + "Body.\n");

        assertEquals(Optional.empty(), page);
        assertEquals(
                List.of(
                        "content/about.md:6: shws: is not a field of the page type; did you mean shows? (allowed: title, type, status, description, updated, shows)",
                        "content/about.md:7: order: is not a field of the page type (allowed: title, type, status, description, updated, shows)"),
                printed(problems));
    }

    @Test
    void reportsEveryMissingRequiredFieldOnTheFirstLine() {
        Optional<Page> page =
                read("content/credentials/rhit.md", header("credential", "RHIT", "code=RHIT") + "Body.\n");

        assertEquals(Optional.empty(), page);
        assertEquals(
                List.of(
                        "content/credentials/rhit.md:1: full_name: is missing (allowed: text of at most 200 characters)",
                        "content/credentials/rhit.md:1: issuer: is missing (allowed: the file name without .md of an issuer (organisation page))",
                        "content/credentials/rhit.md:1: specialty: is missing (allowed: general, coding, cancer-registry, home-care)",
                        "content/credentials/rhit.md:1: eligibility: is missing (allowed: one sentence of at most 200 characters)"),
                printed(problems));
    }

    @Test
    void readsNoPageWhenAnyValueHasAProblem() {
        Optional<Page> page =
                read("content/courses/alpha.md", header("course", "Alpha course", "order=first") + "Body.\n");

        assertEquals(Optional.empty(), page);
        assertEquals(
                List.of(
                        "content/courses/alpha.md:6: order: \"first\" is not a whole number (allowed: a whole number such as 3)"),
                printed(problems));
    }

    @Test
    void placesTheHomePageOnlyAtTheSiteRoot() {
        assertTrue(read("content/index.md", header("home", "Home") + "Body.\n").isPresent());
        read("content/welcome.md", header("home", "Welcome") + "Body.\n");

        assertEquals(
                List.of("content/welcome.md:2: type: home is only for content/index.md (allowed: page, listing)"),
                printed(problems));
    }

    @Test
    void placesAListingOnlyAsTheIndexOfAFolder() {
        assertTrue(read("content/courses/index.md", header("listing", "Courses", "lists=course") + "Body.\n")
                .isPresent());
        read("content/courses/all.md", header("listing", "All courses", "lists=course") + "Body.\n");
        read("content/index.md", header("listing", "Everything", "lists=course") + "Body.\n");

        assertEquals(
                List.of(
                        "content/courses/all.md:2: type: a listing must be the index.md of its folder (allowed: content/<folder>/index.md)",
                        "content/index.md:2: type: a listing must be the index.md of its folder (allowed: content/<folder>/index.md)"),
                printed(problems));
    }

    @Test
    void placesAPlainPageInAnyFolderButNeverAsAnIndex() {
        Page career = read("content/career/day-to-day.md", header("page", "Day to day") + "Body.\n")
                .orElseThrow();
        assertEquals("career/day-to-day.html", career.outputPath());
        assertTrue(read("content/about.md", header("page", "About") + "Body.\n").isPresent());
        read("content/courses/index.md", header("page", "Courses") + "Body.\n");

        assertEquals(
                List.of(
                        "content/courses/index.md:2: type: index.md is reserved for the folder's listing (allowed: listing)"),
                printed(problems));
    }

    @Test
    void placesAPageOfAFolderTypeDirectlyInItsOwnFolder() {
        read("content/steps/alpha.md", header("course", "Alpha course", "order=1") + "Body.\n");
        read("content/courses/old/alpha.md", header("course", "Old alpha course", "order=1") + "Body.\n");
        read("content/courses/index.md", header("course", "Course index", "order=1") + "Body.\n");

        assertEquals(
                List.of(
                        "content/steps/alpha.md:2: type: a course page must live in content/courses/ (allowed: content/courses/<name>.md)",
                        "content/courses/old/alpha.md:2: type: a course page must live in content/courses/ (allowed: content/courses/<name>.md)",
                        "content/courses/index.md:2: type: index.md is reserved for the folder's listing (allowed: listing)"),
                printed(problems));
    }
}
