package org.hitpath.validate;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.hitpath.load.SiteLoader;
import org.hitpath.plan.Plan;
import org.hitpath.schema.Problem;
import org.hitpath.site.KeptByText;
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
        return check(loaded, plan, withDrafts, today, null);
    }

    /**
     * As above, with the bodies PARSED in the preview's earlier bakes (null: none): only a body whose text
     * is new is parsed, and every rule still runs on every body.
     */
    public static List<Problem> check(
            SiteLoader.Loaded loaded, Plan plan, boolean withDrafts, LocalDate today, ParsedBodies parsed)
            throws IOException {
        KeptByText<BodyRules.ParsedBody> kept = null;
        if (parsed != null) {
            kept = parsed.bodies;
            kept.startBake(loaded.site().markdown().dialect());
        }
        Rules rules = new Rules(loaded.site(), plan, withDrafts, today, loaded.broken());
        UniquenessRules.check(rules);
        ReferenceRules references = new ReferenceRules(rules);
        BodyRules bodies = new BodyRules(rules, new LinkRules(rules), new ProseRules(rules), kept);
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

    /** The preview's bodies, each as parsed once, kept from one bake to the next (see {@link KeptByText}). */
    public static final class ParsedBodies {

        /** About 64 MB of characters: far more than this site, a share of the preview's heap at 10,000 pages. */
        private static final long BUDGET = 32_000_000;

        final KeptByText<BodyRules.ParsedBody> bodies = new KeptByText<>(BodyRules.ParsedBody::characters, BUDGET);
    }
}
