package org.hitpath.plan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hitpath.plan.GeneratedPage.Kind;
import org.hitpath.plan.GeneratedPage.SchoolFilter;
import org.hitpath.schema.States;
import org.hitpath.site.Page;
import org.hitpath.site.Site;

/**
 * The filters of the school index, each a generated page so they work without JavaScript: the programs
 * of each state, of each delivery mode and for each credential.
 */
public final class SchoolFilters {

    static final Map<String, String> DELIVERY_LABELS = Map.of(
            "online", "Online",
            "campus", "On campus",
            "hybrid", "Hybrid (online and on campus)",
            "campus-or-online", "On campus or online (two routes)");

    /** The delivery filter pages; a program taught on campus or online, as the student chooses, is on both. */
    static final List<String> FILTERED_DELIVERY = List.of("online", "campus", "hybrid");

    private SchoolFilters() {}

    static List<GeneratedPage> plan(Site site, boolean withDrafts) {
        List<Page> schools = schoolsInOrder(site, withDrafts);
        List<GeneratedPage> planned = new ArrayList<>();
        boolean hasIndex = site.pagesToBuild(withDrafts).stream()
                .anyMatch(p -> p.type().name().equals("listing") && "school".equals(p.text("lists")));
        if (hasIndex) {
            // Every state has a page, with or without a program we verified there: a reader always has a way on.
            Map<String, List<Page>> inState = byState(schools);
            States.NAMES.keySet().forEach(code -> planned.add(statePage(code, inState.getOrDefault(code, List.of()))));
        }
        if (schools.isEmpty()) {
            return planned;
        }
        if (hasIndex) {
            planned.add(allPrograms(schools));
        }
        for (String mode : FILTERED_DELIVERY) {
            List<Page> matching = schools.stream().filter(s -> taught(s, mode)).toList();
            if (!matching.isEmpty()) {
                planned.add(deliveryPage(mode, matching));
            }
        }
        // Each program's eligibility worked out once, not once per credential.
        Map<String, List<Page>> leadingTo = new java.util.HashMap<>();
        for (Page school : schools) {
            for (String slug : new java.util.LinkedHashSet<>(Eligibility.of(school))) {
                leadingTo.computeIfAbsent(slug, k -> new ArrayList<>()).add(school);
            }
        }
        for (Page credential : site.ofType("credential", withDrafts)) {
            List<Page> matching = leadingTo.getOrDefault(credential.slug(), List.of());
            if (!matching.isEmpty()) {
                planned.add(credentialPage(credential, matching));
            }
        }
        return planned;
    }

    /** Where every program is listed, by state. */
    public static final String ALL_PROGRAMS_PATH = "schools/all.html";

    /** Where the programs of one state are listed. */
    public static String statePath(String code) {
        return "schools/states/" + code.toLowerCase(Locale.ROOT) + ".html";
    }

    /** Where the programs that prepare for one credential are listed. */
    public static String credentialPath(String slug) {
        return "schools/credentials/" + slug + ".html";
    }

    private static GeneratedPage statePage(String code, List<Page> pages) {
        String name = States.name(code);
        return new GeneratedPage(
                statePath(code),
                Kind.STATE,
                "Health information programs in " + name,
                "The programs we list in " + name + " with the age of their accreditation evidence, how to find"
                        + " others in CAHIIM's directory, and where to see pay there.",
                pages,
                null,
                new SchoolFilter("state", code, name));
    }

    /**
     * Every program by state, with the finder that narrows them in place: the index itself keeps the
     * states (their map and list) and the filters, so that it stays within its byte budget whatever the
     * number of programs.
     */
    private static GeneratedPage allPrograms(List<Page> schools) {
        return new GeneratedPage(
                ALL_PROGRAMS_PATH,
                Kind.ALL_PROGRAMS,
                "All programs, by state",
                "Every program we list, by state, with the age of the evidence that states its accreditation,"
                        + " and a finder that narrows them by state, delivery and credential.",
                schools,
                null,
                new GeneratedPage.NoDetails());
    }

    private static GeneratedPage deliveryPage(String mode, List<Page> pages) {
        String label = deliveryLabel(mode);
        return new GeneratedPage(
                "schools/delivery/" + mode + ".html",
                Kind.DELIVERY,
                "Programs: " + label.toLowerCase(Locale.ROOT),
                "Programs we list whose evidence says they are taught " + describe(mode)
                        + ", each with the age of that evidence.",
                pages,
                null,
                new SchoolFilter("delivery", mode, label));
    }

    private static GeneratedPage credentialPage(Page credential, List<Page> pages) {
        String code = credential.text("code");
        return new GeneratedPage(
                credentialPath(credential.slug()),
                Kind.CREDENTIAL_PROGRAMS,
                "Programs that lead to the " + code,
                "Programs we list whose evidence names the " + code
                        + ", or whose accreditation leads to it by its issuer's rule.",
                pages,
                null,
                new SchoolFilter("credential", credential.slug(), code));
    }

    /** Schools by state name, then institution, then program: the order every school list uses. */
    public static List<Page> schoolsInOrder(Site site, boolean withDrafts) {
        return site.pagesToBuild(withDrafts).stream()
                .filter(p -> p.type().name().equals("school"))
                .sorted(Comparator.comparing((Page p) -> States.name(p.text("state")))
                        .thenComparing(p -> p.text("institution").toLowerCase(Locale.ROOT))
                        .thenComparing(Page::title)
                        .thenComparing(Page::path))
                .toList();
    }

    /** Schools grouped by state code, states in the order of their names. */
    public static Map<String, List<Page>> byState(List<Page> schoolsInOrder) {
        Map<String, List<Page>> groups = new LinkedHashMap<>();
        for (Page s : schoolsInOrder) {
            groups.computeIfAbsent(s.text("state"), k -> new ArrayList<>()).add(s);
        }
        return groups;
    }

    /** Whether SCHOOL can be taken in MODE: as its only mode, or as one of its two routes. */
    static boolean taught(Page school, String mode) {
        String delivery = school.text("delivery");
        return mode.equals(delivery) || ("campus-or-online".equals(delivery) && !mode.equals("hybrid"));
    }

    public static String deliveryLabel(String mode) {
        return DELIVERY_LABELS.get(mode);
    }

    private static String describe(String mode) {
        return switch (mode) {
            case "online" -> "online";
            case "campus" -> "on campus";
            default -> "partly online and partly on campus";
        };
    }
}
