package org.hitpath.validate;

import java.time.LocalDate;
import org.hitpath.load.Broken;
import org.hitpath.plan.Planner;
import org.hitpath.site.Site;

/** The context the rule families share, for a site built in a test: published pages only, as of a fixed day. */
final class TestRules {

    static final LocalDate TODAY = LocalDate.parse("2026-11-26");

    private TestRules() {}

    static Rules of(Site site) {
        return new Rules(site, Planner.plan(site, false), false, TODAY, new Broken());
    }
}
