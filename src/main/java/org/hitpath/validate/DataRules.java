package org.hitpath.validate;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hitpath.plan.Plan;
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

    private final Site site;
    private final Set<String> targets = new HashSet<>();

    DataRules(Site site, Plan plan) {
        this.site = site;
        site.pages().forEach(p -> targets.add(p.outputPath()));
        targets.addAll(plan.paths());
    }

    void check(List<Problem> problems) {
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
                if (!targets.contains(node.page())) {
                    problems.add(Problem.of(
                            "data/career/map.yaml",
                            node.pageLine(),
                            "nodes." + node.id() + ".page",
                            "\"" + node.page() + "\" is not a page of the site",
                            PAGE_ALLOWED));
                }
            }
        }
        for (Glossary.Term t : site.glossary().terms().values()) {
            if (t.page() != null && !targets.contains(t.page())) {
                problems.add(Problem.of(
                        "data/glossary.yaml",
                        t.line(),
                        t.term() + ".page",
                        "\"" + t.page() + "\" is not a page of the site",
                        PAGE_ALLOWED));
            }
        }
    }
}
