package org.hitpath.data;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hitpath.site.Career;

/** data/career/map.yaml: the roles of the career map, each linked to a page, and the moves between them. */
final class CareerMapFile {

    static final String PATH = "data/career/map.yaml";

    /** The map's stages, in the order a career moves through them. */
    static final List<String> STAGES = List.of("entry", "specialty", "advanced", "related");

    private CareerMapFile() {}

    static Career.CareerMap read(YamlData map) {
        Map<String, Object> root = map.map(map.root(), "");
        List<Career.Node> nodes = new ArrayList<>();
        Set<String> ids = new LinkedHashSet<>();
        List<Object> rawNodes = map.list(root.get("nodes"), "nodes");
        for (int i = 0; i < rawNodes.size(); i++) {
            String at = "nodes[" + i + "]";
            Map<String, Object> n = map.map(rawNodes.get(i), at);
            String id = map.text(n, "id", at);
            String label = map.text(n, "label", at);
            String stage = map.choice(n, "stage", at, STAGES);
            String page = map.text(n, "page", at);
            String note = map.optionalText(n, "note");
            if (!ids.add(id)) {
                map.problem(at + ".id", "\"" + id + "\" is used by two nodes", "a unique id per node");
            }
            nodes.add(new Career.Node(id, label, stage, page, note == null ? "" : note, map.line(at + ".page")));
        }
        return new Career.CareerMap(nodes, edges(map, root, ids));
    }

    private static List<Career.Edge> edges(YamlData map, Map<String, Object> root, Set<String> ids) {
        List<Career.Edge> edges = new ArrayList<>();
        List<Object> raw = root.get("edges") == null ? List.of() : map.list(root.get("edges"), "edges");
        for (int i = 0; i < raw.size(); i++) {
            String at = "edges[" + i + "]";
            Map<String, Object> e = map.map(raw.get(i), at);
            String from = map.text(e, "from", at);
            String to = map.text(e, "to", at);
            String label = map.text(e, "label", at);
            if (!ids.contains(from) || !ids.contains(to)) {
                map.problem(
                        at,
                        "joins \"" + from + "\" to \"" + to + "\", which are not both node ids",
                        String.join(", ", ids));
                continue;
            }
            edges.add(new Career.Edge(from, to, label));
        }
        return edges;
    }
}
