package org.hitpath.data;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.hitpath.schema.Problem;
import org.hitpath.site.Figure;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;

/** Reads every {@code data/figures/*.yaml} file into {@link Figure} records, reporting each problem with its line. */
public final class FigureFiles {

    private FigureFiles() {}

    /** The records that passed, and the keys of those that did not with each one's first problem. */
    public record Loaded(Map<String, Figure> figures, Map<String, Problem> broken) {}

    public static Loaded load(Path sourceRoot, List<Problem> problems) throws IOException {
        Map<String, Figure> figures = new TreeMap<>();
        Map<String, Problem> broken = new TreeMap<>();
        Path folder = sourceRoot.resolve("data/figures");
        if (!Files.isDirectory(folder)) {
            return new Loaded(figures, broken);
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
            loadFile(path, Files.readString(file, StandardCharsets.UTF_8), figures, broken, problems);
        }
        return new Loaded(figures, broken);
    }

    static void loadFile(
            String path,
            String text,
            Map<String, Figure> figures,
            Map<String, Problem> broken,
            List<Problem> problems) {
        Node root;
        try {
            root = YamlData.compose(text);
        } catch (RuntimeException e) {
            problems.add(Problem.of(
                    path,
                    YamlData.errorLine(e),
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
                    FigureRecord.line(root),
                    "file",
                    "must map figure keys to records",
                    "key: followed by indented field: value lines"));
            return;
        }
        for (NodeTuple tuple : records.getValue()) {
            new FigureRecord(path, problems).read(tuple, figures, broken);
        }
    }

    static Object parseValue(String raw) {
        try {
            return raw.contains(".") ? Double.valueOf(raw) : Long.valueOf(raw);
        } catch (NumberFormatException e) {
            return raw;
        }
    }
}
