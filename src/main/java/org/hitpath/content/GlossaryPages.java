package org.hitpath.content;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The glossary's terms, on one generated page per range of first letters. The glossary page itself
 * (the content page that shows the glossary) keeps its introduction and lists every term, each linked
 * to its definition, so a reader finds any acronym from it in one step.
 */
public final class GlossaryPages {

    /** What kind of generated page a range of the glossary is. */
    public static final String KIND = "glossary-range";

    /**
     * The ranges of first letters, one page each. They are fixed so that a term's address does not move
     * when another term is added; a term that does not start with a letter goes in the first range. When
     * the page weight test reports a range as too heavy, split that range (and redirect its old address).
     */
    static final List<String> RANGES = List.of("A-C", "D-Z");

    private GlossaryPages() {}

    /** A page per range that holds at least one term, next to the page that shows the glossary. */
    @SuppressWarnings("unchecked")
    static List<GeneratedPage> plan(Site site, boolean withDrafts) {
        Page glossary = site.built(withDrafts).stream()
                .filter(p -> "glossary".equals(p.text("shows")))
                .findFirst()
                .orElse(null);
        Map<String, Object> part = site.career().parts().get("glossary");
        if (glossary == null || part == null) {
            return List.of();
        }
        List<Map<String, Object>> terms = (List<Map<String, Object>>) part.get("terms");
        String base = glossary.outputPath().substring(0, glossary.outputPath().length() - ".html".length());
        List<Map<String, Object>> ranges = new ArrayList<>();
        for (String range : RANGES) {
            List<Map<String, Object>> inRange = terms.stream()
                    .filter(t -> rangeOf((String) t.get("term")).equals(range))
                    .toList();
            if (!inRange.isEmpty()) {
                Map<String, Object> r = new LinkedHashMap<>();
                r.put("label", range.charAt(0) + " to " + range.charAt(2));
                r.put("uri", base + "-" + range.toLowerCase(Locale.ROOT) + ".html");
                r.put("terms", inRange);
                ranges.add(r);
            }
        }
        List<GeneratedPage> pages = new ArrayList<>();
        for (Map<String, Object> r : ranges) {
            Map<String, Object> extra = new LinkedHashMap<>(r);
            extra.put("parent_title", glossary.title());
            extra.put("parent_uri", glossary.outputPath());
            extra.put("ranges", ranges);
            pages.add(new GeneratedPage(
                    (String) r.get("uri"),
                    KIND,
                    "glossary-range.ftl",
                    glossary.title() + ": " + r.get("label"),
                    "Acronyms from " + r.get("label")
                            + " used in this guide, each spelled out and explained in one sentence.",
                    List.of(glossary),
                    extra));
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
