package org.hitpath.model.generated;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hitpath.model.Context;
import org.hitpath.model.Notes;
import org.hitpath.plan.GeneratedPage;
import org.hitpath.plan.SchoolFilters;
import org.hitpath.schema.English;
import org.hitpath.schema.States;

/** Every program by state, the states in the order of their names: what the finder narrows in place. */
final class AllProgramsModel implements GeneratedKind {

    @Override
    public void add(GeneratedPage page, Map<String, Object> content, Notes notes, Context ctx) {
        List<Map<String, Object>> states = new ArrayList<>();
        SchoolFilters.byState(page.pages()).forEach((code, pages) -> {
            Map<String, Object> group = new LinkedHashMap<>();
            group.put("code", code);
            group.put("name", States.name(code));
            group.put("items", ctx.summaries().list(pages));
            states.add(group);
        });
        content.put("state_groups", states);
        content.put(
                "count_text",
                English.count(page.pages().size(), "program") + " whose evidence states accreditation, in "
                        + English.count(states.size(), "state"));
    }
}
