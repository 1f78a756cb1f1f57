package org.hitpath.plan;

import java.util.List;
import org.hitpath.site.Figure;
import org.hitpath.site.Glossary;
import org.hitpath.site.Page;

/**
 * A page the build writes from loaded content rather than from one content file: an index of school
 * programs, a credential comparison, a range of the glossary, a page of the editors' review queue.
 *
 * @param outputPath  where it is written in the site
 * @param kind        what it is: which template renders it and which model builder fills it
 * @param title       its title
 * @param description its one-sentence description
 * @param pages       the content pages it lists, in order
 * @param parent      the page it belongs under in the breadcrumbs, or null
 * @param details     what only this kind of page needs
 */
public record GeneratedPage(
        String outputPath,
        Kind kind,
        String title,
        String description,
        List<Page> pages,
        Parent parent,
        Details details) {

    /** The kinds of generated page; the name is what templates see as the page's type. */
    public enum Kind {
        WHATS_NEW("whats-new", "whats-new.ftl"),
        SEARCH("search", "search.ftl"),
        NOT_FOUND("not-found", "not-found.ftl"),
        REVIEW_QUEUE("review-queue", "review-queue.ftl"),
        UNCHECKED_FIGURES("unchecked-figures", "unchecked-figures.ftl"),
        PAGES_PAST_REVIEW("pages-past-review", "pages-past-review.ftl"),
        STALE_SCHOOLS("stale-schools", "stale-schools.ftl"),
        COVERAGE("coverage", "coverage.ftl"),
        CREDENTIAL_COMPARISON("credential-comparison", "compare.ftl"),
        GLOSSARY_RANGE("glossary-range", "glossary-range.ftl"),
        STATE("state", "state.ftl"),
        ALL_PROGRAMS("all-programs", "all-programs.ftl"),
        DELIVERY("delivery", "school-filter.ftl"),
        CREDENTIAL_PROGRAMS("credential-programs", "school-filter.ftl");

        private final String name;
        private final String template;

        Kind(String name, String template) {
            this.name = name;
            this.template = template;
        }

        /** The page type templates see, such as "state". */
        public String typeName() {
            return name;
        }

        public String template() {
            return template;
        }
    }

    /** The page a generated page belongs under. */
    public record Parent(String title, String uri) {}

    /** What a kind of generated page needs beyond its list of pages. */
    public sealed interface Details
            permits NoDetails, SchoolFilter, ComparisonPart, GlossaryRange, FigureBatch, QueueIndex {}

    public record NoDetails() implements Details {}

    /** A school index narrowed to one value: a state code, a delivery mode or a credential's slug. */
    public record SchoolFilter(String filter, String value, String label) implements Details {}

    /** One table of the credential comparison, and where every table of it is. */
    public record ComparisonPart(CredentialComparison.Part part, List<GeneratedPage.Link> all) implements Details {}

    /** The glossary terms of one range of first letters, and where every range is. */
    public record GlossaryRange(String label, List<Glossary.Term> terms, List<Range> all) implements Details {}

    /** One page of the review queue's unchecked figures. */
    public record FigureBatch(int number, int count, List<Figure> figures, String previous, String next)
            implements Details {}

    /** The review queue's first page: the pages of unchecked figures it links to. */
    public record QueueIndex(List<GeneratedPage> figurePages) implements Details {}

    /** A link to a generated page, with its title, short label and one-sentence description. */
    public record Link(String title, String label, String uri, String description) {}

    /** A range of the glossary: its label, its page and its terms. */
    public record Range(String label, String uri, List<Glossary.Term> terms) {}

    public static final Details NONE = new NoDetails();

    /**
     * Whether search engines should leave the page out (noindex, no sitemap entry): it has no content of
     * its own (search, the 404 page) or is for editors only.
     */
    public boolean unlisted() {
        return switch (kind) {
            case SEARCH, NOT_FOUND, REVIEW_QUEUE, UNCHECKED_FIGURES, PAGES_PAST_REVIEW, STALE_SCHOOLS, COVERAGE -> true;
            default -> false;
        };
    }
}
