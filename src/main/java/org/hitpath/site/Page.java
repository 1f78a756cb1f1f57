package org.hitpath.site;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hitpath.schema.ContentType;

/**
 * A content file after validation: typed header values and the Markdown body.
 *
 * @param path       source path relative to the site folder, such as {@code content/courses/anatomy.md}
 * @param slug       the file name without {@code .md}; references between pages use it
 * @param type       its content type
 * @param values     typed header values: String, Long, Boolean, LocalDate or List of String
 * @param lines      the header line of each field, for messages
 * @param body       the Markdown body
 * @param bodyLine   the line number of the body's first line
 * @param outputPath the page's path in the built site, such as {@code courses/anatomy.html}
 * @param unfilled   fields of a draft that still hold a placeholder and so have no value yet
 */
public record Page(
        String path,
        String slug,
        ContentType type,
        Map<String, Object> values,
        Map<String, Integer> lines,
        String body,
        int bodyLine,
        String outputPath,
        Set<String> unfilled) {

    public String title() {
        return (String) values.get("title");
    }

    public boolean published() {
        return "published".equals(values.get("status"));
    }

    public LocalDate updated() {
        return (LocalDate) values.get("updated");
    }

    public String text(String field) {
        Object v = values.get(field);
        return v == null ? null : v.toString();
    }

    public long number(String field, long fallback) {
        Object v = values.get(field);
        return v instanceof Long l ? l : fallback;
    }

    @SuppressWarnings("unchecked")
    public List<String> list(String field) {
        Object v = values.get(field);
        return v instanceof List<?> l ? (List<String>) l : List.of();
    }

    /** The most recent review date of PAGES, which must not be empty. */
    public static LocalDate newest(List<Page> pages) {
        return pages.stream().map(Page::updated).max(LocalDate::compareTo).orElseThrow();
    }

    public int line(String field) {
        return lines.getOrDefault(field, 1);
    }
}
