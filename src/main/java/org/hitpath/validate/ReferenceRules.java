package org.hitpath.validate;

import java.util.List;
import java.util.Optional;
import org.hitpath.schema.English;
import org.hitpath.schema.Field;
import org.hitpath.schema.Problem;
import org.hitpath.site.Page;
import org.hitpath.site.Site;

/** Header fields that name another page or a figure record name one that exists (and is published, if the page is). */
final class ReferenceRules {

    private final Site site;

    ReferenceRules(Site site) {
        this.site = site;
    }

    void check(Page p, List<Problem> problems) {
        for (Field f : p.type().allFields()) {
            if (!p.values().containsKey(f.name())) {
                continue;
            }
            switch (f.kind()) {
                case REFERENCE -> pages(p, f, List.of(p.text(f.name())), problems);
                case REFERENCE_LIST -> pages(p, f, p.list(f.name()), problems);
                case FIGURE -> figures(p, f, List.of(p.text(f.name())), problems);
                case FIGURE_LIST -> figures(p, f, p.list(f.name()), problems);
                default -> {}
            }
        }
    }

    private void pages(Page p, Field f, List<String> slugs, List<Problem> problems) {
        for (String slug : slugs) {
            Optional<Page> target = site.bySlug(f.target(), slug);
            if (target.isEmpty()) {
                problems.add(Problem.of(
                        p.path(),
                        p.line(f.name()),
                        f.name(),
                        "\"" + slug + "\" is not " + English.article(f.target()) + " " + f.target() + " page",
                        String.join(", ", slugsOf(f.target()))));
            } else if (p.published() && !target.get().published()) {
                problems.add(Problem.of(
                        p.path(),
                        p.line(f.name()),
                        f.name(),
                        "\"" + slug + "\" is a draft, so the link would break",
                        "published " + f.target() + " pages"));
            }
        }
    }

    private void figures(Page p, Field f, List<String> keys, List<Problem> problems) {
        for (String key : keys) {
            if (!site.figures().containsKey(key)) {
                problems.add(Problem.of(
                        p.path(),
                        p.line(f.name()),
                        f.name(),
                        "\"" + key + "\" is not a figure record",
                        "a key defined in data/figures/*.yaml"));
            }
        }
    }

    private List<String> slugsOf(String type) {
        return site.pages().stream()
                .filter(t -> t.type().name().equals(type))
                .map(Page::slug)
                .sorted()
                .toList();
    }
}
