package org.hitpath.model.page;

import java.util.List;
import org.hitpath.model.Context;
import org.hitpath.site.Page;

/** The home page: its quick facts, the first credential to aim for and the steps. */
final class HomeModel implements PageKind {

    @Override
    public void add(Page page, PageContent content, Context ctx) {
        content.put("quick_facts", content.figures(page.list("figures")));
        content.put(
                "first_credential",
                page.text("first_credential") == null
                        ? ""
                        : ctx.summaries()
                                .refs("credential", List.of(page.text("first_credential")))
                                .get(0));
        content.put("steps", ctx.summaries().list(ctx.site().ofType("step", ctx.withDrafts())));
    }
}
