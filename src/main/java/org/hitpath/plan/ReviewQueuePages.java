package org.hitpath.plan;

import java.util.ArrayList;
import java.util.List;
import org.hitpath.plan.GeneratedPage.FigureBatch;
import org.hitpath.plan.GeneratedPage.Kind;
import org.hitpath.plan.GeneratedPage.Parent;
import org.hitpath.plan.GeneratedPage.QueueIndex;
import org.hitpath.site.Figure;
import org.hitpath.site.Site;

/**
 * The editors' review queue: a page that counts what waits for a check, and a page for each kind of
 * item, so that no page outgrows its budget when many items fall due together (a year after a batch
 * of reviews, every page of the batch is due on the same day).
 */
final class ReviewQueuePages {

    /** Figures per page of the review queue: at about 450 bytes each, a page stays well within its budget. */
    static final int FIGURES_PER_PAGE = 15;

    static final String QUEUE = "editors/review-queue.html";
    static final String PAGES_PAST_REVIEW = "editors/pages-past-review.html";
    static final String STALE_SCHOOLS = "editors/stale-schools.html";
    static final String COVERAGE = "editors/coverage.html";
    private static final String QUEUE_TITLE = "Editors' review queue";

    private ReviewQueuePages() {}

    static List<GeneratedPage> plan(Site site) {
        Parent parent = new Parent(QUEUE_TITLE, QUEUE);
        List<GeneratedPage> figurePages = uncheckedFigurePages(site, parent);
        List<GeneratedPage> pages = new ArrayList<>();
        pages.add(new GeneratedPage(
                QUEUE,
                Kind.REVIEW_QUEUE,
                QUEUE_TITLE,
                "Figures, pages, schools and sources that editors still have to check; not for readers.",
                List.of(),
                null,
                new QueueIndex(figurePages)));
        pages.addAll(figurePages);
        pages.add(new GeneratedPage(
                PAGES_PAST_REVIEW,
                Kind.PAGES_PAST_REVIEW,
                "Pages past their review date",
                "Pages of the guide whose review date has passed, oldest review first.",
                List.of(),
                parent,
                GeneratedPage.NONE));
        pages.add(new GeneratedPage(
                STALE_SCHOOLS,
                Kind.STALE_SCHOOLS,
                "Schools whose evidence needs reading again",
                "Programs whose accreditation evidence was last read more than "
                        + ReviewQueue.SCHOOL_VERIFICATION_MONTHS + " months ago, oldest reading first.",
                List.of(),
                parent,
                GeneratedPage.NONE));
        pages.add(new GeneratedPage(
                COVERAGE,
                Kind.COVERAGE,
                "States without a program we list",
                "Every state, DC and Puerto Rico where we list no program yet, with the leads we hold and what"
                        + " would verify each.",
                List.of(),
                parent,
                GeneratedPage.NONE));
        return pages;
    }

    /**
     * The figures of the review queue, a fixed number to a page so that each page stays light however
     * many figures wait for a check. Each figure shows as readers see it: value, date, source and the
     * primary source it still has to be checked against.
     */
    private static List<GeneratedPage> uncheckedFigurePages(Site site, Parent parent) {
        List<Figure> unchecked = ReviewQueue.uncheckedFigures(site);
        int count = (unchecked.size() + FIGURES_PER_PAGE - 1) / FIGURES_PER_PAGE;
        List<GeneratedPage> pages = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            List<Figure> part =
                    unchecked.subList(i * FIGURES_PER_PAGE, Math.min(unchecked.size(), (i + 1) * FIGURES_PER_PAGE));
            pages.add(new GeneratedPage(
                    figurePagePath(i + 1),
                    Kind.UNCHECKED_FIGURES,
                    "Unchecked figures, " + (i + 1) + " of " + count,
                    "The review queue's figures from " + part.get(0).key() + " to "
                            + part.get(part.size() - 1).key()
                            + ", each with the primary source it still has to be checked against.",
                    List.of(),
                    parent,
                    new FigureBatch(
                            i + 1,
                            count,
                            part,
                            i == 0 ? "" : figurePagePath(i),
                            i == count - 1 ? "" : figurePagePath(i + 2))));
        }
        return pages;
    }

    private static String figurePagePath(int number) {
        return "editors/unchecked-figures-" + number + ".html";
    }
}
