package org.hitpath.model.page;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hitpath.model.Context;
import org.hitpath.site.Page;

/** A step on the path: its quick facts, its number, and the steps before and after it. */
final class StepModel implements PageKind {

    @Override
    public void add(Page page, PageContent content, Context ctx) {
        content.put("quick_facts", content.figures(page.list("figures")));
        List<Page> steps = ctx.site().ofType("step", ctx.withDrafts());
        int i = steps.indexOf(page);
        List<Map<String, Object>> nav = new ArrayList<>();
        for (int n = 0; n < steps.size(); n++) {
            Map<String, Object> step = new LinkedHashMap<>(ctx.summaries().of(steps.get(n)));
            step.put("current", n == i);
            nav.add(step);
        }
        content.put("steps_nav", nav);
        List<String> chartKeys = page.list("chart");
        content.put("chart", Chart.of(ctx.site(), chartKeys, content.figures(chartKeys)));
        content.put("previous", i > 0 ? ctx.summaries().of(steps.get(i - 1)) : null);
        content.put("next", i < steps.size() - 1 ? ctx.summaries().of(steps.get(i + 1)) : null);
    }
}
