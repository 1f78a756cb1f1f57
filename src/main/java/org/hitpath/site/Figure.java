package org.hitpath.site;

import java.util.List;
import java.util.regex.Pattern;

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
 * @param copyUrl       where the figure was read when that was a copy of the publisher's page, or null
 * @param copyRead      the day an editor read that copy (yyyy-MM-dd), or null
 * @param shortLabel    a shorter label for tight spaces such as the home page's At a glance box, or null
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
        String primarySource,
        String copyUrl,
        String copyRead,
        String shortLabel) {

    /** Where a page body places a figure: {@code {{figure:key}}}. */
    public static final Pattern TOKEN = Pattern.compile("\\{\\{figure:([a-z0-9]+(?:-[a-z0-9]+)*)}}");

    /** From most to least trustworthy. Only "primary" means checked against the organisation's own live page. */
    public static final List<String> CHECKS = List.of("primary", "primary-archive", "mirror", "secondary");

    /** The label where room is short (a summary box): the record's short_label, or its label. */
    public String shortLabelOrLabel() {
        return shortLabel == null ? label : shortLabel;
    }

    public boolean checkedAgainstPrimary() {
        return check.equals("primary");
    }

    /** Whether the figure was read from a copy of the publisher's page rather than from the page itself. */
    public boolean readFromCopy() {
        return copyUrl != null;
    }
}
