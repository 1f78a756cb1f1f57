package org.hitpath.model.page;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hitpath.model.Context;
import org.hitpath.model.Links;
import org.hitpath.model.StateTiles;
import org.hitpath.plan.GeneratedPage;
import org.hitpath.plan.GeneratedPage.Kind;
import org.hitpath.plan.GeneratedPage.SchoolFilter;
import org.hitpath.plan.SchoolFilters;
import org.hitpath.schema.English;
import org.hitpath.schema.States;
import org.hitpath.site.Page;

/** The school index: the count, every state with its page, the filter pages by delivery and credential, and the list of all programs. */
final class SchoolIndexModel {

    private SchoolIndexModel() {}

    static void add(PageContent content, Context ctx) {
        List<Page> schools = ctx.schools();
        content.put("items", ctx.summaries().list(schools));
        content.put("all_states", allStates(schools));
        content.put("state_tiles", tiles(schools));
        content.put(
                "count_text",
                English.count(schools.size(), "program") + " whose evidence states accreditation, in "
                        + English.count(SchoolFilters.byState(schools).size(), "state"));
        // The programs themselves are listed on a page of their own, so that the index keeps to its budget.
        content.put("all_programs", schools.isEmpty() ? "" : SchoolFilters.ALL_PROGRAMS_PATH);
        content.put("delivery_filters", filters(ctx, Kind.DELIVERY));
        content.put("credential_filters", filters(ctx, Kind.CREDENTIAL_PROGRAMS));
        long unstated = schools.stream().filter(s -> s.text("delivery") == null).count();
        content.put("delivery_unstated", unstated);
        content.put("delivery_unstated_text", unstatedText(unstated));
    }

    /** Every state, DC and Puerto Rico by name, each with its page and the number of programs we list there. */
    private static List<Map<String, Object>> allStates(List<Page> schools) {
        Map<String, List<Page>> inState = SchoolFilters.byState(schools);
        List<Map<String, Object>> all = new ArrayList<>();
        States.BY_NAME.forEach(code -> {
            Map<String, Object> state = new LinkedHashMap<>();
            state.put("code", code);
            state.put("name", States.name(code));
            state.put("uri", SchoolFilters.statePath(code));
            state.put("count", inState.getOrDefault(code, List.of()).size());
            all.add(state);
        });
        return all;
    }

    /**
     * The tile map's cells, row by row: for a state its postal code, its page, its count and the rest of
     * its accessible name, which follows the visible text ("IL" then " Illinois"; "MI 2" then " programs in
     * Michigan"); for the sea, nothing.
     */
    private static List<Map<String, Object>> tiles(List<Page> schools) {
        Map<String, List<Page>> inState = SchoolFilters.byState(schools);
        List<Map<String, Object>> cells = new ArrayList<>();
        for (String code : StateTiles.cells()) {
            Map<String, Object> t = new LinkedHashMap<>();
            if (!code.isEmpty()) {
                int count = inState.getOrDefault(code, List.of()).size();
                t.put("code", code);
                t.put("uri", SchoolFilters.statePath(code));
                t.put("count", count);
                t.put("rest", (count > 0 ? English.noun(count, "program") + " in " : "") + States.name(code));
            }
            cells.add(t);
        }
        return cells;
    }

    private static List<Map<String, Object>> filters(Context ctx, Kind kind) {
        List<Map<String, Object>> filters = new ArrayList<>();
        for (GeneratedPage g : ctx.plan().ofKind(kind)) {
            Map<String, Object> f = Links.link(((SchoolFilter) g.details()).label(), g.outputPath());
            f.put("count", g.pages().size());
            filters.add(f);
        }
        return filters;
    }

    /** The note for programs whose evidence does not say how they are taught. */
    private static String unstatedText(long unstated) {
        return unstated == 1
                ? "1 program does not say on the page we read how it is taught."
                : unstated + " programs do not say on the page we read how they are taught.";
    }
}
