package org.hitpath.content;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Plans every generated page from the loaded content, so an index can never list a page that does
 * not exist: the school programs of each state, of each delivery mode and for each credential (the
 * filters of the school index, which work without JavaScript), the credential comparison, the
 * glossary's ranges of letters, and the editors' review queue with a page for each kind of item.
 */
public final class GeneratedPages {

    static final Map<String, String> DELIVERY_LABELS =
            Map.of("online", "Online", "campus", "On campus", "hybrid", "Hybrid (online and on campus)");

    /** Figures per page of the review queue: at about 450 bytes each, a page stays well within its budget. */
    static final int FIGURES_PER_PAGE = 15;

    static final String QUEUE = "editors/review-queue.html";
    private static final String QUEUE_TITLE = "Editors' review queue";

    private GeneratedPages() {}

    public static List<GeneratedPage> plan(Site site, boolean withDrafts) {
        List<GeneratedPage> planned = new ArrayList<>();
        List<Page> built = site.built(withDrafts);
        if (built.isEmpty()) {
            return planned;
        }
        List<Page> newestFirst = built.stream()
                .sorted(Comparator.comparing(Page::updated)
                        .reversed()
                        .thenComparing(Page::title)
                        .thenComparing(Page::path))
                .toList();
        planned.add(new GeneratedPage(
                "whats-new.html",
                "whats-new",
                "whats-new.ftl",
                "What's new",
                "Every page of the guide, most recently reviewed first, with the date of its last review.",
                newestFirst,
                Map.of()));
        planned.add(new GeneratedPage(
                "search.html",
                "search",
                "search.ftl",
                "Search the guide",
                "Search every page of the guide for a course, credential, program or term.",
                List.of(),
                Map.of()));
        planned.add(new GeneratedPage(
                "404.html",
                "not-found",
                "not-found.ftl",
                "Page not found",
                "The page you asked for is not here; these links lead to the guide's main sections.",
                List.of(),
                Map.of()));
        planned.addAll(reviewQueue(site));
        planned.addAll(CredentialComparison.plan(site, withDrafts));
        planned.addAll(GlossaryPages.plan(site, withDrafts));
        List<Page> schools = schoolsInOrder(site, withDrafts);
        if (schools.isEmpty()) {
            return List.copyOf(planned);
        }
        for (Map.Entry<String, List<Page>> state : byState(schools).entrySet()) {
            String name = Schema.STATES.get(state.getKey());
            planned.add(new GeneratedPage(
                    "schools/states/" + state.getKey().toLowerCase() + ".html",
                    "state",
                    "school-filter.ftl",
                    "Accredited programs in " + name,
                    "Every accredited program we list in " + name + ", with its evidence and the date we read it.",
                    state.getValue(),
                    Map.of("filter", "state", "filter_value", state.getKey(), "filter_label", name)));
        }
        for (String mode : Schema.DELIVERY) {
            List<Page> matching = schools.stream()
                    .filter(s -> mode.equals(s.text("delivery")))
                    .toList();
            if (!matching.isEmpty()) {
                String label = DELIVERY_LABELS.get(mode);
                planned.add(new GeneratedPage(
                        "schools/delivery/" + mode + ".html",
                        "delivery",
                        "school-filter.ftl",
                        "Accredited programs: " + label.toLowerCase(java.util.Locale.ROOT),
                        "Accredited programs whose own pages say they are taught " + describe(mode) + ".",
                        matching,
                        Map.of("filter", "delivery", "filter_value", mode, "filter_label", label)));
            }
        }
        for (Page credential : site.ofType("credential", withDrafts)) {
            List<Page> matching = schools.stream()
                    .filter(s -> s.list("credentials").contains(credential.slug()))
                    .toList();
            if (!matching.isEmpty()) {
                String code = credential.text("code");
                planned.add(new GeneratedPage(
                        "schools/credentials/" + credential.slug() + ".html",
                        "credential-programs",
                        "school-filter.ftl",
                        "Accredited programs that prepare for the " + code,
                        "Accredited programs whose evidence says they prepare students for the " + code + " exam.",
                        matching,
                        Map.of("filter", "credential", "filter_value", credential.slug(), "filter_label", code)));
            }
        }
        return List.copyOf(planned);
    }

