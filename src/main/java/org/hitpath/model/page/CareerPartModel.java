package org.hitpath.model.page;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hitpath.model.CareerMapImages;
import org.hitpath.model.Context;
import org.hitpath.model.GlossaryModels;
import org.hitpath.model.Labels;
import org.hitpath.plan.GeneratedPage.GlossaryRange;
import org.hitpath.plan.GeneratedPage.Kind;
import org.hitpath.site.Career;
import org.hitpath.site.Page;

/**
 * A plain page, and the sourced part it shows after its text ({@code shows=}): the job day to day, the
 * career map, the self-check or the glossary's list of terms, each drawn from its data files.
 */
final class CareerPartModel implements PageKind {

    @Override
    public void add(Page page, PageContent content, Context ctx) {
        String shows = page.text("shows");
        if (shows == null) {
            return;
        }
        Career career = ctx.site().career();
        switch (shows) {
            case "day-to-day" -> content.put("part", dayToDay(career, content, ctx));
            case "career-map" ->
                content.put(
                        "part",
                        Map.of("stages", stages(career.map()), "image", CareerMapImages.model(page, career.map())));
            case "self-check" -> content.put("part", selfCheck(career.selfCheck()));
            case "glossary" -> {
                content.put(
                        "part",
                        Map.of(
                                "terms",
                                GlossaryModels.terms(
                                        ctx.site().glossary().terms().values())));
                content.put("glossary_ranges", glossaryRanges(ctx));
            }
            default -> {}
        }
    }

    private static Map<String, Object> dayToDay(Career career, PageContent content, Context ctx) {
        Map<String, Object> part = new LinkedHashMap<>();
        part.put("tasks_note", content.list("Typical tasks", career.tasks().source()));
        List<Map<String, Object>> groups = new ArrayList<>();
        for (Career.TaskGroup g : career.tasks().groups()) {
            groups.add(Map.of("id", g.id(), "title", g.title(), "tasks", g.tasks()));
        }
        part.put("task_groups", groups);
        part.put(
                "titles_note",
                content.list("Sample job titles", career.jobTitles().source()));
        part.put("titles", career.jobTitles().titles());
        part.put("employers", content.figures(career.workplaces().employerFigures()));
        part.put("schedule_text", career.workplaces().scheduleText());
        part.put("schedule_note", content.list("Schedules", career.workplaces().schedule()));
        return part;
    }

    /** The map's stages in order, each with its roles and every role with the moves into and out of it. */
    private static List<Map<String, Object>> stages(Career.CareerMap map) {
        Map<String, Map<String, Object>> byId = new LinkedHashMap<>();
        for (Career.Node n : map.nodes()) {
            Map<String, Object> node = new LinkedHashMap<>();
            node.put("id", n.id());
            node.put("label", n.label());
            node.put("stage", n.stage());
            node.put("page", n.page());
            node.put("note", n.note());
            node.put("leads_to", new ArrayList<Map<String, Object>>());
            node.put("comes_from", new ArrayList<Map<String, Object>>());
            byId.put(n.id(), node);
        }
        for (Career.Edge e : map.edges()) {
            move(byId.get(e.from()), "leads_to", byId.get(e.to()), e.label());
            move(byId.get(e.to()), "comes_from", byId.get(e.from()), e.label());
        }
        List<Map<String, Object>> stages = new ArrayList<>();
        for (String stage : Labels.STAGES) {
            List<Map<String, Object>> inStage = map.nodes().stream()
                    .filter(n -> stage.equals(n.stage()))
                    .map(n -> byId.get(n.id()))
                    .toList();
            if (!inStage.isEmpty()) {
                stages.add(Map.of("id", stage, "label", Labels.STAGE_LABELS.get(stage), "nodes", inStage));
            }
        }
        return stages;
    }

    @SuppressWarnings("unchecked")
    private static void move(Map<String, Object> node, String direction, Map<String, Object> other, String via) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("id", other.get("id"));
        e.put("label", other.get("label"));
        e.put("page", other.get("page"));
        e.put("via", via);
        ((List<Map<String, Object>>) node.get(direction)).add(e);
    }

    private static Map<String, Object> selfCheck(Career.SelfCheck check) {
        List<Map<String, Object>> items = new ArrayList<>();
        for (Career.Question q : check.questions()) {
            items.add(Map.of("id", q.id(), "demand", q.demand(), "question", q.question(), "why", q.why()));
        }
        return Map.of("intro", check.intro(), "items", items);
    }

    private static List<Map<String, Object>> glossaryRanges(Context ctx) {
        return ctx.plan()
                .first(Kind.GLOSSARY_RANGE)
                .map(g -> GlossaryModels.ranges(((GlossaryRange) g.details()).all()))
                .orElse(List.of());
    }
}
