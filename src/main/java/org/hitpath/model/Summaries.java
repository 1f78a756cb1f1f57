package org.hitpath.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.hitpath.plan.SchoolFilters;
import org.hitpath.schema.States;
import org.hitpath.site.Page;
import org.hitpath.site.Site;

/**
 * Every built page as plain values for templates (its typed fields, slug, type, address and display
 * labels), made once per bake: looking them up per page made the bake quadratic in the number of pages.
 */
public final class Summaries {

    private final Site site;
    // By identity: a page is one object for the whole bake, and a record's own hash reads all its fields
    // (its values and its schema type) at every lookup.
    private final Map<Page, Map<String, Object>> byPage = new IdentityHashMap<>();

    public Summaries(Site site, List<Page> built, LocalDate today) {
        this.site = site;
        built.forEach(p -> byPage.put(p, summary(p, today)));
    }

    public Map<String, Object> of(Page page) {
        return byPage.get(page);
    }

    /** The summaries of PAGES, in order. */
    public List<Map<String, Object>> list(List<Page> pages) {
        return pages.stream().map(byPage::get).toList();
    }

    /** The summaries of the built pages of TYPE that SLUGS name, in the order of SLUGS. */
    public List<Map<String, Object>> refs(String type, List<String> slugs) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (String slug : slugs) {
            site.bySlug(type, slug).filter(byPage::containsKey).ifPresent(p -> out.add(byPage.get(p)));
        }
        return out;
    }

    private static Map<String, Object> summary(Page p, LocalDate today) {
        Map<String, Object> m = new TreeMap<>();
        p.values().forEach((k, v) -> m.put(k, v instanceof LocalDate d ? d.toString() : v));
        m.put("slug", p.slug());
        m.put("type", p.type().name());
        m.put("uri", p.outputPath());
        m.put("draft", !p.published());
        m.put("updated_display", Labels.date(p.updated()));
        if (p.values().containsKey("state")) {
            m.put("state_name", States.name(p.text("state")));
        }
        if (p.values().containsKey("delivery")) {
            m.put("delivery_label", SchoolFilters.deliveryLabel(p.text("delivery")));
        }
        if (p.values().containsKey("specialty")) {
            m.put("specialty_label", Labels.SPECIALTIES.get(p.text("specialty")));
        }
        if (p.type().name().equals("school")) {
            m.putAll(ProgramFacts.of(p, today));
        }
        if (p.values().containsKey("acronym")) {
            m.put("display_name", displayName(p.text("full_name"), p.text("acronym")));
        }
        return m;
    }

    /** "Full name (ACRONYM)", or the name alone when the two are the same. */
    static String displayName(String fullName, String acronym) {
        return fullName.equals(acronym) ? fullName : fullName + " (" + acronym + ")";
    }
}
