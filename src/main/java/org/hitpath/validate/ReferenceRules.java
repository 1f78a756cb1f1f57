package org.hitpath.validate;

import java.util.List;
import java.util.Optional;
import org.hitpath.schema.DidYouMean;
import org.hitpath.schema.English;
import org.hitpath.schema.Field;
import org.hitpath.schema.Problem;
import org.hitpath.schema.Schema;
import org.hitpath.site.Page;

/**
 * Header fields that name another page or a figure record name one that exists, of the kind the field
 * wants (an accreditor, not any organisation), and published when the page is.
 */
final class ReferenceRules {

    private final Rules rules;

    ReferenceRules(Rules rules) {
        this.rules = rules;
    }

    void check(Page p) {
        for (Field f : p.type().allFields()) {
            if (!p.values().containsKey(f.name())) {
                continue;
            }
            switch (f.kind()) {
                case REFERENCE -> pages(p, f, List.of(p.text(f.name())));
                case REFERENCE_LIST -> pages(p, f, p.list(f.name()));
                case FIGURE -> figures(p, f, List.of(p.text(f.name())));
                case FIGURE_LIST -> figures(p, f, p.list(f.name()));
                default -> {}
            }
        }
    }

    private void pages(Page p, Field f, List<String> slugs) {
        for (String slug : slugs) {
            Optional<Page> target = rules.site.bySlug(f.target(), slug);
            String targetPath =
                    "content/" + Schema.type(f.target()).orElseThrow().folder() + "/" + slug + ".md";
            if (target.isEmpty() && rules.foldedPage(targetPath, Rules.where(p, p.line(f.name())))) {
                continue;
            }
            if (target.isEmpty()) {
                List<String> slugsOfType = slugsOf(f);
                add(
                        p,
                        f,
                        "\"" + slug + "\" is not " + f.targetDescription() + DidYouMean.hint(slug, slugsOfType),
                        String.join(", ", slugsOfType));
            } else if (!f.targetRoles().isEmpty()
                    && !f.targetRoles().contains(target.get().text("role"))) {
                add(
                        p,
                        f,
                        "\"" + slug + "\" is " + English.article(target.get().text("role")) + " "
                                + target.get().text("role") + ", not " + f.targetDescription(),
                        String.join(", ", slugsOf(f)));
            } else if (p.published() && !target.get().published()) {
                add(p, f, "\"" + slug + "\" is a draft, so the link would break", "published " + f.target() + " pages");
            }
        }
    }

    private void figures(Page p, Field f, List<String> keys) {
        for (String key : keys) {
            if (f.name().equals("chart") && rules.site.figures().containsKey(key) && !numeric(key)) {
                add(
                        p,
                        f,
                        "\"" + key + "\" has the value \""
                                + rules.site.figures().get(key).value() + "\", which a chart cannot draw",
                        "figure records whose value is a number");
            }
            if (!rules.site.figures().containsKey(key) && !rules.foldedFigure(key, Rules.where(p, p.line(f.name())))) {
                add(
                        p,
                        f,
                        "\"" + key + "\" is not a figure record"
                                + DidYouMean.hint(key, rules.site.figures().keySet()),
                        "a key defined in data/figures/*.yaml");
            }
        }
    }

    private boolean numeric(String key) {
        Object value = rules.site.figures().get(key).value();
        return value instanceof Number;
    }

    private void add(Page p, Field f, String message, String allowed) {
        rules.add(Problem.of(p.path(), p.line(f.name()), f.name(), message, allowed));
    }

    /** The pages a reference field may name: of its type, and of the roles it wants. */
    private List<String> slugsOf(Field f) {
        return rules.site.pages().stream()
                .filter(t -> t.type().name().equals(f.target()))
                .filter(t -> f.targetRoles().isEmpty() || f.targetRoles().contains(t.text("role")))
                .map(Page::slug)
                .sorted()
                .toList();
    }
}
