package org.hitpath.model.page;

import org.hitpath.model.Context;
import org.hitpath.site.Page;

/**
 * An index page: its introduction, the generated list of the pages it lists, then any sections of its
 * body. The credential and school indexes add their groups, filters and comparisons.
 */
final class ListingModel implements PageKind {

    @Override
    public void add(Page page, PageContent content, Context ctx) {
        // The introduction comes before the generated list; any ## sections of the body after it.
        int split = content.body().indexOf("<h2");
        if (split >= 0) {
            content.splitBody(split);
        }
        String lists = page.text("lists");
        switch (lists) {
            case "school" -> SchoolIndexModel.add(content, ctx);
            case "credential" -> CredentialIndexModel.add(content, ctx);
            default -> content.put("items", ctx.summaries().list(ctx.site().ofType(lists, ctx.withDrafts())));
        }
    }
}
