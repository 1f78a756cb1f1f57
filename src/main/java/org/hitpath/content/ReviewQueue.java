package org.hitpath.content;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What editors still have to check: figures not yet checked against their primary source, pages past
 * their review date, schools whose evidence was last read more than a year ago, and sources not
 * served over https. Computed for a given day, so the queue is the same for every bake of that day.
 */
public record ReviewQueue(
        LocalDate today,
        List<Figure> uncheckedFigures,
        List<Page> pagesPastReview,
        List<Page> staleSchools,
        List<String> insecureSources) {

    /** How long a school's accreditation evidence stays fresh: programs start, lapse and close. */
    public static final int SCHOOL_VERIFICATION_MONTHS = 12;

    /** Figures not yet checked against their primary source, by key. They do not depend on the day. */
    public static List<Figure> uncheckedFigures(Site site) {
        return site.figures().values().stream()
                .filter(f -> !f.checkedAgainstPrimary())
                .sorted(Comparator.comparing(Figure::key))
                .toList();
    }

    public static ReviewQueue of(Site site, boolean withDrafts, LocalDate today) {
        List<Figure> unchecked = uncheckedFigures(site);
        List<Page> pastReview = site.built(withDrafts).stream()
                .filter(p -> p.updated().plusMonths(site.reviewMonths()).isBefore(today))
                .sorted(Comparator.comparing(Page::updated).thenComparing(Page::path))
                .toList();
        List<Page> staleSchools = site.built(withDrafts).stream()
                .filter(p -> p.type().name().equals("school"))
                .filter(p -> ((LocalDate) p.values().get("verified"))
                        .plusMonths(SCHOOL_VERIFICATION_MONTHS)
                        .isBefore(today))
                .sorted(Comparator.comparing((Page p) -> (LocalDate) p.values().get("verified"))
                        .thenComparing(Page::path))
                .toList();
        List<String> insecure = new ArrayList<>();
        site.figures().values().forEach(f -> addIfInsecure(f.sourceUrl(), insecure));
        site.career().sources().forEach(s -> addIfInsecure(String.valueOf(s.get("url")), insecure));
        for (Page p : site.built(withDrafts)) {
            for (Field f : p.type().allFields()) {
                if (f.kind() == FieldKind.HTTPS_URL && p.text(f.name()) != null) {
                    addIfInsecure(p.text(f.name()), insecure);
                }
            }
        }
        return new ReviewQueue(
                today,
                unchecked,
                pastReview,
                staleSchools,
                insecure.stream().distinct().sorted().toList());
    }

    private static void addIfInsecure(String url, List<String> out) {
        if (!UrlRules.isAbsoluteHttps(url)) {
            out.add(url);
        }
    }

    /** The one line the bake prints. */
    public String summary() {
        return String.format(
                java.util.Locale.ROOT,
                "review queue on %s: %d figures not checked against their primary source, %d pages past their review date, "
                        + "%d schools verified more than %d months ago, %d sources not on https",
                today,
                uncheckedFigures.size(),
                pagesPastReview.size(),
                staleSchools.size(),
                SCHOOL_VERIFICATION_MONTHS,
                insecureSources.size());
    }

    /** Plain values for the editors' page. */
    public Map<String, Object> toModel(int reviewMonths) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("today", today.toString());
        m.put("figures", uncheckedFigures.stream().map(Figure::toModel).toList());
        m.put(
                "pages",
                pagesPastReview.stream()
                        .map(p -> entry(p, p.updated().plusMonths(reviewMonths)))
                        .toList());
        m.put(
                "schools",
                staleSchools.stream()
                        .map(p -> entry(
                                p, ((LocalDate) p.values().get("verified")).plusMonths(SCHOOL_VERIFICATION_MONTHS)))
                        .toList());
        m.put("insecure", insecureSources);
        m.put("school_months", SCHOOL_VERIFICATION_MONTHS);
        return m;
    }

    private static Map<String, Object> entry(Page p, LocalDate due) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("title", p.title());
        m.put("uri", p.outputPath());
        m.put("path", p.path());
        m.put("updated", p.updated().toString());
        m.put("verified", String.valueOf(p.values().getOrDefault("verified", "")));
        m.put("due", due.toString());
        return m;
    }
}
