package org.hitpath.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hitpath.plan.GeneratedPage.Range;
import org.hitpath.site.Glossary;

/** Glossary terms and the glossary's ranges of letters as plain values for templates. */
public final class GlossaryModels {

    private GlossaryModels() {}

    public static List<Map<String, Object>> terms(Collection<Glossary.Term> terms) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Glossary.Term t : terms) {
            Map<String, Object> term = new LinkedHashMap<>();
            term.put("term", t.term());
            term.put("id", t.anchor());
            term.put("expansion", t.expansion());
            term.put("definition", t.definition());
            term.put("page", t.page() == null ? "" : t.page());
            out.add(term);
        }
        return out;
    }

    /** Each range's label, page and terms. */
    public static List<Map<String, Object>> ranges(List<Range> ranges) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Range r : ranges) {
            out.add(Map.of("label", r.label(), "uri", r.uri(), "terms", terms(r.terms())));
        }
        return out;
    }
}
