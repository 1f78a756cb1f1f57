package org.hitpath.model.generated;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.hitpath.model.Context;
import org.hitpath.model.FigureModels;
import org.hitpath.model.Links;
import org.hitpath.model.Notes;
import org.hitpath.model.ProgramFacts;
import org.hitpath.plan.GeneratedPage;
import org.hitpath.plan.GeneratedPage.FigureBatch;
import org.hitpath.plan.GeneratedPage.Kind;
import org.hitpath.plan.GeneratedPage.QueueIndex;
import org.hitpath.plan.ReviewQueue;
import org.hitpath.plan.SchoolFilters;
import org.hitpath.schema.English;
import org.hitpath.schema.States;
import org.hitpath.site.Page;

/** The editors' review queue, worked out for the day of the bake, and its pages of unchecked figures. */
final class ReviewQueueModel implements GeneratedKind {

    @Override
    public void add(GeneratedPage page, Map<String, Object> content, Notes notes, Context ctx) {
        if (page.details() instanceof FigureBatch batch) {
            batch(batch, content, notes);
            return;
        }
        content.put("queue", queue(ctx));
        if (page.details() instanceof QueueIndex index) {
            content.put(
                    "figure_pages",
                    index.figurePages().stream()
                            .map(ReviewQueueModel::figurePage)
                            .toList());
            content.put("pages_past_review_uri", uriOf(ctx, Kind.PAGES_PAST_REVIEW));
            content.put("stale_schools_uri", uriOf(ctx, Kind.STALE_SCHOOLS));
            content.put("coverage_uri", uriOf(ctx, Kind.COVERAGE));
        }
        if (page.kind() == Kind.COVERAGE) {
            content.put("uncovered", uncovered(ctx));
        }
    }

    private static void batch(FigureBatch batch, Map<String, Object> content, Notes notes) {
        content.put(
                "figures",
                notes.figures(batch.figures().stream().map(f -> f.key()).toList()));
        content.put("number", batch.number());
        content.put("count", batch.count());
        content.put("previous", neighbour(batch.previous(), batch.number() - 1, batch.count()));
        content.put("next", neighbour(batch.next(), batch.number() + 1, batch.count()));
    }

    /** The pager's link to another page of unchecked figures, or "" when there is none. */
    private static Object neighbour(String uri, int number, int count) {
        return uri.isEmpty() ? "" : Links.link("unchecked figures, " + number + " of " + count, uri);
    }

    private static Map<String, Object> figurePage(GeneratedPage page) {
        FigureBatch batch = (FigureBatch) page.details();
        Map<String, Object> link = new LinkedHashMap<>();
        link.put("uri", page.outputPath());
        link.put("number", batch.number());
        link.put("count", batch.count());
        link.put("first", batch.figures().get(0).key());
        link.put("last", batch.figures().get(batch.figures().size() - 1).key());
        link.put("figure_count", batch.figures().size());
        return link;
    }

    private static String uriOf(Context ctx, Kind kind) {
        return ctx.plan().first(kind).map(GeneratedPage::outputPath).orElse("");
    }

    /** The queue as plain values for the editors' pages. */
    private static Map<String, Object> queue(Context ctx) {
        ReviewQueue queue = ReviewQueue.of(ctx.site(), ctx.withDrafts(), ctx.today());
        int months = ctx.site().reviewMonths();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("today", queue.today().toString());
        m.put("figures", queue.uncheckedFigures().stream().map(FigureModels::of).toList());
        m.put(
                "pages",
                queue.pagesPastReview().stream()
                        .map(p -> entry(p, p.updated().plusMonths(months)))
                        .toList());
        m.put(
                "schools",
                queue.staleSchools().stream()
                        .map(p -> entry(p, ReviewQueue.schoolDue(p)))
                        .toList());
        m.put("insecure", queue.insecureSources());
        // Read recently or not, evidence that is itself old or undated needs newer evidence found.
        m.put(
                "old_evidence",
                ctx.site().ofType("school", ctx.withDrafts()).stream()
                        .map(p -> ctx.summaries().of(p))
                        .filter(s -> Boolean.TRUE.equals(s.get("confirm")))
                        .toList());
        m.put("fresh_years", ProgramFacts.FRESH_YEARS);
        m.put("school_months", ReviewQueue.SCHOOL_VERIFICATION_MONTHS);
        m.put("pages_text", English.count(queue.pagesPastReview().size(), "page"));
        m.put("schools_text", English.count(queue.staleSchools().size(), "school"));
        return m;
    }

    /** The states where we list no program, each with its page and the leads editors hold there. */
    private static List<Map<String, Object>> uncovered(Context ctx) {
        Set<String> listed = ctx.site().ofType("school", ctx.withDrafts()).stream()
                .map(s -> s.text("state"))
                .collect(Collectors.toSet());
        List<Map<String, Object>> states = new ArrayList<>();
        for (Map.Entry<String, String> state : States.NAMES.entrySet()) {
            if (listed.contains(state.getKey())) {
                continue;
            }
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("code", state.getKey());
            m.put("name", state.getValue());
            m.put("uri", SchoolFilters.statePath(state.getKey()));
            m.put(
                    "leads",
                    ctx.site().leads().byState().getOrDefault(state.getKey(), List.of()).stream()
                            .map(l -> Map.of("college", l.college(), "seen", l.seen(), "needed", l.needed()))
                            .toList());
            states.add(m);
        }
        states.sort(Comparator.comparing((Map<String, Object> m) -> (String) m.get("name")));
        return states;
    }

    private static Map<String, Object> entry(Page p, LocalDate due) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("title", p.title());
        m.put("uri", p.outputPath());
        m.put("path", p.path());
        m.put("updated", p.updated().toString());
        m.put("evidence_read", String.valueOf(p.values().getOrDefault("evidence_read", "")));
        m.put("due", due.toString());
        return m;
    }
}
