package org.hitpath;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The packages show the flow (ARCHITECTURE.md): each depends only on the ones before it, so no import cycle. */
class PackageLayoutTest {

    private static final Path MAIN = TestSite.PROJECT.resolve("src/main/java");
    private static final Pattern IMPORT =
            Pattern.compile("^import (?:static )?(org\\.hitpath(?:\\.[a-z]+)*)\\.[A-Z]", Pattern.MULTILINE);

    @Test
    void noPackageImportsOneThatImportsItBack() throws IOException {
        Map<String, Set<String>> uses = imports();
        List<String> cycles = new ArrayList<>();
        for (String start : uses.keySet()) {
            for (String path : cyclesFrom(start, start, uses, new ArrayList<>(List.of(start)))) {
                cycles.add(path);
            }
        }
        assertEquals(List.of(), cycles, "package import cycles");
    }

    @Test
    void everyPackageOfTheLayoutHasCode() throws IOException {
        assertEquals(
                Set.of(
                        "org.hitpath",
                        "org.hitpath.bake",
                        "org.hitpath.check",
                        "org.hitpath.data",
                        "org.hitpath.jbake",
                        "org.hitpath.load",
                        "org.hitpath.model",
                        "org.hitpath.model.generated",
                        "org.hitpath.model.page",
                        "org.hitpath.plan",
                        "org.hitpath.render",
                        "org.hitpath.schema",
                        "org.hitpath.serve",
                        "org.hitpath.site",
                        "org.hitpath.tools",
                        "org.hitpath.validate"),
                imports().keySet(),
                "a new package belongs in ARCHITECTURE.md and here");
    }

    /** Every cycle through START that begins at NODE, as "a -> b -> a" (each reported once, from its smallest package). */
    private static List<String> cyclesFrom(
            String start, String node, Map<String, Set<String>> uses, List<String> path) {
        List<String> found = new ArrayList<>();
        for (String next : uses.getOrDefault(node, Set.of())) {
            if (next.equals(start)) {
                if (path.stream().allMatch(p -> p.compareTo(start) >= 0)) {
                    found.add(String.join(" -> ", path) + " -> " + start);
                }
            } else if (!path.contains(next)) {
                path.add(next);
                found.addAll(cyclesFrom(start, next, uses, path));
                path.remove(path.size() - 1);
            }
        }
        return found;
    }

    /** Package to the other packages of the project it imports from. */
    private static Map<String, Set<String>> imports() throws IOException {
        Map<String, Set<String>> uses = new TreeMap<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String pkg = MAIN.relativize(file.getParent()).toString().replace('/', '.');
                Set<String> used = uses.computeIfAbsent(pkg, k -> new TreeSet<>());
                Matcher m = IMPORT.matcher(Files.readString(file));
                while (m.find()) {
                    if (!m.group(1).equals(pkg)) {
                        used.add(m.group(1));
                    }
                }
            }
        }
        return uses;
    }
}
