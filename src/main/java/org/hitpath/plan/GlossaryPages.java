package org.hitpath.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.hitpath.plan.GeneratedPage.Kind;
import org.hitpath.plan.GeneratedPage.Parent;
import org.hitpath.plan.GeneratedPage.Range;
import org.hitpath.site.Glossary;
import org.hitpath.site.Page;
import org.hitpath.site.Site;

/**
 * The glossary's terms, on one generated page per range of first letters. The glossary page itself
 * (the content page that shows the glossary) keeps its introduction and lists every term, each linked
 * to its definition, so a reader finds any acronym from it in one step.
 */
public final class GlossaryPages {

    /**
     * The ranges of first letters, one page each. They are fixed so that a term's address does not move
     * when another term is added; a term that does not start with a letter goes in the first range. When
     * the page weight test reports a range as too heavy, split that range (and redirect its old address).
     */
    static final List<String> RANGES = List.of("A-C", "D-Z");

    private GlossaryPages() {}

    /** A page per range that holds at least one term, next to the page that shows the glossary. */
    static List<GeneratedPage> plan(Site site, boolean withDrafts) {
        Page glossary = site.pagesToBuild(withDrafts).stream()
                .filter(p -> "glossary".equals(p.text("shows")))
                .findFirst()
                .orElse(null);
        if (glossary == null || site.glossary().isEmpty()) {
            return List.of();
        }
        String base = glossary.outputPath().substring(0, glossary.outputPath().length() - ".html".length());
        List<Range> ranges = new ArrayList<>();
        for (String range : RANGES) {
            List<Glossary.Term> inRange = site.glossary().terms().values().stream()
                    .filter(t -> rangeOf(t.term()).equals(range))
                    .toList();
            if (!inRange.isEmpty()) {
                String label = range.charAt(0) + " to " + range.charAt(2);
                ranges.add(new Range(label, base + "-" + range.toLowerCase(Locale.ROOT) + ".html", inRange));
            }
        }
        Parent parent = new Parent(glossary.title(), glossary.outputPath());
        List<GeneratedPage> pages = new ArrayList<>();
        for (Range r : ranges) {
            pages.add(new GeneratedPage(
                    r.uri(),
                    Kind.GLOSSARY_RANGE,
                    glossary.title() + ": " + r.label(),
                    "Acronyms from " + r.label()
                            + " used in this guide, each spelled out and explained in one sentence.",
                    List.of(glossary),
                    parent,
                    new GeneratedPage.GlossaryRange(r.label(), r.terms(), ranges)));
        }
        return pages;
    }

    /** The range a term is listed under: the one its first letter falls in, or the first. */
    static String rangeOf(String term) {
        char first = Character.toUpperCase(term.charAt(0));
        for (String range : RANGES) {
            if (first >= range.charAt(0) && first <= range.charAt(2)) {
                return range;
            }
        }
        return RANGES.get(0);
    }
}
