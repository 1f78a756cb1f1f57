package org.hitpath.content;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The credentials side by side, on generated pages linked from the credential index. The comparison is
 * split in two tables, each on its own page, so that on a phone (where each credential becomes a block
 * of labelled rows) a reader scrolls through one question at a time, and so that every figure can keep
 * its value, date, source and check status next to it within the page budget.
 */
public final class CredentialComparison {

    /** What kind of generated page a comparison is. */
    public static final String KIND = "credential-comparison";

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
    static final Map<String, String> HEADINGS = Map.of(
            "eligibility", "Who may sit the exam",
            "exam_time", "Exam time",
            "exam_questions", "Questions",
            "fee", "Fee",
            "renewal", "Keeping it current");

    private CredentialComparison() {}

    /** The comparison pages, planned only when the site has a credential index to link them from. */
    static List<GeneratedPage> plan(Site site, boolean withDrafts) {
        Page index = site.built(withDrafts).stream()
                .filter(p -> p.type().name().equals("listing") && "credential".equals(p.text("lists")))
                .findFirst()
                .orElse(null);
        List<Page> credentials = site.ofType("credential", withDrafts);
        if (index == null || credentials.isEmpty()) {
            return List.of();
        }
        String folder = index.outputPath().substring(0, index.outputPath().lastIndexOf('/') + 1);
        List<Map<String, Object>> links = new ArrayList<>();
        for (Part part : PARTS) {
            Map<String, Object> link = new LinkedHashMap<>();
            link.put("title", title(part));
            link.put("label", part.label());
            link.put("uri", folder + part.slug() + ".html");
            link.put("description", part.description());
            links.add(link);
        }
        List<GeneratedPage> pages = new ArrayList<>();
        for (Part part : PARTS) {
            List<String> figureKeys = new ArrayList<>();
            Map<String, Object> extra = new LinkedHashMap<>();
            extra.put("parent_title", index.title());
            extra.put("parent_uri", index.outputPath());
            extra.put("caption", part.caption());
            extra.put("columns", part.columns().stream().map(HEADINGS::get).toList());
            extra.put("rows", rows(site, credentials, part.columns(), figureKeys));
            extra.put("figure_keys", figureKeys);
            extra.put("comparisons", links);
            pages.add(new GeneratedPage(
                    folder + part.slug() + ".html",
                    KIND,
                    "compare.ftl",
                    title(part),
                    part.description(),
                    credentials,
                    extra));
        }
        return pages;
    }

    private static String title(Part part) {
        return "Compare credentials: " + part.label().toLowerCase(java.util.Locale.ROOT);
    }

    /** One row per credential, in the order of the credential index; a cell without a record stays empty. */
    private static List<Map<String, Object>> rows(
            Site site, List<Page> credentials, List<String> columns, List<String> figureKeys) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Page c : credentials) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("code", c.text("code"));
            row.put("uri", c.outputPath());
            row.put(
                    "issuer_acronym",
                    site.bySlug("organisation", c.text("issuer"))
                            .map(o -> o.text("acronym"))
                            .orElse(""));
            List<Map<String, Object>> cells = new ArrayList<>();
            for (String column : columns) {
                Map<String, Object> cell = new LinkedHashMap<>();
                cell.put("label", HEADINGS.get(column));
                if (column.equals("eligibility")) {
                    cell.put("text", c.text("eligibility"));
                } else if (c.text(column) != null) {
                    cell.put("figure", site.figures().get(c.text(column)).toModel());
                    figureKeys.add(c.text(column));
                }
                cells.add(cell);
            }
            row.put("cells", cells);
            rows.add(row);
        }
        return rows;
    }
}
