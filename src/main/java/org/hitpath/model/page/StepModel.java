package org.hitpath.model.page;

import java.util.List;
import org.hitpath.model.Context;
import org.hitpath.site.Page;

/** A step on the path: its quick facts, its number, and the steps before and after it. */
final class StepModel implements PageKind {

    @Override
    public void add(Page page, PageContent content, Context ctx) {
        content.put("quick_facts", content.figures(page.list("figures")));
        List<Page> steps = ctx.site().ofType("step", ctx.withDrafts());
        int i = steps.indexOf(page);
        content.put("step_number", i + 1);
        content.put("step_count", steps.size());
        content.put("previous", i > 0 ? ctx.summaries().of(steps.get(i - 1)) : null);
        content.put("next", i < steps.size() - 1 ? ctx.summaries().of(steps.get(i + 1)) : null);
    }
}
