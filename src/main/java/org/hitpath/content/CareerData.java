package org.hitpath.content;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The sourced data behind the career pages: tasks and job titles (O*NET), workplaces and schedules,
 * the career map, the self-check, and the glossary. Each file is optional; a page that shows a part
 * whose file is missing is reported by the site rules.
 *
 * @param parts      template-ready data by page part ("day-to-day", "career-map", "self-check", "glossary")
 * @param glossary   acronym to its expansion, definition and optional page
 * @param notAcronyms upper-case words that are not acronyms, with the reason
 * @param sources    every source these files cite, for the editors' review queue
 * @param mapPages   career-map node id to the page it links to, with the line it is set on
 */
public record CareerData(
        Map<String, Map<String, Object>> parts,
        Map<String, Term> glossary,
        Map<String, String> notAcronyms,
        List<Map<String, Object>> sources,
        Map<String, Integer> mapPages,
        Map<String, String> mapPageByNode) {

    public static final List<String> STAGES = List.of("entry", "specialty", "advanced", "related");
    static final Map<String, String> STAGE_LABELS = Map.of(
            "entry", "Ways in", "specialty", "Specialties", "advanced", "Moving up", "related", "A related occupation");

    /** One glossary entry. */
    public record Term(String term, String expansion, String definition, String page, int line) {}

    static CareerData load(Path root, Map<String, Figure> figures, List<Problem> problems) throws IOException {
        Map<String, Map<String, Object>> parts = new LinkedHashMap<>();
        List<Map<String, Object>> sources = new ArrayList<>();
        Map<String, Integer> mapPages = new LinkedHashMap<>();
        Map<String, String> mapPageByNode = new LinkedHashMap<>();

        YamlData tasks = read(root, "data/career/tasks.yaml", problems);
        YamlData titles = read(root, "data/career/job-titles.yaml", problems);
        YamlData workplaces = read(root, "data/career/workplaces.yaml", problems);
        if (tasks != null && titles != null && workplaces != null) {
            Map<String, Object> part = new LinkedHashMap<>();
            Map<String, Object> t = tasks.map(tasks.root(), "");
            part.put("tasks_source", source(tasks, t.get("source"), "source", sources));
            List<Map<String, Object>> groups = new ArrayList<>();
            List<Object> rawGroups = tasks.list(t.get("groups"), "groups");
            for (int i = 0; i < rawGroups.size(); i++) {
                String at = "groups[" + i + "]";
                Map<String, Object> g = tasks.map(rawGroups.get(i), at);
                Map<String, Object> group = new LinkedHashMap<>();
                group.put("id", tasks.text(g, "id", at));
                group.put("title", tasks.text(g, "title", at));
                List<String> items = new ArrayList<>();
                List<Object> rawTasks = tasks.list(g.get("tasks"), at + ".tasks");
                for (int j = 0; j < rawTasks.size(); j++) {
                    if (rawTasks.get(j) instanceof String s && !s.isBlank()) {
                        items.add(s.strip());
                    } else {
                        tasks.problem(at + ".tasks[" + j + "]", "must be text", "one task, in one sentence");
                    }
                }
                group.put("tasks", items);
                groups.add(group);
            }
            part.put("task_groups", groups);
            Map<String, Object> ti = titles.map(titles.root(), "");
            part.put("titles_source", source(titles, ti.get("source"), "source", sources));
            List<String> titleList = new ArrayList<>();
            for (Object o : titles.list(ti.get("titles"), "titles")) {
                titleList.add(String.valueOf(o));
            }
            part.put("titles", titleList);
            Map<String, Object> w = workplaces.map(workplaces.root(), "");
            List<Map<String, Object>> employers = new ArrayList<>();
            List<Object> keys = workplaces.list(w.get("employers"), "employers");
            for (int i = 0; i < keys.size(); i++) {
                Figure f = figures.get(String.valueOf(keys.get(i)));
                if (f == null) {
                    workplaces.problem(
                            "employers[" + i + "]",
                            "\"" + keys.get(i) + "\" is not a figure record",
                            "a key defined in data/figures/*.yaml");
                } else {
                    employers.add(f.toModel());
                }
            }
            part.put("employers", employers);
            Map<String, Object> schedule = source(workplaces, w.get("schedule"), "schedule", sources);
            schedule.put("text", workplaces.text(workplaces.map(w.get("schedule"), "schedule"), "text", "schedule"));
            part.put("schedule", schedule);
            parts.put("day-to-day", part);
        }

        YamlData map = read(root, "data/career/map.yaml", problems);
        if (map != null) {
            Map<String, Object> m = map.map(map.root(), "");
            List<Map<String, Object>> nodes = new ArrayList<>();
            Map<String, Map<String, Object>> byId = new LinkedHashMap<>();
            List<Object> rawNodes = map.list(m.get("nodes"), "nodes");
            for (int i = 0; i < rawNodes.size(); i++) {
                String at = "nodes[" + i + "]";
                Map<String, Object> n = map.map(rawNodes.get(i), at);
                Map<String, Object> node = new LinkedHashMap<>();
                String id = map.text(n, "id", at);
                node.put("id", id);
                node.put("label", map.text(n, "label", at));
                node.put("stage", map.choice(n, "stage", at, STAGES));
                node.put("page", map.text(n, "page", at));
                node.put("note", map.optionalText(n, "note") == null ? "" : map.optionalText(n, "note"));
                node.put("leads_to", new ArrayList<Map<String, Object>>());
                node.put("comes_from", new ArrayList<Map<String, Object>>());
                if (byId.put(id, node) != null) {
                    map.problem(at + ".id", "\"" + id + "\" is used by two nodes", "a unique id per node");
                }
                mapPages.put(id, map.line(at + ".page"));
                mapPageByNode.put(id, (String) node.get("page"));
                nodes.add(node);
            }
            List<Object> rawEdges = m.get("edges") == null ? List.of() : map.list(m.get("edges"), "edges");
            for (int i = 0; i < rawEdges.size(); i++) {
                String at = "edges[" + i + "]";
                Map<String, Object> e = map.map(rawEdges.get(i), at);
                String from = map.text(e, "from", at);
                String to = map.text(e, "to", at);
                String label = map.text(e, "label", at);
                if (!byId.containsKey(from) || !byId.containsKey(to)) {
                    map.problem(
                            at,
                            "joins \"" + from + "\" to \"" + to + "\", which are not both node ids",
                            String.join(", ", byId.keySet()));
                    continue;
                }
                edge(byId.get(from), "leads_to", byId.get(to), label);
                edge(byId.get(to), "comes_from", byId.get(from), label);
            }
            List<Map<String, Object>> stages = new ArrayList<>();
            for (String stage : STAGES) {
                List<Map<String, Object>> inStage =
                        nodes.stream().filter(n -> stage.equals(n.get("stage"))).toList();
                if (!inStage.isEmpty()) {
                    Map<String, Object> s = new LinkedHashMap<>();
                    s.put("id", stage);
                    s.put("label", STAGE_LABELS.get(stage));
                    s.put("nodes", inStage);
                    stages.add(s);
                }
            }
            parts.put("career-map", Map.of("stages", stages));
        }

        YamlData check = read(root, "data/career/self-check.yaml", problems);
        if (check != null) {
            Map<String, Object> c = check.map(check.root(), "");
            List<Map<String, Object>> items = new ArrayList<>();
            List<Object> raw = check.list(c.get("items"), "items");
            for (int i = 0; i < raw.size(); i++) {
                String at = "items[" + i + "]";
                Map<String, Object> it = check.map(raw.get(i), at);
                Map<String, Object> item = new LinkedHashMap<>();
                for (String f : List.of("id", "demand", "question", "why")) {
                    item.put(f, check.text(it, f, at));
                }
                items.add(item);
            }
            parts.put("self-check", Map.of("intro", check.text(c, "intro", ""), "items", items));
        }

        Map<String, Term> glossary = new TreeMap<>();
        YamlData g = read(root, "data/glossary.yaml", problems);
        if (g != null) {
            Map<String, Object> all = g.map(g.root(), "");
            for (Map.Entry<String, Object> e : all.entrySet()) {
                Map<String, Object> entry = g.map(e.getValue(), e.getKey());
                glossary.put(
                        e.getKey(),
                        new Term(
                                e.getKey(),
                                g.text(entry, "expansion", e.getKey()),
                                g.text(entry, "definition", e.getKey()),
                                g.optionalText(entry, "page"),
                                g.line(e.getKey())));
            }
            List<Map<String, Object>> terms = new ArrayList<>();
            for (Term t : glossary.values()) {
                Map<String, Object> term = new LinkedHashMap<>();
                term.put("term", t.term());
                term.put("id", anchor(t.term()));
                term.put("expansion", t.expansion());
                term.put("definition", t.definition());
                term.put("page", t.page() == null ? "" : t.page());
                terms.add(term);
            }
            parts.put("glossary", Map.of("terms", terms));
        }
        Map<String, String> notAcronyms = new TreeMap<>();
        YamlData not = read(root, "data/not-acronyms.yaml", problems);
        if (not != null) {
            for (Map.Entry<String, Object> e : not.map(not.root(), "").entrySet()) {
                notAcronyms.put(e.getKey(), String.valueOf(e.getValue()));
            }
        }
        return new CareerData(parts, glossary, notAcronyms, sources, mapPages, mapPageByNode);
    }

    /** The glossary entry's id on the glossary page. */
    public static String anchor(String term) {
        return "term-"
                + term.toLowerCase(java.util.Locale.ROOT)
                        .replaceAll("[^a-z0-9]+", "-")
                        .replaceAll("(^-|-$)", "");
    }

    private static void edge(Map<String, Object> node, String direction, Map<String, Object> other, String label) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("id", other.get("id"));
        e.put("label", other.get("label"));
        e.put("page", other.get("page"));
        e.put("via", label);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> list = (List<Map<String, Object>>) node.get(direction);
        list.add(e);
    }

    private static Map<String, Object> source(
            YamlData data, Object value, String path, List<Map<String, Object>> sources) {
        Map<String, Object> raw = data.map(value, path);
        Map<String, Object> s = new LinkedHashMap<>();
        boolean flat = raw.containsKey("source_url");
        s.put("title", data.text(raw, flat ? "source_title" : "title", path));
        s.put("url", data.text(raw, flat ? "source_url" : "url", path));
        s.put("as_of", data.text(raw, "as_of", path));
        String check = data.choice(raw, "check", path, Figure.CHECKS);
        s.put("check", check);
        s.put("checked", check.equals("primary"));
        String primary = data.optionalText(raw, "primary_source");
        if (!check.equals("primary") && Figure.CHECKS.contains(check) && primary == null) {
            data.problem(
                    path + ".primary_source",
                    "is missing: a source not checked against its primary source must name that source",
                    "who to check it against");
        }
        s.put("primary_source", primary == null ? "" : primary);
        s.put("file", data.file());
        sources.add(s);
        return s;
    }

    private static YamlData read(Path root, String file, List<Problem> problems) throws IOException {
        Path p = root.resolve(file);
        if (!Files.isRegularFile(p)) {
            return null;
        }
        return YamlData.read(file, Files.readString(p, StandardCharsets.UTF_8), problems);
    }
}
