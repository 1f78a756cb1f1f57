package org.hitpath.validate;

import java.util.List;
import org.hitpath.schema.Problem;
import org.hitpath.site.Career;
import org.hitpath.site.Glossary;
import org.hitpath.site.Page;
import org.hitpath.site.Site;

/** What data files and pages promise each other: a page's shows= part has its data, and data names real pages. */
final class DataRules {

    private static final String PARTS_ALLOWED =
            "day-to-day (data/career/tasks.yaml, job-titles.yaml, workplaces.yaml), career-map (data/career/map.yaml), "
                    + "self-check (data/career/self-check.yaml), glossary (data/glossary.yaml)";
    private static final String PAGE_ALLOWED = "the output path of a page, such as credentials/rhit.html";

    private final Rules rules;
    private final Site site;
    private final List<Problem> problems;

    DataRules(Rules rules) {
        this.rules = rules;
        this.site = rules.site;
        this.problems = rules.problems;
    }

    /** The content file that writes OUTPUT_PATH. */
    private static String source(String outputPath) {
        return "content/" + outputPath.replaceFirst("\\.html$", ".md");
    }

    void check() {
        for (Page p : site.pages()) {
            String shows = p.text("shows");
            if (shows != null && !site.career().has(shows, site.glossary())) {
                problems.add(Problem.of(
                        p.path(),
                        p.line("shows"),
                        "shows",
                        "\"" + shows + "\" needs its data file, which is missing or broken",
                        PARTS_ALLOWED));
            }
        }
        if (site.career().map() != null) {
            for (Career.Node node : site.career().map().nodes()) {
                if (!rules.willExist(node.page())
                        && !rules.foldedPage(source(node.page()), "data/career/map.yaml:" + node.pageLine())) {
                    problems.add(Problem.of(
                            "data/career/map.yaml",
                            node.pageLine(),
                            "nodes." + node.id() + ".page",
                            "\"" + node.page() + "\" " + rules.whyMissing(node.page()),
                            PAGE_ALLOWED));
                }
            }
        }
        for (Glossary.Term t : site.glossary().terms().values()) {
            if (t.page() != null
                    && !rules.willExist(t.page())
                    && !rules.foldedPage(source(t.page()), "data/glossary.yaml:" + t.line())) {
                problems.add(Problem.of(
                        "data/glossary.yaml",
                        t.line(),
                        t.term() + ".page",
                        "\"" + t.page() + "\" " + rules.whyMissing(t.page()),
                        PAGE_ALLOWED));
            }
        }
    }
}
