package org.hitpath.plan;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hitpath.plan.GeneratedPage.Kind;

/**
 * Every page the build generates, planned once from the loaded site and handed to validation (links to
 * generated pages, output paths no two sources share), to rendering and to the output checks.
 *
 * @param pages the generated pages in the order they are written
 */
public record Plan(List<GeneratedPage> pages) {

    public Plan {
        pages = List.copyOf(pages);
    }

    /** The output path of every generated page. */
    public Set<String> paths() {
        Set<String> paths = new LinkedHashSet<>();
        pages.forEach(p -> paths.add(p.outputPath()));
        return paths;
    }

    public List<GeneratedPage> ofKind(Kind kind) {
        return pages.stream().filter(p -> p.kind() == kind).toList();
    }

    public Optional<GeneratedPage> first(Kind kind) {
        return pages.stream().filter(p -> p.kind() == kind).findFirst();
    }

    public boolean has(String outputPath) {
        return pages.stream().anyMatch(p -> p.outputPath().equals(outputPath));
    }
}
