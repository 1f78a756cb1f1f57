package org.hitpath;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.hitpath.bake.BakeOptions;
import org.hitpath.bake.BakeReport;
import org.hitpath.bake.SiteBaker;
import org.hitpath.load.SiteLoader;
import org.hitpath.site.Acronyms;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

/** The career in depth: tasks, titles and map from sourced data, the glossary rule, the self-check, and the review queue. */
class CareerTest {

    private static final String BASE = "https://site.test/";

    static TestSite.Bake bake;

    @BeforeAll
    static void bakeTheRealSite() {
        bake = TestSite.realSiteBakedOnce();
        assertTrue(bake.ok(), bake::describe);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> data(String file) throws IOException {
        return new Yaml().load(Files.readString(TestSite.PROJECT.resolve(file)));
    }

    /** The source address in the note a "Source: note N" line points to. */
    private static String noteLink(Document page, Element sourceLine) {
        Element note = page.getElementById(sourceLine.attr("href").substring(1));
        assertNotNull(note, sourceLine.attr("href") + " is on the page");
        return note.selectFirst("a").attr("href");
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyTaskAndJobTitleShownComesFromASourcedRecord() throws IOException {
        Document page = bake.page("career/day-to-day.html");
        Map<String, Object> tasks = data("data/career/tasks.yaml");
        List<String> expectedTasks = new ArrayList<>();
        for (Map<String, Object> group : (List<Map<String, Object>>) tasks.get("groups")) {
            expectedTasks.addAll((List<String>) group.get("tasks"));
        }
        assertEquals(17, expectedTasks.size(), "O*NET lists 17 tasks");
        assertEquals(
                expectedTasks,
                page.select("section[aria-labelledby=typical-tasks] li").eachText());
        Map<String, Object> titles = data("data/career/job-titles.yaml");
        assertEquals(
                titles.get("titles"),
                page.select("section[aria-labelledby=job-titles] li").eachText());
        for (String section : List.of("typical-tasks", "job-titles", "workplaces")) {
            Element source = page.selectFirst("section[aria-labelledby=" + section + "] .hit-source-line a");
            assertNotNull(source, section + " names its source");
            assertTrue(source.attr("href").matches("#note-\\d+"), section + " points to its note");
            assertTrue(noteLink(page, source).startsWith("https://"), section);
        }
        assertEquals(
                ((Map<String, Object>) tasks.get("source")).get("url"),
                noteLink(page, page.selectFirst("section[aria-labelledby=typical-tasks] .hit-source-line a")));
        assertEquals(
                5,
                page.select("section[aria-labelledby=workplaces] .hit-figure").size(),
                "employer shares are figure records");
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyCareerMapNodeLinksToAnExistingPage() throws IOException {
        Document page = bake.page("career/career-map.html");
        List<Map<String, Object>> nodes =
                (List<Map<String, Object>>) data("data/career/map.yaml").get("nodes");
        List<Element> links = page.select(".hit-map__link");
        assertEquals(nodes.size(), links.size());
        for (Element link : links) {
            String target = link.absUrl("href").substring(BASE.length());
            assertTrue(Files.isRegularFile(bake.site().resolve(target)), link.text() + " links to missing " + target);
        }
        for (Element move : page.select(".hit-map__moves a")) {
            assertNotNull(
                    page.getElementById(move.attr("href").substring(1)),
                    "a move points at a role on the map: " + move.attr("href"));
        }
        assertEquals(
                List.of("Ways in", "Specialties", "Moving up", "A related occupation"),
                page.select(".hit-map__stage-title").eachText());
    }

    @Test
    void glossaryCoversEveryAcronymUsedOnAnyPage() throws IOException {
        var site = SiteLoader.load(TestSite.PROJECT).site();
        Set<String> missing = new TreeSet<>();
        int used = 0;
        for (String path : bake.pages()) {
            Document page = bake.page(path);
            // A note number is a separate link, not part of the word before it ("Pearson VUE" then "1").
            page.select("script, style, code, pre, sup").remove();
            for (String word : Acronyms.in(page.title() + " " + page.body().text())) {
                used++;
                if (!site.glossary().needsNoEntry(word)) {
                    missing.add(word + " on " + path);
                }
            }
        }
        assertEquals(Set.of(), missing);
        assertTrue(used > 100);
        List<String> defined = new ArrayList<>();
        for (String range :
                bake.page("career/glossary.html").select("#terms ~ h3 a").eachAttr("abs:href")) {
            defined.addAll(bake.page(range.substring(BASE.length()))
                    .select(".hit-glossary dt")
                    .eachText());
        }
        for (String term : List.of(
                "RHIT",
                "RHIA",
                "CCA",
                "CCS",
                "ODS",
                "CTR",
                "CAHIIM",
                "AHIMA",
                "NCRA",
                "AAPC",
                "EHR",
                "ICD-10-CM",
                "ICD-10-PCS",
                "CPT",
                "HCPCS",
                "DRG",
                "HIPAA")) {
            assertTrue(defined.contains(term), term + " is in the glossary");
        }
    }

    @Test
    void glossaryPageListsEveryTermOnceAndLinksItToItsDefinitionOnThePageOfItsLetters() throws IOException {
        List<String> terms =
                new ArrayList<>(new TreeSet<>(data("data/glossary.yaml").keySet()));
        Document glossary = bake.page("career/glossary.html");
        List<String> ranges = glossary.select("#terms ~ h3 a").eachAttr("abs:href").stream()
                .map(h -> h.substring(BASE.length()))
                .toList();
        assertEquals(List.of("career/glossary-a-c.html", "career/glossary-d-z.html"), ranges);

        List<String> defined = new ArrayList<>();
        for (String range : ranges) {
            Document page = bake.page(range);
            assertEquals(
                    BASE + "career/glossary.html",
                    page.selectFirst(".hit-breadcrumbs ol li:last-child a").absUrl("href"),
                    range + " leads back to the glossary");
            String letters = range.substring("career/glossary-".length(), range.length() - ".html".length())
                    .toUpperCase();
            for (Element term : page.select(".hit-glossary > div")) {
                String name = term.selectFirst("dt").text();
                char first = name.charAt(0);
                assertTrue(
                        first >= letters.charAt(0) && first <= letters.charAt(2),
                        name + " is on the page of its letters, not " + range);
                assertFalse(term.selectFirst("dd strong").text().isBlank(), name + " is spelled out");
                defined.add(name);
            }
        }
        assertEquals(terms, defined, "every term of data/glossary.yaml, once, in order");

        List<String> listed = new ArrayList<>();
        for (Element link : glossary.select("#terms ~ ul a")) {
            String[] target = link.absUrl("href").substring(BASE.length()).split("#");
            Element definition = bake.page(target[0]).getElementById(target[1]);
            assertNotNull(definition, link.text() + " links to its definition");
            assertEquals(link.text(), definition.selectFirst("dt").text());
            listed.add(link.text());
        }
        assertEquals(terms, listed, "the glossary page lists every term once");
    }

    @Test
    void acronymsOnPagesAreMarkedUpWithTheirExpansion() {
        Element abbr = bake.page("credentials/rhit.html").selectFirst(".hit-prose abbr");
        assertNotNull(abbr);
        assertFalse(abbr.attr("title").isBlank());
        assertEquals(
                "Registered Health Information Technician",
                bake.page("steps/education.html").select(".hit-prose abbr").stream()
                        .filter(a -> a.text().equals("RHIT"))
                        .findFirst()
                        .orElseThrow()
                        .attr("title"));
    }

    @Test
    void theBuildFailsWhenAPageUsesAnAcronymTheGlossaryLacks(@TempDir Path work) {
        Path src = TestSite.fixture("minimal", work.resolve("acronym/src"));
        TestSite.write(
                src.resolve("data/glossary.yaml"),
                "FIX:\n  expansion: Fixture\n  definition: A fixture credential.\nFIXO:\n  expansion: Fixture Organisation\n  definition: A fixture organisation.\nHIT:\n  expansion: Health information technology\n  definition: The field.\n");
        TestSite.write(
                src.resolve("content/about.md"),
                "title=About the fixture\ntype=page\nstatus=published\ndescription=A page.\nupdated=2026-01-15\n~~~~~~\n\nThe XYZQ board is new.\n");
        TestSite.Bake failed = TestSite.bake(src, work.resolve("acronym/site"));
        assertFalse(failed.ok());
        assertEquals(
                List.of(
                        "content/about.md:8: acronym: \"XYZQ\" appears on about.html but data/glossary.yaml does not define it "
                                + "(allowed: add XYZQ to data/glossary.yaml, or to data/not-acronyms.yaml with the reason it is not an acronym)"),
                failed.problems());
    }

    @Test
    void selfCheckWorksWithoutJavascriptStoresNothingAndKeepsNoScore() {
        Document page = bake.page("career/self-check.html");
        assertTrue(page.select("details.hit-check").size() >= 5);
        assertEquals(
                0,
                page.select("main form, main input, script[src], main button").size(),
                "nothing to submit, nothing to run");
        assertFalse(page.text().toLowerCase().contains("your score"));
    }

    @Test
    void reviewQueueFigurePagesTogetherListEveryUncheckedFigureOnceWithItsPrimarySource() throws IOException {
        var site = SiteLoader.load(TestSite.PROJECT).site();
        List<String> expected = site.figures().values().stream()
                .filter(f -> !f.checkedAgainstPrimary())
                .map(f -> f.key())
                .sorted()
                .toList();
        Document queue = bake.page("editors/review-queue.html");
        List<String> pages = queue.select("#unchecked-figures ~ ul a").eachAttr("abs:href");
        assertEquals((expected.size() + 14) / 15, pages.size(), "15 figures to a page");
        List<String> listed = new ArrayList<>();
        for (String href : pages) {
            Document page = bake.page(href.substring(BASE.length()));
            assertEquals("noindex", page.selectFirst("meta[name=robots]").attr("content"));
            for (Element item : page.select("main li:has(> code)")) {
                String key = item.selectFirst("code").text();
                assertEquals(
                        "not yet checked against " + site.figures().get(key).primarySource(),
                        item.selectFirst(".hit-figure__unchecked").text(),
                        key);
                listed.add(key);
            }
        }
        assertEquals(expected, listed);
    }

    @Test
    void reviewQueueListsExactlyTheStaleAndUncheckedItemsOfAFixture(@TempDir Path work) throws Exception {
        Path src = TestSite.fixture("minimal", work.resolve("queue/src"));
        TestSite.write(
                src.resolve("data/figures/fixture.yaml"),
                Files.readString(src.resolve("data/figures/fixture.yaml")) + """
                fixture-fee:
                  label: Fixture fee
                  value: 10
                  display: "$10"
                  as_of: 2026
                  source_title: Fixture issuer
                  source_url: https://fixture.example.org/fee
                  check: primary
                """);
        Path stale = src.resolve("content/courses/beta.md");
        Files.writeString(stale, Files.readString(stale).replace("updated=2026-01-15", "updated=2024-06-30"));
        String school = """
                title=%s College: HIT
                type=school
                status=published
                description=A fixture program.
                updated=2026-01-15
                institution=%s College
                state=NY
                location_stated=none
                program=HIT
                level=associate
                accreditation=fixorg
                accreditation_url=https://fixture.example.org/evidence
                evidence_kind=college-page
                evidence_date=undated
                credentials=fixcred
                program_url=https://fixture.example.org/program
                evidence_read=%s
                read_from=stored-copy
                ~~~~~~

                ## About the program

                A fixture.
                """;
        TestSite.write(src.resolve("content/schools/old.md"), school.formatted("Old", "Old", "2025-01-31"));
        TestSite.write(src.resolve("content/schools/fresh.md"), school.formatted("Fresh", "Fresh", "2026-03-01"));
        Path out = work.resolve("queue/site");
        BakeReport report = new SiteBaker(BakeOptions.of(src, out).asOf(LocalDate.parse("2026-11-26"))).bake();

        Document queue = org.jsoup.Jsoup.parse(
                out.resolve("editors/review-queue.html").toFile(), "UTF-8", BASE + "editors/review-queue.html");
        assertEquals(
                List.of(BASE + "editors/unchecked-figures-1.html"),
                queue.select("#unchecked-figures ~ ul a").eachAttr("abs:href"));
        Document figures = org.jsoup.Jsoup.parse(
                out.resolve("editors/unchecked-figures-1.html").toFile(),
                "UTF-8",
                BASE + "editors/unchecked-figures-1.html");
        assertEquals(List.of("fixture-pay"), figures.select("main li > code").eachText());
        assertEquals(
                "not yet checked against the fixture primary source",
                figures.selectFirst("main li .hit-figure__unchecked").text());
        assertEquals("noindex", figures.selectFirst("meta[name=robots]").attr("content"));
        assertFalse(Files.exists(out.resolve("editors/unchecked-figures-2.html")), "one page holds up to 15 figures");
        assertEquals(
                List.of(BASE + "editors/pages-past-review.html"),
                queue.select("#pages-past-review + p a").eachAttr("abs:href"));
        Document pages = org.jsoup.Jsoup.parse(
                out.resolve("editors/pages-past-review.html").toFile(),
                "UTF-8",
                BASE + "editors/pages-past-review.html");
        assertEquals(
                List.of(BASE + "courses/beta.html"), pages.select("main li a").eachAttr("abs:href"));
        assertEquals("noindex", pages.selectFirst("meta[name=robots]").attr("content"));
        assertEquals(
                List.of(BASE + "editors/stale-schools.html"),
                queue.select("#stale-schools + p a").eachAttr("abs:href"));
        Document schools = org.jsoup.Jsoup.parse(
                out.resolve("editors/stale-schools.html").toFile(), "UTF-8", BASE + "editors/stale-schools.html");
        assertEquals(
                List.of(BASE + "schools/old.html"),
                schools.select("main h1 ~ ul:not(#old-evidence ~ ul) a").eachAttr("abs:href"),
                "read more than a year ago");
        assertEquals(
                List.of(BASE + "schools/fresh.html", BASE + "schools/old.html"),
                schools.select("#old-evidence ~ ul a").eachAttr("abs:href"),
                "evidence undated or more than three years old, however recently read");
        assertEquals("noindex", schools.selectFirst("meta[name=robots]").attr("content"));
        assertEquals(
                "None: the build rejects any link or source that is not https.",
                queue.selectFirst("#insecure-sources + p").text());
        assertEquals(
                "review queue on 2026-11-26: 1 figure not checked against the primary source, 1 page past the review date, "
                        + "1 program whose evidence was read more than 12 months ago, 0 sources not on https",
                report.reviewSummary());
        assertEquals("noindex", queue.selectFirst("meta[name=robots]").attr("content"));
        assertFalse(Files.readString(out.resolve("sitemap.xml")).contains("editors/"));
        assertFalse(
                Files.readString(out.resolve("index.html")).contains("review-queue"), "not in the reader navigation");
        assertTrue(
                Files.readString(TestSite.PROJECT.resolve("CONTRIBUTING.md")).contains("editors/review-queue.html"),
                "linked from the editors' guide");
    }
}
