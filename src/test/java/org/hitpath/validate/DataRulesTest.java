package org.hitpath.validate;

import static org.hitpath.load.SiteFixture.header;
import static org.hitpath.load.SiteFixture.printed;
import static org.hitpath.load.SiteFixture.site;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.hitpath.load.SiteFixture;
import org.hitpath.site.Career;
import org.hitpath.site.Glossary;
import org.hitpath.site.Site;
import org.hitpath.site.Source;
import org.junit.jupiter.api.Test;

/** Data files and pages keep their promises to each other: a shown part has its data, data names real pages. */
class DataRulesTest {

    private static final String PARTS = "day-to-day (data/career/tasks.yaml, job-titles.yaml, workplaces.yaml), "
            + "career-map (data/career/map.yaml), self-check (data/career/self-check.yaml), glossary (data/glossary.yaml)";
    private static final String A_PAGE = "the output path of a page, such as credentials/rhit.html";

    private static final Source SOURCE =
            new Source("O*NET", "https://www.onetonline.org/", "2025", "primary", "", "data/career/tasks.yaml");
    private static final Career.Tasks TASKS = new Career.Tasks(SOURCE, List.of());
    private static final Career.JobTitles TITLES = new Career.JobTitles(SOURCE, List.of("Coder"));
    private static final Career.Workplaces WORKPLACES = new Career.Workplaces(List.of(), SOURCE, "Full time.");
    private static final Career.SelfCheck SELF_CHECK = new Career.SelfCheck("Ask yourself.", List.of());

    private static List<String> check(SiteFixture fixture) {
        Site site = fixture.build();
        Rules rules = TestRules.of(site);
        new DataRules(rules).check();
        return printed(rules.problems);
    }

    /** A page at content/career/PART.md that shows PART (on line 6). */
    private static SiteFixture showing(SiteFixture fixture, String part) {
        return fixture.page(
                "content/career/" + part + ".md", header("page", "Part " + part, "shows=" + part) + "Intro.\n");
    }

    private static Glossary glossary(Glossary.Term... terms) {
        Map<String, Glossary.Term> byName = new TreeMap<>();
        for (Glossary.Term t : terms) {
            byName.put(t.term(), t);
        }
        return new Glossary(byName, Map.of());
    }

    private static Glossary.Term term(String name, String page, int line) {
        return new Glossary.Term(name, "Spelled out", "What it is.", page, line);
    }

    private static Career.CareerMap map(Career.Node... nodes) {
        return new Career.CareerMap(List.of(nodes), List.of());
    }

    @Test
    void acceptsEveryShownPartWhoseDataWasRead() {
        SiteFixture fixture = site().career(new Career(TASKS, TITLES, WORKPLACES, map(), SELF_CHECK))
                .glossary(glossary(term("RHIT", null, 1)));
        for (String part : List.of("day-to-day", "career-map", "self-check", "glossary")) {
            showing(fixture, part);
        }

        assertEquals(List.of(), check(fixture));
    }

    @Test
    void reportsEveryShownPartWhoseDataIsMissing() {
        SiteFixture fixture = site();
        for (String part : List.of("day-to-day", "career-map", "self-check", "glossary")) {
            showing(fixture, part);
        }

        assertEquals(
                List.of(
                        "content/career/day-to-day.md:6: shows: \"day-to-day\" needs its data file, which is missing or broken (allowed: "
                                + PARTS + ")",
                        "content/career/career-map.md:6: shows: \"career-map\" needs its data file, which is missing or broken (allowed: "
                                + PARTS + ")",
                        "content/career/self-check.md:6: shows: \"self-check\" needs its data file, which is missing or broken (allowed: "
                                + PARTS + ")",
                        "content/career/glossary.md:6: shows: \"glossary\" needs its data file, which is missing or broken (allowed: "
                                + PARTS + ")"),
                check(fixture));
    }

    @Test
    void theDayToDayPartNeedsAllThreeOfItsFiles() {
        SiteFixture fixture = showing(site().career(new Career(TASKS, TITLES, null, null, null)), "day-to-day");

        assertEquals(
                List.of(
                        "content/career/day-to-day.md:6: shows: \"day-to-day\" needs its data file, which is missing or broken (allowed: "
                                + PARTS + ")"),
                check(fixture));
    }

    @Test
    void reportsACareerMapRoleWhosePageIsNotPartOfTheSite() {
        SiteFixture fixture = site().plainPage("content/about.md", "About", "Body.\n")
                .career(new Career(
                        null,
                        null,
                        null,
                        map(
                                new Career.Node("about", "About", "entry", "about.html", "", 4),
                                new Career.Node("news", "News", "related", "whats-new.html", "", 9),
                                new Career.Node("rhit", "RHIT", "specialty", "credentials/rhit.html", "", 14)),
                        null));

        assertEquals(
                List.of(
                        "data/career/map.yaml:14: nodes.rhit.page: \"credentials/rhit.html\" is not a page of the site (allowed: "
                                + A_PAGE + ")"),
                check(fixture));
    }

    @Test
    void reportsAGlossaryTermWhosePageIsNotPartOfTheSite() {
        SiteFixture fixture = site().plainPage("content/about.md", "About", "Body.\n")
                .glossary(glossary(
                        term("AHIMA", "about.html", 1),
                        term("CCS", null, 5),
                        term("RHIT", "credentials/rhit.html", 9),
                        term("SEO", "whats-new.html", 13)));

        assertEquals(
                List.of(
                        "data/glossary.yaml:9: RHIT.page: \"credentials/rhit.html\" is not a page of the site (allowed: "
                                + A_PAGE + ")"),
                check(fixture));
    }
}
