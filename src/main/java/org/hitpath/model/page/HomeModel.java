package org.hitpath.model.page;

import org.hitpath.model.Context;
import org.hitpath.model.FigureModels;
import org.hitpath.plan.SchoolFilters;
import org.hitpath.site.Page;

/** The home page: its quick facts and the programs editors feature. */
final class HomeModel implements PageKind {

    @Override
    public void add(Page page, PageContent content, Context ctx) {
        content.put("quick_facts", FigureModels.of(ctx.site(), page.list("figures")));
        content.showsFigures(page.list("figures"));
        content.put(
                "featured",
                ctx.summaries()
                        .list(SchoolFilters.schoolsInOrder(ctx.site(), ctx.withDrafts()).stream()
                                .filter(s -> Boolean.TRUE.equals(s.values().get("featured")))
                                .toList()));
    }
}
