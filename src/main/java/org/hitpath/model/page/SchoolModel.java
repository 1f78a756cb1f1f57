package org.hitpath.model.page;

import java.util.List;
import org.hitpath.model.Context;
import org.hitpath.model.FigureModels;
import org.hitpath.plan.SchoolFilters;
import org.hitpath.site.Page;

/** A program: the credentials it prepares for, its accreditor, its published outcomes and its state's page. */
final class SchoolModel implements PageKind {

    @Override
    public void add(Page page, PageContent content, Context ctx) {
        content.put("credential_pages", ctx.summaries().refs("credential", page.list("credentials")));
        content.put(
                "accreditor",
                ctx.summaries()
                        .refs("organisation", List.of(page.text("accreditation")))
                        .get(0));
        content.put("outcome_figures", FigureModels.of(ctx.site(), page.list("outcomes")));
        content.showsFigures(page.list("outcomes"));
        content.put("state_page", SchoolFilters.statePath(page.text("state")));
    }
}
