package org.hitpath.load;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.hitpath.schema.Problem;

/**
 * What the loader read but had to leave out because of a problem: a figure record, a content file. A
 * reference to one of them is not a new problem but a follow-on of that first one, and is folded under it.
 */
public final class Broken {

    private final Map<String, Problem> figures = new HashMap<>();
    private final Map<String, Problem> pages = new HashMap<>();

    void figure(String key, Problem root) {
        figures.putIfAbsent(key, root);
    }

    void page(String sourcePath, Problem root) {
        pages.putIfAbsent(sourcePath, root);
    }

    /** The first problem of a figure record that was left out, if KEY names one. */
    public Optional<Problem> figure(String key) {
        return Optional.ofNullable(figures.get(key));
    }

    /** The first problem of a content file that was left out, by its path such as content/courses/anatomy.md. */
    public Optional<Problem> page(String sourcePath) {
        return Optional.ofNullable(pages.get(sourcePath));
    }
}