    /**
     * The editors' review queue: a page that counts what waits for a check, and a page for each kind of
     * item, so that no page outgrows its budget when many items fall due together (a year after a batch
     * of reviews, every page of the batch is due on the same day).
     */
    private static List<GeneratedPage> reviewQueue(Site site) {
        Map<String, Object> parent = Map.of("parent_title", QUEUE_TITLE, "parent_uri", QUEUE);
        List<GeneratedPage> figurePages = uncheckedFigurePages(site, parent);
        List<GeneratedPage> pages = new ArrayList<>();
        pages.add(new GeneratedPage(
                QUEUE,
                "review-queue",
                "review-queue.ftl",
                QUEUE_TITLE,
                "Figures, pages, schools and sources that editors still have to check; not for readers.",
                List.of(),
                Map.of(
                        "figure_pages",
                        figurePages.stream().map(GeneratedPages::figurePageLink).toList())));
        pages.addAll(figurePages);
        pages.add(new GeneratedPage(
                "editors/pages-past-review.html",
                "pages-past-review",
                "pages-past-review.ftl",
                "Pages past their review date",
                "Pages of the guide whose review date has passed, oldest review first.",
                List.of(),
                parent));
        pages.add(new GeneratedPage(
                "editors/stale-schools.html",
                "stale-schools",
                "stale-schools.ftl",
                "Schools whose evidence needs reading again",
                "Programs whose accreditation evidence was last read more than "
                        + ReviewQueue.SCHOOL_VERIFICATION_MONTHS + " months ago, oldest reading first.",
                List.of(),
                parent));
        return pages;
    }

    /**
     * The figures of the review queue, a fixed number to a page so that each page stays light however
     * many figures wait for a check. Each figure shows as readers see it: value, date, source and the
     * primary source it still has to be checked against.
     */
    private static List<GeneratedPage> uncheckedFigurePages(Site site, Map<String, Object> parent) {
        List<Figure> unchecked = ReviewQueue.uncheckedFigures(site);
        int count = (unchecked.size() + FIGURES_PER_PAGE - 1) / FIGURES_PER_PAGE;
        List<GeneratedPage> pages = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            List<Figure> part =
                    unchecked.subList(i * FIGURES_PER_PAGE, Math.min(unchecked.size(), (i + 1) * FIGURES_PER_PAGE));
            Map<String, Object> extra = new LinkedHashMap<>(parent);
            extra.put("figures", part.stream().map(Figure::toModel).toList());
            extra.put("first", part.get(0).key());
            extra.put("last", part.get(part.size() - 1).key());
            extra.put("number", i + 1);
            extra.put("count", count);
            extra.put("previous", i == 0 ? "" : figurePagePath(i));
            extra.put("next", i == count - 1 ? "" : figurePagePath(i + 2));
            pages.add(new GeneratedPage(
                    figurePagePath(i + 1),
                    "unchecked-figures",
                    "unchecked-figures.ftl",
                    "Unchecked figures, " + (i + 1) + " of " + count,
                    "The review queue's figures from " + part.get(0).key() + " to "
                            + part.get(part.size() - 1).key()
                            + ", each with the primary source it still has to be checked against.",
                    List.of(),
                    extra));
        }
        return pages;
    }

    private static String figurePagePath(int number) {
        return "editors/unchecked-figures-" + number + ".html";
    }

    private static Map<String, Object> figurePageLink(GeneratedPage page) {
        Map<String, Object> link = new LinkedHashMap<>(page.extra());
        link.remove("figures");
        link.put("uri", page.outputPath());
        link.put("figure_count", ((List<?>) page.extra().get("figures")).size());
        return link;
    }

    /** Schools by state name, then institution, then program: the order every school list uses. */
    public static List<Page> schoolsInOrder(Site site, boolean withDrafts) {
        return site.built(withDrafts).stream()
                .filter(p -> p.type().name().equals("school"))
                .sorted(Comparator.comparing((Page p) -> Schema.STATES.get(p.text("state")))
                        .thenComparing(p -> p.text("institution").toLowerCase(java.util.Locale.ROOT))
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
