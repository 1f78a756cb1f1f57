package org.hitpath.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hitpath.model.CleanBody;
import org.hitpath.model.Json;
import org.hitpath.model.Labels;
import org.hitpath.plan.SchoolFilters;
import org.hitpath.schema.States;
import org.hitpath.site.Page;

/** search-index.json: what search looks through, titles, descriptions, headings, body text and the names readers use. */
final class SearchDocuments {

    private SearchDocuments() {}

    static String write(List<Page> pages, Map<String, CleanBody> bodies) {
        List<Map<String, Object>> docs = new ArrayList<>();
        CleanBody none = new CleanBody("", "", "");
        for (Page p : pages) {
            CleanBody body = bodies.getOrDefault(p.outputPath(), none);
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("id", p.outputPath());
            doc.put("title", p.title());
            doc.put("kind", kind(p));
            doc.put("description", p.text("description"));
            doc.put("headings", body.headings());
            doc.put("keywords", String.join(" ", keywords(p)));
            doc.put("body", body.text());
            docs.add(doc);
        }
        return Json.write(docs);
    }

    /** What a result is, as its label in the results says it: "Course", "Program", "Career page". */
    static String kind(Page p) {
        String type = p.text("type");
        if ("page".equals(type) && p.outputPath().startsWith("career/")) {
            return "Career page";
        }
        return switch (type) {
            case "step" -> "Step";
            case "course" -> "Course";
            case "credential" -> "Credential";
            case "school" -> "Program";
            case "organisation" -> "Organisation";
            case "listing", "home" -> "Index";
            default -> "Page";
        };
    }

    /** Names a page is known by that its text may not use: codes, former names, what a specialty's workers are called. */
    private static Set<String> keywords(Page p) {
        Set<String> words = new LinkedHashSet<>();
        for (String field : List.of("code", "full_name", "acronym", "institution", "city", "program", "award")) {
            if (p.text(field) != null) {
                words.add(p.text(field));
            }
        }
        words.addAll(p.list("aliases"));
        String specialty = p.text("specialty");
        if (specialty != null) {
            words.add(Labels.SPECIALTIES.get(specialty));
            if (Labels.SPECIALTY_SEARCH_WORDS.containsKey(specialty)) {
                words.add(Labels.SPECIALTY_SEARCH_WORDS.get(specialty));
            }
        }
        if (p.text("state") != null) {
            words.add(p.text("state") + " " + States.name(p.text("state")));
        }
        if (p.text("delivery") != null) {
            words.add(SchoolFilters.deliveryLabel(p.text("delivery")));
        }
        return words;
    }
}
