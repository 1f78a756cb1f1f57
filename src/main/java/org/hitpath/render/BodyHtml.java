package org.hitpath.render;

import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * The last guard between Markdown and the page. The validator already rejects raw HTML and unsafe
 * links, and flexmark runs with raw HTML suppressed; this cleaner keeps only the tags and link schemes
 * Markdown produces, so a validator bug alone still cannot publish a script.
 */
public final class BodyHtml {

    private static final Pattern FIGURE_TOKEN = org.hitpath.site.Figure.TOKEN;

    private static final Safelist MARKDOWN_OUTPUT = new Safelist()
            .addTags(
                    "p",
                    "h2",
                    "h3",
                    "h4",
                    "h5",
                    "h6",
                    "ul",
                    "ol",
                    "li",
                    "strong",
                    "em",
                    "code",
                    "pre",
                    "blockquote",
                    "table",
                    "thead",
                    "tbody",
                    "tr",
                    "th",
                    "td",
                    "hr",
                    "a",
                    "img",
                    "del",
                    "dl",
                    "dt",
                    "dd")
            .addAttributes("a", "href", "title")
            .addAttributes("img", "src", "alt", "title", "width", "height")
            .addAttributes(":all", "id")
            .addProtocols("a", "href", "https", "mailto")
            .addProtocols("img", "src", "https")
            .preserveRelativeLinks(true);

    private BodyHtml() {}

    /** Wraps the first use of each known acronym in prose (not in links, code or headings) in an abbr with its expansion. */
    private static void markAcronyms(Document doc, java.util.Map<String, String> expansions) {
        if (expansions.isEmpty()) {
            return;
        }
        java.util.Set<String> marked = new java.util.HashSet<>();
        java.util.List<org.jsoup.nodes.TextNode> texts = new java.util.ArrayList<>();
        org.jsoup.select.NodeTraversor.traverse(
                (node, depth) -> {
                    if (node instanceof org.jsoup.nodes.TextNode t
                            && t.parent() != null
                            && t.parentNode() instanceof org.jsoup.nodes.Element parent
                            && parent.closest("a, abbr, code, pre, h2, h3, h4, h5, h6") == null) {
                        texts.add(t);
                    }
                },
                doc.body());
        for (org.jsoup.nodes.TextNode text : texts) {
            org.jsoup.nodes.TextNode rest = text;
            Matcher m = org.hitpath.site.Acronyms.WORD.matcher(rest.getWholeText());
            while (m.find()) {
                String word = m.group(1);
                if (!expansions.containsKey(word) || !marked.add(word)) {
                    continue;
                }
                String whole = rest.getWholeText();
                int start = m.start(1);
                org.jsoup.nodes.TextNode after = new org.jsoup.nodes.TextNode(whole.substring(start + word.length()));
                org.jsoup.nodes.Element abbr = new org.jsoup.nodes.Element("abbr")
                        .attr("title", expansions.get(word))
                        .text(word);
                rest.text(whole.substring(0, start));
                rest.after(abbr);
                abbr.after(after);
                rest = after;
                m = org.hitpath.site.Acronyms.WORD.matcher(rest.getWholeText());
            }
        }
    }

    /** Cleans rendered Markdown and replaces each {{figure:key}} with the figure's rendered HTML. */
    static String clean(String html, Function<String, String> figureHtml) {
        return clean(html, figureHtml, java.util.Map.of());
    }

    /** As above, and marks the first use of each glossary acronym with its expansion. */
    public static String clean(
            String html, Function<String, String> figureHtml, java.util.Map<String, String> expansions) {
        // A base URI lets the cleaner judge relative links (and keep them relative) instead of dropping them.
        Document dirty = Jsoup.parseBodyFragment(html, "https://site.invalid/");
        // flexmark's heading anchors come as <h2><a href="#x" id="x">Text</a></h2>: a link to itself that
        // screen readers announce as a link. The id belongs on the heading.
        dirty.select("h2 > a[id], h3 > a[id], h4 > a[id], h5 > a[id], h6 > a[id]")
                .forEach(a -> {
                    if (!a.hasAttr("href") || a.attr("href").equals("#" + a.id())) {
                        a.parent().id(a.id());
                        a.unwrap();
                    }
                });
        Document clean = new Cleaner(MARKDOWN_OUTPUT).clean(dirty);
        clean.outputSettings().prettyPrint(false);
        markAcronyms(clean, expansions);
        String safe = clean.body().html();
        Matcher m = FIGURE_TOKEN.matcher(safe);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(figureHtml.apply(m.group(1))));
        }
        m.appendTail(out);
        return out.toString();
    }
}
