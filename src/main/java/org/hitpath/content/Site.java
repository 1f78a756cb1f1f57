package org.hitpath.content;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Everything the loader read from a site folder: pages (drafts included), figures and the Markdown
 * dialect. Downstream steps use this and never re-read {@code content/} or {@code data/}.
 */
public record Site(
        Path root,
        List<Page> pages,
        Map<String, Figure> figures,
        Markdown markdown,
        Map<String, String> properties,
        CareerData career) {

    /** The one setting for where the site is published: a domain root or a sub-path such as a GitHub project site. */
    public static final String BASE_URL_KEY = "site.host";

    public static final String REVIEW_MONTHS_KEY = "site.review.months";
    static final int DEFAULT_REVIEW_MONTHS = 12;

    /** The published address, ending in a slash. */
    public String baseUrl() {
        return properties.get(BASE_URL_KEY);
    }

    /** The path part of the published address, such as "/" or "/repo/". */
    public String basePath() {
        return java.net.URI.create(baseUrl()).getPath();
    }

    public int reviewMonths() {
        String months = properties.get(REVIEW_MONTHS_KEY);
        return months == null ? DEFAULT_REVIEW_MONTHS : Integer.parseInt(months);
    }

    /** The pages that will be built: published ones, plus drafts when previewing with drafts. */
    public List<Page> built(boolean withDrafts) {
        return pages.stream().filter(p -> withDrafts || p.published()).toList();
    }

    public Optional<Page> bySlug(String type, String slug) {
        return pages.stream()
                .filter(p -> p.type().name().equals(type) && p.slug().equals(slug))
                .findFirst();
    }

    /** Pages of one type in reading order: by {@code order} when the type has it, then by title. */
    public List<Page> ofType(String type, boolean withDrafts) {
        return built(withDrafts).stream()
                .filter(p -> p.type().name().equals(type))
                .sorted(Comparator.comparingLong((Page p) -> p.number("order", Long.MAX_VALUE))
                        .thenComparing(p -> p.title().toLowerCase(java.util.Locale.ROOT))
                        .thenComparing(Page::path))
                .collect(Collectors.toList());
    }
}
