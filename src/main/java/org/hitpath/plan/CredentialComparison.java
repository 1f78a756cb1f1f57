package org.hitpath.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hitpath.site.Page;
import org.hitpath.site.Site;

/**
 * The credentials side by side, on generated pages linked from the credential index. The comparison is
 * split in two tables, each on its own page, so that on a phone (where each credential becomes a block
 * of labelled rows) a reader scrolls through one question at a time, and so that every figure can keep
 * its value, date, source and check status next to it within the page budget.
 */
public final class CredentialComparison {

    /**
     * One comparison page.
     *
     * @param slug        its file name without .html, in the folder of the credential index
     * @param label       its short name in the index's list and the links between comparisons
     * @param description one sentence for the index, search results and the page's lede
     * @param caption     the table's caption
     * @param columns     the credential fields it shows, in order: eligibility is text, the rest figure keys
     */
    public record Part(String slug, String label, String description, String caption, List<String> columns) {}

    public static final List<Part> PARTS = List.of(
            new Part(
                    "compare-exams",
                    "Eligibility and exam",
                    "Who may sit each credential's exam, how long the exam takes and how many questions it has, side by side.",
                    "Who may sit each exam, its length and its questions",
                    List.of("eligibility", "exam_time", "exam_questions")),
            new Part(
                    "compare-costs",
                    "Exam fee and renewal",
                    "What each credential's exam costs and what keeping the credential current takes, side by side.",
                    "What each exam costs and what keeping the credential takes",
                    List.of("fee", "renewal")));

    /** The column headings, also the labels each cell carries on narrow screens. */
    public static final Map<String, String> HEADINGS = Map.of(
            "eligibility", "Who may sit the exam",
            "exam_time", "Exam time",
            "exam_questions", "Questions",
            "fee", "Fee",
            "renewal", "Keeping it current");

    private CredentialComparison() {}

    /** The comparison pages, planned only when the site has a credential index to link them from. */
    static List<GeneratedPage> plan(Site site, boolean withDrafts) {
        Page index = site.pagesToBuild(withDrafts).stream()
                .filter(p -> p.type().name().equals("listing") && "credential".equals(p.text("lists")))
                .findFirst()
                .orElse(null);
        List<Page> credentials = site.ofType("credential", withDrafts);
        if (index == null || credentials.isEmpty()) {
            return List.of();
        }
        String folder = index.outputPath().substring(0, index.outputPath().lastIndexOf('/') + 1);
        List<GeneratedPage.Link> links = new ArrayList<>();
        for (Part part : PARTS) {
            links.add(new GeneratedPage.Link(
                    title(part), part.label(), folder + part.slug() + ".html", part.description()));
        }
        List<GeneratedPage> pages = new ArrayList<>();
        for (Part part : PARTS) {
            pages.add(new GeneratedPage(
                    folder + part.slug() + ".html",
                    GeneratedPage.Kind.CREDENTIAL_COMPARISON,
                    title(part),
                    part.description(),
                    credentials,
                    new GeneratedPage.Parent(index.title(), index.outputPath()),
                    new GeneratedPage.ComparisonPart(part, links)));
        }
        return pages;
    }

    private static String title(Part part) {
        return "Compare credentials: " + part.label().toLowerCase(Locale.ROOT);
    }
}
