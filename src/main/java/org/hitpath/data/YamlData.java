package org.hitpath.data;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hitpath.schema.Problem;
import org.hitpath.schema.UrlRules;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * A data file read into plain maps, lists and strings, remembering the line of every value by its
 * path ("nodes[2].page"), so problems in data files point at a line like problems in pages do.
 */
public final class YamlData {

    private final String file;
    private final Object root;
    private final Map<String, Integer> lines = new HashMap<>();
    private final List<Problem> problems;

    private YamlData(String file, String text, List<Problem> problems) {
        this.file = file;
        this.problems = problems;
        Object value = null;
        try {
            Node node = compose(text);
            value = node == null ? null : convert(node, "");
        } catch (RuntimeException e) {
            problems.add(Problem.of(
                    file,
                    YamlData.errorLine(e),
                    "file",
                    "is not valid YAML: " + e.getMessage().lines().findFirst().orElse(""),
                    "YAML"));
        }
        this.root = value;
    }

    /**
     * Parses TEXT into YAML nodes. SnakeYAML refuses a document over 3 MB by default, a guard against
     * untrusted input; our data files are the repository's own, and a figures file of a few thousand
     * programs passes that size (5,000 programs of six records each: about 12 MB).
     */
    static Node compose(String text) {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(Integer.MAX_VALUE);
        return new Yaml(options).compose(new StringReader(text));
    }

    /** The line SnakeYAML gives for a syntax error, or 0 when it gives none. */
    static int errorLine(RuntimeException e) {
        return e instanceof MarkedYAMLException marked && marked.getProblemMark() != null
                ? marked.getProblemMark().getLine() + 1
                : 0;
    }

    public static YamlData read(String file, String text, List<Problem> problems) {
        return new YamlData(file, text, problems);
    }

    private Object convert(Node node, String path) {
        lines.put(path, node.getStartMark().getLine() + 1);
        if (node instanceof ScalarNode s) {
            return s.getValue();
        }
        if (node instanceof SequenceNode seq) {
            List<Object> list = new ArrayList<>();
            for (int i = 0; i < seq.getValue().size(); i++) {
                list.add(convert(seq.getValue().get(i), path + "[" + i + "]"));
            }
            return list;
        }
        Map<String, Object> map = new LinkedHashMap<>();
        for (NodeTuple t : ((MappingNode) node).getValue()) {
            String key = t.getKeyNode() instanceof ScalarNode k ? k.getValue() : "?";
            String at = path.isEmpty() ? key : path + "." + key;
            map.put(key, convert(t.getValueNode(), at));
            // A field's problems point at its key, where the editor wrote it, even when its value starts below.
            lines.put(at, t.getKeyNode().getStartMark().getLine() + 1);
        }
        return map;
    }

    public Object root() {
        return root;
    }

    public int line(String path) {
        return lines.getOrDefault(path, 0);
    }

    public void problem(String path, String message, String allowed) {
        problems.add(Problem.of(file, line(path), path.isEmpty() ? "file" : path, message, allowed));
    }

    /** The map at a path, or an empty map with a problem. */
    @SuppressWarnings("unchecked")
    public Map<String, Object> map(Object value, String path) {
        if (value instanceof Map<?, ?> m) {
            return (Map<String, Object>) m;
        }
        problem(path, value == null ? "is missing" : "must be a set of fields", "field: value lines");
        return Map.of();
    }

    public List<Object> list(Object value, String path) {
        if (value instanceof List<?> l && !l.isEmpty()) {
            return new ArrayList<>(l);
        }
        problem(path, value == null ? "is missing" : "must be a non-empty list", "- item lines");
        return List.of();
    }

    /** A required text field of a map; an https URL when the field name ends in url. */
    public String text(Map<String, Object> map, String field, String path) {
        String at = path.isEmpty() ? field : path + "." + field;
        Object v = map.get(field);
        if (!(v instanceof String s) || s.isBlank()) {
            problem(at, v == null ? "is missing" : "must be text", "text");
            return "";
        }
        if (field.endsWith("url") && !UrlRules.isAbsoluteHttps(s)) {
            problem(at, "\"" + s + "\" is not an https URL", "an absolute URL starting with https://");
        } else if (field.endsWith("url")) {
            UrlRules.testHost(s)
                    .ifPresent(host -> problem(
                            at,
                            "\"" + s + "\" is on a test or development host (" + host + ")",
                            UrlRules.PUBLISHER_ADDRESS));
        }
        return s.strip();
    }

    public String optionalText(Map<String, Object> map, String field) {
        return map.get(field) instanceof String s && !s.isBlank() ? s.strip() : null;
    }

    public String choice(Map<String, Object> map, String field, String path, List<String> allowed) {
        String v = text(map, field, path);
        if (!v.isEmpty() && !allowed.contains(v)) {
            problem(
                    path.isEmpty() ? field : path + "." + field,
                    "\"" + v + "\" is not allowed",
                    String.join(", ", allowed));
        }
        return v;
    }

    public String file() {
        return file;
    }
}
