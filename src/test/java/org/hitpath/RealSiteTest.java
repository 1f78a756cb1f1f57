package org.hitpath;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.hitpath.load.SiteLoader;
import org.hitpath.plan.Planner;
import org.hitpath.site.Site;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The real site, baked once, read like a reader would: every page there, in order, and well formed. */
class RealSiteTest {

    static TestSite.Bake bake;

    @BeforeAll
    static void bakeTheRealSite() {
        bake = TestSite.realSiteBakedOnce();
        assertTrue(bake.ok(), bake::describe);
    }

    @Test
    void everyContentFileBecomesExactlyOnePage() throws IOException {
        Path content = TestSite.PROJECT.resolve("content");
        List<String> expected;
        try (Stream<Path> walk = Files.walk(content)) {
            expected = walk.filter(p -> p.toString().endsWith(".md"))
                    .map(p ->
                            content.relativize(p).toString().replace('\\', '/').replaceAll("\\.md$", ".html"))
                    .sorted()
                    .toList();
        }
        List<String> contentPages =
                bake.pages().stream().filter(expected::contains).toList();
        assertEquals(expected, contentPages);
        Site site = SiteLoader.load(TestSite.PROJECT).site();
        assertEquals(
                site.pagesToBuild(false).size()
                        + Planner.plan(site, false).pages().size(),
                bake.pages().size(),
                "every page of the site is a published content file's or a planned generated page");
    }

    @Test
    void siteHasTheHomePageThreeStepsSevenCoursesAndTheCoursesIndex() {
        List<String> pages = bake.pages();
        for (String page : List.of(
                "index.html",
                "steps/education.html",
                "steps/job-search.html",
                "steps/career.html",
                "courses/index.html",
                "courses/medical-terminology.html",
                "courses/anatomy.html",
                "courses/physiology.html",
                "courses/health-data-standards.html",
                "courses/classification-and-coding.html",
                "courses/data-analysis.html",
                "courses/database-security.html")) {
            assertTrue(pages.contains(page), page + " is missing from " + pages);
        }
    }

    @Test
    void stepsAreLinkedInOrderWithPreviousAndNext() {
        List<String> steps = List.of("steps/education.html", "steps/job-search.html", "steps/career.html");
        for (int i = 0; i < steps.size(); i++) {
            Document page = bake.page(steps.get(i));
            assertEquals(
                    "Step " + (i + 1) + ": " + page.selectFirst("h1").text().replaceFirst("^Step \\d+: ", ""),
                    page.selectFirst(".hit-stepnav [aria-current=step]").text(),
                    "the step navigation marks where the reader is");
            assertEquals(3, page.select(".hit-stepnav li").size());
            Element prev = page.selectFirst("a[rel=prev]");
            Element next = page.selectFirst("a[rel=next]");
            if (i == 0) {
                assertEquals(null, prev, "the first step has no previous link");
            } else {
                assertNotNull(prev, steps.get(i) + " links back");
                assertEquals("https://site.test/" + steps.get(i - 1), prev.absUrl("href"));
            }
            if (i == steps.size() - 1) {
                assertEquals(null, next, "the last step has no next link");
            } else {
                assertNotNull(next, steps.get(i) + " links on");
                assertEquals("https://site.test/" + steps.get(i + 1), next.absUrl("href"));
            }
        }
    }

    @Test
    void coursesIndexListsAllSevenCoursesExactlyOnceInOrder() {
        List<String> links =
                bake.page("courses/index.html").select("main .hit-card__link").eachAttr("abs:href");
        assertEquals(
                Stream.of(
                                "medical-terminology",
                                "anatomy",
                                "physiology",
                                "health-data-standards",
                                "classification-and-coding",
                                "data-analysis",
                                "database-security")
                        .map(slug -> "https://site.test/courses/" + slug + ".html")
                        .toList(),
                links);
    }

    @Test
    void everyCoursePageHasTheSameSectionsInTheSameOrder() {
        for (String course : bake.pages().stream()
                .filter(p -> p.startsWith("courses/") && !p.endsWith("index.html"))
                .toList()) {
            List<String> sections =
                    bake.page(course).select("main .hit-prose > h2").eachText();
            assertEquals(
                    List.of(
                            "What you learn",
                            "Why it matters on the job",
                            "How it connects to credential exams",
                            "Typical topics"),
                    sections,
                    course);
        }
    }

    @Test
    void everyPageHasOneH1AUniqueTitleLangAndASkipLinkToMain() {
        Map<String, String> titles = new HashMap<>();
        for (String path : bake.pages()) {
            Document page = bake.page(path);
            assertEquals(1, page.select("h1").size(), path + " has exactly one h1");
            assertEquals("en", page.selectFirst("html").attr("lang"), path);
            Element skip = page.selectFirst("body > a.hit-skip-link");
            assertNotNull(skip, path + " has a skip link");
            assertEquals(skip, page.selectFirst("body a"), path + ": the skip link comes first");
            String target = skip.attr("href").substring(1);
            Element main = page.getElementById(target);
            assertNotNull(main, path + ": the skip link target exists");
            assertEquals("main", main.tagName(), path);
            String previous = titles.put(page.title(), path);
            assertEquals(null, previous, "title \"" + page.title() + "\" is used by " + previous + " and " + path);
        }
    }

    @Test
    void everyPageHasThePrimaryNavigationTheCareerPagesAndBreadcrumbsBelowHome() {
        for (String path : bake.pages()) {
            Document page = bake.page(path);
            assertEquals(
                    List.of("Steps", "Courses", "Credentials", "Programs"),
                    page.select("header nav[aria-label=Primary] a").eachText(),
                    path);
            assertEquals(
                    "https://site.test/index.html",
                    page.selectFirst("header .hit-header__brand").absUrl("href"),
                    path + ": the site's name leads home");
            assertEquals(
                    List.of(
                            "https://site.test/career/day-to-day.html",
                            "https://site.test/career/career-map.html",
                            "https://site.test/career/self-check.html",
                            "https://site.test/career/glossary.html"),
                    page.select("footer a[href*=career/]").eachAttr("abs:href"),
                    path + ": the career pages and the glossary from every page");
            if (!path.equals("index.html")) {
                Element crumbs = page.selectFirst("nav[aria-label=Breadcrumb]");
                assertNotNull(crumbs, path + " has breadcrumbs");
                assertEquals("Home", crumbs.selectFirst("a").text(), path);
            }
        }
    }

    @Test
    void noPageRepeatsTheSeedsOutdatedGrowthClaim() {
        for (String path : bake.pages()) {
            String text = bake.page(path).text();
            assertFalse(text.matches("(?s).*(more than|over) 20 ?%.*"), path + " repeats the old projection");
            assertFalse(text.contains("School Name"), path + " still has a placeholder");
        }
    }

    @Test
    void aSingleNewlineInMarkdownDoesNotBecomeALineBreak() {
        for (String path : bake.pages()) {
            assertEquals(0, bake.page(path).select(".hit-prose br").size(), path);
        }
    }
}
