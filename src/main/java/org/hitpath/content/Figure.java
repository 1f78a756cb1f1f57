package org.hitpath.content;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A figure people act on (pay, growth, exam length, fee, outcome), with where it comes from.
 *
 * @param key           the record's key, used by pages as {@code {{figure:key}}} or in header fields
 * @param label         a short noun phrase naming the figure
 * @param value         the raw value: a number or text
 * @param unit          what the value counts, such as "USD per year", or null
 * @param display       how the value reads in a sentence
 * @param asOf          the date or period the source itself states, or "undated"
 * @param sourceTitle   the title of the source page
 * @param sourceUrl     the source page (https)
 * @param check         how far the figure has been checked: see {@link #CHECKS}
 * @param primarySource who the figure still has to be checked against, when check is not primary
 */
public record Figure(
        String key,
        String label,
        Object value,
        String unit,
        String display,
        String asOf,
        String sourceTitle,
        String sourceUrl,
        String check,
        String primarySource) {

    /** Where a page body places a figure: {@code {{figure:key}}}. */
    public static final java.util.regex.Pattern TOKEN =
            java.util.regex.Pattern.compile("\\{\\{figure:([a-z0-9]+(?:-[a-z0-9]+)*)}}");

    /** From most to least trustworthy. Only "primary" means checked against the organisation's own live page. */
    public static final List<String> CHECKS = List.of("primary", "primary-archive", "mirror", "secondary");

    public boolean checkedAgainstPrimary() {
        return check.equals("primary");
    }

    /** The record as plain values for templates. */
    public Map<String, Object> toModel() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("key", key);
        m.put("label", label);
        m.put("value", String.valueOf(value));
        m.put("unit", unit == null ? "" : unit);
        m.put("display", display);
        m.put("as_of", asOf);
        m.put("source_title", sourceTitle);
        m.put("source_url", sourceUrl);
        m.put("source_host", java.net.URI.create(sourceUrl).getHost().replaceFirst("^www\\.", ""));
        m.put("check", check);
        m.put("checked", checkedAgainstPrimary());
        m.put("primary_source", primarySource == null ? "" : primarySource);
        return m;
    }
}
