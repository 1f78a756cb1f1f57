package org.hitpath.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hitpath.plan.GeneratedPage;

/** Links as plain values for templates. */
public final class Links {

    private Links() {}

    public static Map<String, Object> link(String title, String uri) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("title", title);
        m.put("uri", uri);
        return m;
    }

    /** Links to generated pages as cards: title, address, short label and description. */
    public static List<Map<String, Object>> cards(List<GeneratedPage.Link> links) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (GeneratedPage.Link l : links) {
            Map<String, Object> m = link(l.title(), l.uri());
            m.put("label", l.label());
            m.put("description", l.description());
            out.add(m);
        }
        return out;
    }
}
