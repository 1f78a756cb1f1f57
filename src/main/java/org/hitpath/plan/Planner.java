package org.hitpath.plan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.hitpath.plan.GeneratedPage.Kind;
import org.hitpath.site.Page;
import org.hitpath.site.Site;

/**
 * Plans every generated page from the loaded content, so an index can never list a page that does not
 * exist: what's new, search and the 404 page, the editors' review queue, the credential comparison, the
 * glossary's ranges of letters, and the school filters.
 */
public final class Planner {

    private Planner() {}

    public static Plan plan(Site site, boolean withDrafts) {
        List<GeneratedPage> planned = new ArrayList<>();
        List<Page> built = site.pagesToBuild(withDrafts);
        if (built.isEmpty()) {
            return new Plan(planned);
        }
        planned.addAll(sitePages(built));
        planned.addAll(ReviewQueuePages.plan(site));
        planned.addAll(CredentialComparison.plan(site, withDrafts));
        planned.addAll(GlossaryPages.plan(site, withDrafts));
        planned.addAll(SchoolFilters.plan(site, withDrafts));
        return new Plan(planned);
    }

    /** The pages every site has: what's new, search and the 404 page. */
    private static List<GeneratedPage> sitePages(List<Page> built) {
        List<Page> newestFirst = built.stream()
                .sorted(Comparator.comparing(Page::updated)
                        .reversed()
                        .thenComparing(Page::title)
                        .thenComparing(Page::path))
                .toList();
        return List.of(
                new GeneratedPage(
                        "whats-new.html",
                        Kind.WHATS_NEW,
                        "What's new",
                        "The guide's written pages, most recently reviewed first, each with the date of its last review.",
                        newestFirst,
                        null,
                        GeneratedPage.NONE),
                new GeneratedPage(
                        "search.html",
                        Kind.SEARCH,
                        "Search the guide",
                        "Search every page of the guide for a course, credential, program or term.",
                        List.of(),
                        null,
                        GeneratedPage.NONE),
                new GeneratedPage(
                        "404.html",
                        Kind.NOT_FOUND,
                        "Page not found",
                        "The page you asked for is not here; these links lead to the guide's main sections.",
                        List.of(),
                        null,
                        GeneratedPage.NONE));
    }
}
