package org.hitpath.tools;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.internal.StringUtil;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * What a reader reads on one baked page: the text of its {@code <main>} as blocks (each paragraph, list
 * item, heading, table cell and definition its own line) and its figures, each by where it stands.
 *
 * <p>A figure's note (its date, source and check) is left out of the text lines and compared on its own,
 * so a new date reads as one changed figure rather than as a changed paragraph; its value stays in the
 * sentence that states it.
 *
 * @param title   the page's {@code <h1>}, or "" when it has none
 * @param blocks  the text blocks in reading order
 * @param figures each figure by its place (see {@link #place}), in reading order
 */
record PageText(String title, List<Block> blocks, Map<String, Shown> figures) {

    /** One line of reader text; headings name the section a change is in. */
    record Block(String text, boolean heading) {}

    /**
     * A figure as the reader sees it (templates/macros/components.ftl, macro figure).
     *
     * @param value  the value as displayed
     * @param asOf   the date or period the source gives
     * @param source the source's title and address
     * @param check  "not yet checked against ..." as shown, or that it is checked against its primary source
     */
    record Shown(String value, String asOf, String source, String check) {}

    static final String CHECKED = "checked against its primary source";

    private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");
    private static final Set<String> BLOCKS = Set.of(
            "p",
            "li",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "td",
            "th",
            "dt",
            "dd",
            "caption",
            "figcaption",
            "pre",
            "blockquote",
            "ul",
            "ol",
            "dl",
            "table",
            "tr",
            "thead",
            "tbody",
            "tfoot",
            "div",
            "section",
            "nav",
            "header",
            "footer",
            "aside",
            "article",
            "details",
            "summary",
            "figure",
            "form",
            "fieldset",
            "legend");

    static PageText read(Path file) throws IOException {
        Document page = Jsoup.parse(file.toFile(), "UTF-8");
        Element main = page.selectFirst("main");
        if (main == null) {
            return new PageText("", List.of(), Map.of());
        }
        Element h1 = main.selectFirst("h1");
        return new PageText(h1 == null ? "" : h1.text(), blocks(main), figures(main));
    }

    private static List<Block> blocks(Element main) {
        List<Block> blocks = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        Runnable flush = () -> {
            String text = StringUtil.normaliseWhitespace(line.toString()).strip();
            if (!text.isEmpty()) {
                blocks.add(new Block(text, false));
            }
            line.setLength(0);
        };
        NodeTraversor.filter(
                new NodeFilter() {
                    @Override
                    public FilterResult head(Node node, int depth) {
                        if (node instanceof Element e) {
                            if (e.hasClass("hit-figure")) {
                                line.append(value(e));
                                return FilterResult.SKIP_ENTIRELY;
                            }
                            if (e.nameIs("script") || e.nameIs("style")) {
                                return FilterResult.SKIP_ENTIRELY;
                            }
                            if (BLOCKS.contains(e.normalName())) {
                                flush.run();
                            } else if (e.nameIs("br")) {
                                line.append(' ');
                            }
                        } else if (node instanceof TextNode t) {
                            line.append(t.getWholeText());
                        }
                        return FilterResult.CONTINUE;
                    }

                    @Override
                    public FilterResult tail(Node node, int depth) {
                        if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                            int before = blocks.size();
                            flush.run();
                            if (HEADINGS.contains(e.normalName()) && blocks.size() > before) {
                                blocks.set(before, new Block(blocks.get(before).text(), true));
                            }
                        }
                        return FilterResult.CONTINUE;
                    }
                },
                main);
        return List.copyOf(blocks);
    }

    /** A figure's value as displayed, without its note. */
    private static String value(Element figure) {
        Element value = figure.selectFirst("> strong");
        return value == null ? figure.text() : value.text();
    }

    private static Map<String, Shown> figures(Element main) {
        Map<String, Shown> figures = new LinkedHashMap<>();
        Map<String, Integer> underHeading = new HashMap<>();
        String heading = "start of page";
        for (Element e : main.select("h1, h2, h3, h4, h5, h6, span.hit-figure")) {
            if (HEADINGS.contains(e.normalName())) {
                heading = e.text();
                continue;
            }
            String place = place(e, heading, underHeading);
            String unique = place;
            for (int n = 2; figures.containsKey(unique); n++) {
                unique = place + " (" + n + ")";
            }
            figures.put(unique, shown(e));
        }
        return figures;
    }

    /**
     * Where a figure stands, which is what identifies it: the baked page carries no figure key. In a fact
     * row, its section and label (the {@code <dt>}); in a table, its row and column; in prose, its section
     * and its number there. A figure added to a section ahead of others renumbers those after it, so they
     * read as changed; a {@code data-figure} attribute with the key on the figure macro's span would end
     * that, and is the one template change this would need.
     */
    static String place(Element figure, String heading, Map<String, Integer> underHeading) {
        Element dd = figure.closest("dd");
        if (dd != null) {
            Element dt = dd.previousElementSibling();
            if (dt != null && dt.nameIs("dt")) {
                return heading + " · " + dt.text();
            }
        }
        Element cell = figure.closest("td, th");
        if (cell != null && cell.parent() != null) {
            Element row = cell.parent();
            Element first = row.child(0);
            String column =
                    cell.hasAttr("data-label") ? cell.attr("data-label") : "column " + (cell.elementSiblingIndex() + 1);
            return (first == cell ? heading : first.text()) + " · " + column;
        }
        int n = underHeading.merge(heading, 1, Integer::sum);
        return heading + " · figure " + n;
    }

    private static Shown shown(Element figure) {
        Element note = figure.selectFirst("> small");
        String asOf = "";
        String source = "";
        String check = CHECKED;
        if (note != null) {
            String start = note.childNodeSize() > 0 && note.childNode(0) instanceof TextNode t ? t.text() : "";
            asOf = start.replaceFirst("^\\(", "")
                    .replaceFirst(";\\s*source:\\s*$", "")
                    .strip();
            Element link = note.selectFirst("> a");
            source = link == null ? "" : link.text() + " (" + link.attr("href") + ")";
            Element unchecked = note.selectFirst("> .hit-figure__unchecked");
            check = unchecked == null ? CHECKED : unchecked.text();
        }
        return new Shown(value(figure), asOf, source, check);
    }
}
