package org.hitpath.data;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.hitpath.schema.Problem;
import org.hitpath.schema.UrlRules;
import org.hitpath.site.Figure;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/** Reads every {@code data/figures/*.yaml} file into {@link Figure} records, reporting each problem with its line. */
public final class FigureFiles {

    static final List<String> FIELDS = List.of(
            "label", "value", "unit", "display", "as_of", "source_title", "source_url", "check", "primary_source");
    private static final List<String> REQUIRED =
            List.of("label", "value", "display", "as_of", "source_title", "source_url", "check");
    private static final Pattern KEY = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private FigureFiles() {}

    public static Map<String, Figure> load(Path sourceRoot, List<Problem> problems) throws IOException {
        Map<String, Figure> figures = new TreeMap<>();
        Path folder = sourceRoot.resolve("data/figures");
        if (!Files.isDirectory(folder)) {
            return figures;
        }
        List<Path> files;
        try (Stream<Path> s = Files.list(folder)) {
            files = s.sorted().toList();
        }
        for (Path file : files) {
            String path = sourceRoot.relativize(file).toString().replace('\\', '/');
            if (!file.getFileName().toString().endsWith(".yaml")) {
                problems.add(Problem.of(path, 0, "file", "is not a figures file", "kebab-case .yaml files"));
                continue;
            }
            loadFile(path, Files.readString(file, StandardCharsets.UTF_8), figures, problems);
        }
        return figures;
    }

    static void loadFile(String path, String text, Map<String, Figure> figures, List<Problem> problems) {
        Node root;
        try {
            root = new Yaml(new LoaderOptions()).compose(new StringReader(text));
        } catch (RuntimeException e) {
            problems.add(Problem.of(
                    path,
                    0,
                    "file",
                    "is not valid YAML: " + e.getMessage().lines().findFirst().orElse(""),
                    "key: followed by indented field: value lines"));
            return;
        }
        if (root == null) {
            return;
        }
        if (!(root instanceof MappingNode records)) {
            problems.add(Problem.of(
                    path,
                    line(root),
                    "file",
                    "must map figure keys to records",
                    "key: followed by indented field: value lines"));
            return;
        }
        for (NodeTuple tuple : records.getValue()) {
            new RecordReader(path, problems).read(tuple, figures);
        }
    }

    /** Reads one record of a figures file; a record with any problem is left out. */
    private static final class RecordReader {
        private final String path;
        private final List<Problem> problems;
        private final Map<String, String> values = new LinkedHashMap<>();
        private final Map<String, Integer> lines = new LinkedHashMap<>();
        private String key;
        private int keyLine;

        RecordReader(String path, List<Problem> problems) {
            this.path = path;
            this.problems = problems;
        }

        void read(NodeTuple tuple, Map<String, Figure> figures) {
            key = scalar(tuple.getKeyNode());
            keyLine = line(tuple.getKeyNode());
            if (key == null || !KEY.matcher(key).matches()) {
                problems.add(Problem.of(
                        path, keyLine, "key", "\"" + key + "\" is not a valid figure key", "lower-case kebab-case"));
                return;
            }
            if (figures.containsKey(key)) {
                problems.add(Problem.of(
                        path, keyLine, key, "is defined twice", "each figure key once across data/figures/"));
                return;
            }
            if (!(tuple.getValueNode() instanceof MappingNode fields)) {
                problems.add(Problem.of(path, keyLine, key, "must be a record of fields", String.join(", ", FIELDS)));
                return;
            }
            int before = problems.size();
            fields(fields);
            required(before);
            checkValues();
            if (problems.size() == before) {
                figures.put(key, figure());
            }
        }

        private void fields(MappingNode fields) {
            for (NodeTuple f : fields.getValue()) {
                String name = scalar(f.getKeyNode());
                int l = line(f.getKeyNode());
                if (!FIELDS.contains(name)) {
                    problems.add(
                            Problem.of(path, l, key + "." + name, "is not a figure field", String.join(", ", FIELDS)));
                    continue;
                }
                String value = scalar(f.getValueNode());
                if (value == null || value.isBlank()) {
                    problems.add(Problem.of(path, l, key + "." + name, "is empty", "a value"));
                    continue;
                }
                values.put(name, value.strip());
                lines.put(name, l);
            }
        }

        /** A missing field is reported only when the record has no other problem, which may be its cause. */
        private void required(int before) {
            for (String req : REQUIRED) {
                if (!values.containsKey(req) && problems.size() == before) {
                    problems.add(Problem.of(
                            path,
                            keyLine,
                            key + "." + req,
                            "is missing",
                            "every figure has " + String.join(", ", REQUIRED)));
                }
            }
        }

        private void checkValues() {
            String check = values.get("check");
            if (check != null && !Figure.CHECKS.contains(check)) {
                problems.add(Problem.of(
                        path,
                        lines.get("check"),
                        key + ".check",
                        "\"" + check + "\" is not a check status",
                        String.join(", ", Figure.CHECKS)));
            }
            String url = values.get("source_url");
            if (url != null && !UrlRules.isAbsoluteHttps(url)) {
                problems.add(Problem.of(
                        path,
                        lines.get("source_url"),
                        key + ".source_url",
                        "\"" + url + "\" is not an https URL",
                        "an absolute URL starting with https://"));
            }
            if (check != null
                    && Figure.CHECKS.contains(check)
                    && !check.equals("primary")
                    && !values.containsKey("primary_source")) {
                problems.add(Problem.of(
                        path,
                        keyLine,
                        key + ".primary_source",
                        "is missing: a figure not checked against its primary source must name that source",
                        "who to check it against, such as the BLS Occupational Outlook Handbook"));
            }
        }

        private Figure figure() {
            return new Figure(
                    key,
                    values.get("label"),
                    parseValue(values.get("value")),
                    values.get("unit"),
                    values.get("display"),
                    values.get("as_of"),
                    values.get("source_title"),
                    values.get("source_url"),
                    values.get("check"),
                    values.get("primary_source"));
        }
    }

    private static Object parseValue(String raw) {
        try {
            return raw.contains(".") ? Double.valueOf(raw) : Long.valueOf(raw);
        } catch (NumberFormatException e) {
            return raw;
        }
    }

    private static String scalar(Node node) {
        return node instanceof ScalarNode s ? s.getValue() : null;
    }

    private static int line(Node node) {
        return node.getStartMark() == null ? 0 : node.getStartMark().getLine() + 1;
    }
}
