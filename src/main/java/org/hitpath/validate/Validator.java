package org.hitpath.validate;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.hitpath.plan.Plan;
import org.hitpath.schema.Problem;
import org.hitpath.site.Page;
import org.hitpath.site.Site;

/**
 * The rules that span pages, one family per class: unique titles and output paths, header references,
 * every link and figure in every body, and the pages data files point at. Runs on the loaded site and
 * the plan of its generated pages, before JBake sees anything.
 */
public final class Validator {

    private Validator() {}

    /** Every problem the rules find; none means the site may be baked. */
    public static List<Problem> check(Site site, Plan plan) throws IOException {
        List<Problem> problems = new ArrayList<>();
        UniquenessRules.check(site, plan, problems);
        ReferenceRules references = new ReferenceRules(site);
        BodyRules bodies = new BodyRules(site, new LinkRules(site, plan), new ProseRules(site));
        for (Page page : site.pages()) {
            references.check(page, problems);
            bodies.check(page, problems);
        }
        new DataRules(site, plan).check(problems);
        return problems;
    }
}
