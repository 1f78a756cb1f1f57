package org.hitpath.model;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hitpath.schema.SourceDate;
import org.hitpath.site.Figure;
import org.hitpath.site.Site;

/** A figure record as plain values for templates: its value, date, source and check. */
public final class FigureModels {

    private FigureModels() {}

    public static Map<String, Object> of(Figure f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("key", f.key());
        m.put("label", f.label());
        m.put("short_label", f.shortLabelOrLabel());
        m.put("value", String.valueOf(f.value()));
        m.put("unit", f.unit() == null ? "" : f.unit());
        m.put("display", f.display());
        m.put("as_of", SourceDate.parse(f.asOf()).map(SourceDate::display).orElse(f.asOf()));
        m.put("source_title", f.sourceTitle());
        m.put("source_url", f.sourceUrl());
        m.put("source_host", URI.create(f.sourceUrl()).getHost().replaceFirst("^www\\.", ""));
        m.put("check", f.check());
        m.put("checked", f.checkedAgainstPrimary());
        m.put("primary_source", f.primarySource() == null ? "" : f.primarySource());
        return m;
    }

    /** The records of the given keys, in order. */
    public static List<Map<String, Object>> of(Site site, List<String> keys) {
        return keys.stream().map(k -> of(site.figures().get(k))).toList();
    }
}
