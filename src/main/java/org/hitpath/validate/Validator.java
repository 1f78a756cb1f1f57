package org.hitpath.validate;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.hitpath.load.SiteLoader;
import org.hitpath.plan.Plan;
import org.hitpath.schema.Problem;
import org.hitpath.site.Page;
import org.hitpath.site.Parallel;

/**
 * The rules that span pages, one family per class: unique titles and outputs, header references, every
 * link and figure in every body, dates, and the pages data files point at. Runs on the loaded site and
 * the plan of its generated pages, before JBake sees anything.
 */
public final class Validator {

    private Validator() {}

    /**
     * Every problem of the site, the loader's and the rules', root causes first with what they cause
     * folded under them; none means the site may be baked as of TODAY, with drafts or without.
     */
    public static List<Problem> check(SiteLoader.Loaded loaded, Plan plan, boolean withDrafts, LocalDate today)
            throws IOException {
        Rules rules = new Rules(loaded.site(), plan, withDrafts, today, loaded.broken());
        UniquenessRules.check(rules);
        ReferenceRules references = new ReferenceRules(rules);
        BodyRules bodies = new BodyRules(rules, new LinkRules(rules), new ProseRules(rules));
        DateRules dates = new DateRules(rules);
        // The bodies are most of the work (each one's Markdown parsed and rendered): every core takes some.
        // Problems are sorted at the end, so which thread found one first does not show.
        Parallel.map(loaded.site().pages(), page -> {
            bodies.check(page);
            return page;
        });
        for (Page page : loaded.site().pages()) {
            references.check(page);
            dates.check(page);
        }
        new SchoolRules(rules).check();
        new DataRules(rules).check();
        return rules.all(loaded.problems());
    }
}
