package org.hitpath.validate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.hitpath.plan.GeneratedPage;
import org.hitpath.plan.Plan;
import org.hitpath.schema.Problem;
import org.hitpath.site.Page;
import org.hitpath.site.Site;

/** No two pages share a title, and no two sources (pages, generated pages, assets) write one output path. */
final class UniquenessRules {

    private UniquenessRules() {}

    static void check(Rules rules) throws IOException {
        Site site = rules.site;
        Plan plan = rules.plan;
        List<Problem> problems = rules.problems;
        titles(site.pages(), problems);
        Map<String, List<String>> outputs = new TreeMap<>();
        for (Page p : site.pages()) {
            outputs.computeIfAbsent(p.outputPath(), k -> new ArrayList<>()).add(p.path());
        }
        for (GeneratedPage g : plan.pages()) {
            outputs.computeIfAbsent(g.outputPath(), k -> new ArrayList<>())
                    .add("a generated " + g.kind().typeName() + " page");
        }
        for (String asset : assetOutputs(site.root())) {
            outputs.computeIfAbsent(asset, k -> new ArrayList<>()).add("assets/" + asset);
        }
        outputs.forEach((out, sources) -> {
            if (sources.size() > 1) {
                problems.add(Problem.of(
                        sources.get(0),
                        0,
                        "file",
                        "writes " + out + ", which " + String.join(" and ", sources.subList(1, sources.size()))
                                + " also writes",
                        "one source per output page"));
            }
        });
    }

    private static void titles(List<Page> pages, List<Problem> problems) {
        Map<String, Page> seen = new HashMap<>();
        for (Page p : pages) {
            String key = p.title().strip().toLowerCase(Locale.ROOT);
            Page first = seen.putIfAbsent(key, p);
            if (first != null) {
                problems.add(Problem.of(
                        p.path(),
                        p.line("title"),
                        "title",
                        "\"" + p.title() + "\" is already the title of " + first.path(),
                        "a title no other page uses"));
            }
        }
    }

    /** JBake copies assets/ to the site root as they are. */
    private static List<String> assetOutputs(Path root) throws IOException {
        Path assets = root.resolve("assets");
        if (!Files.isDirectory(assets)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(assets)) {
            return walk.filter(Files::isRegularFile)
                    .map(p -> assets.relativize(p).toString().replace('\\', '/'))
                    .sorted()
                    .toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
