package org.hitpath.model.page;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hitpath.site.Figure;
import org.hitpath.site.Site;

/**
 * A bar chart of figure records, laid out here so the template only draws it: one bar per record, its
 * length in proportion to the largest value, with the record's label, date and note. Nothing is charted
 * that is not a record.
 */
final class Chart {

    /** The drawing's width in SVG units; on a 320px phone it is drawn at about 0.9 scale. */
    static final int WIDTH = 320;

    static final int BAR_MAX = 250;
    static final int ROW = 46;

    private Chart() {}

    /** The chart of FIGURES (each a figure model with its note) from KEYS, or empty when there are none. */
    static Map<String, Object> of(Site site, List<String> keys, List<Map<String, Object>> figures) {
        if (keys.isEmpty()) {
            return Map.of();
        }
        double max = keys.stream()
                .mapToDouble(k -> number(site.figures().get(k)))
                .max()
                .orElse(1);
        List<Map<String, Object>> bars = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            Figure f = site.figures().get(keys.get(i));
            Map<String, Object> bar = new LinkedHashMap<>(figures.get(i));
            int length = (int) Math.round(BAR_MAX * number(f) / max);
            bar.put("y", i * ROW);
            bar.put("length", Math.max(length, 2));
            bar.put("value_x", Math.max(length, 2) + 6);
            bars.add(bar);
        }
        Map<String, Object> chart = new LinkedHashMap<>();
        chart.put("bars", bars);
        chart.put("width", WIDTH);
        chart.put("height", keys.size() * ROW);
        return chart;
    }

    /** A record's value as a number; the validator lets only numbers into a chart. */
    static double number(Figure f) {
        return f.value() instanceof Number n
                ? n.doubleValue()
                : Double.parseDouble(String.valueOf(f.value()).trim());
    }

    static String format(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.format(Locale.ROOT, "%s", value);
    }
}
