package org.hitpath.site;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Everything the loader read from a site folder: pages (drafts included), figures, the career data, the
 * glossary and the Markdown dialect. Downstream steps use this and never re-read {@code content/} or
 * {@code data/}.
 */
public record Site(
        Path root,
        List<Page> pages,
        Map<String, Figure> figures,
        Markdown markdown,
        SiteSettings settings,
        Career career,
        Glossary glossary,
        Leads leads) {

    public String baseUrl() {
        return settings.baseUrl();
    }

    public String basePath() {
        return settings.basePath();
    }

    public int reviewMonths() {
        return settings.reviewMonths();
    }

    /**
     * The pages that will be built: published ones, plus drafts when previewing with drafts, except drafts
     * whose header still holds a placeholder where a value is needed (a state, an accreditor, a date).
     */
    public List<Page> pagesToBuild(boolean withDrafts) {
        return pages.stream()
                .filter(p -> p.published() || (withDrafts && p.unfilled().isEmpty()))
                .toList();
    }

    public Optional<Page> bySlug(String type, String slug) {
        return pages.stream()
                .filter(p -> p.type().name().equals(type) && p.slug().equals(slug))
                .findFirst();
    }

    /** Pages of one type in reading order: by {@code order} when the type has it, then by title. */
    public List<Page> ofType(String type, boolean withDrafts) {
        return pagesToBuild(withDrafts).stream()
                .filter(p -> p.type().name().equals(type))
                .sorted(Comparator.comparingLong((Page p) -> p.number("order", Long.MAX_VALUE))
                        .thenComparing(p -> p.title().toLowerCase(Locale.ROOT))
                        .thenComparing(Page::path))
                .collect(Collectors.toList());
    }
}
