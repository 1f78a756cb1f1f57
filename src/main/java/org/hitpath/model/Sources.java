package org.hitpath.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.hitpath.site.Figure;
import org.hitpath.site.Site;
import org.hitpath.site.Source;

/** The Sources list of a page: one entry per source address of the figures and lists it shows, in first-use order. */
public final class Sources {

    private Sources() {}

    /** The sources of the figures of FIGURE_KEYS, then those of LISTS not already among them. */
    public static List<Map<String, Object>> of(Site site, List<String> figureKeys, List<Source> lists) {
        Map<String, Map<String, Object>> byUrl = new LinkedHashMap<>();
        for (String key : new LinkedHashSet<>(figureKeys)) {
            Figure f = site.figures().get(key);
            byUrl.computeIfAbsent(
                    f.sourceUrl(),
                    url -> entry(f.sourceTitle(), url, f.check(), f.checkedAgainstPrimary(), f.primarySource()));
        }
        for (Source s : lists) {
            byUrl.computeIfAbsent(s.url(), url -> source(s));
        }
        return new ArrayList<>(byUrl.values());
    }

    /** A list's source as plain values: the same fields as an entry of the Sources list, plus its date. */
    public static Map<String, Object> source(Source s) {
        Map<String, Object> m = entry(s.title(), s.url(), s.check(), s.checkedAgainstPrimary(), s.primarySource());
        m.put("as_of", s.asOf());
        return m;
    }

    private static Map<String, Object> entry(String title, String url, String check, boolean checked, String primary) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("title", title);
        s.put("url", url);
        s.put("check", check);
        s.put("checked", checked);
        s.put("primary_source", primary == null ? "" : primary);
        return s;
    }
}
