package org.hitpath.render;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hitpath.model.CleanBody;
import org.hitpath.site.Acronyms;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * The last guard between Markdown and the page. The validator already rejects raw HTML and unsafe
 * links, and flexmark runs with raw HTML suppressed; this cleaner keeps only the tags and link schemes
 * Markdown produces, so a validator bug alone still cannot publish a script.
 */
public final class BodyHtml {

    private static final Pattern FIGURE_TOKEN = org.hitpath.site.Figure.TOKEN;

    private static final Pattern TAG = Pattern.compile("<[^>]*>");

    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");

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

    /** Where a glossary acronym is left as written: links, code, and headings, which say a thing's name. */
    private static final Set<String> NOT_MARKED = Set.of("a", "abbr", "code", "pre", "h2", "h3", "h4", "h5", "h6");

    /** A figure as a body shows it: its HTML, and the words of that HTML, which search reads. */
    public record Figure(String html, String text) {

        /**
         * A figure from its rendered HTML. A figure is inline markup only (a value, a tag, a note number), so
         * its text, as a parse of the whole page gives it, is its characters between the tags, entities
         * decoded and white space collapsed.
         */
        public static Figure of(String html) {
            String text = Parser.unescapeEntities(TAG.matcher(html).replaceAll(""), false);
            return new Figure(html, WHITE_SPACE.matcher(text).replaceAll(" ").strip());
        }
    }

    private BodyHtml() {}

    /**
     * Wraps the first use of each known acronym in TEXTS (the body's prose, in order) in an abbr with its
     * expansion.
     */
    private static void markAcronyms(List<TextNode> texts, Map<String, String> expansions) {
        Set<String> marked = new HashSet<>();
        for (TextNode text : texts) {
            if (!mayHoldAnAcronym(text.getWholeText())) {
                continue;
            }
            TextNode rest = text;
            Matcher m = Acronyms.WORD.matcher(rest.getWholeText());
            while (m.find()) {
                String word = m.group(1);
                if (!expansions.containsKey(word) || !marked.add(word)) {
                    continue;
                }
                String whole = rest.getWholeText();
                int start = m.start(1);
                TextNode after = new TextNode(whole.substring(start + word.length()));
                Element abbr =
                        new Element("abbr").attr("title", expansions.get(word)).text(word);
                rest.text(whole.substring(0, start));
                rest.after(abbr);
                abbr.after(after);
                rest = after;
                m = Acronyms.WORD.matcher(rest.getWholeText());
            }
        }
    }

    /** An acronym has two capitals: most texts have fewer, and need no closer look. */
    private static boolean mayHoldAnAcronym(String text) {
        int capitals = 0;
        for (int i = 0; i < text.length() && capitals < 2; i++) {
            if (Character.isUpperCase(text.charAt(i))) {
                capitals++;
            }
        }
        return capitals >= 2;
    }

    /** The text nodes of BODY a reader meets as prose: not inside a link, code or a heading. */
    private static List<TextNode> prose(Element body) {
        List<TextNode> texts = new ArrayList<>();
        NodeTraversor.filter(
                new NodeFilter() {
                    @Override
                    public FilterResult head(Node node, int depth) {
                        if (node instanceof Element e && NOT_MARKED.contains(e.normalName())) {
                            return FilterResult.SKIP_ENTIRELY;
                        }
                        if (node instanceof TextNode t) {
                            texts.add(t);
                        }
                        return FilterResult.CONTINUE;
                    }
                },
                body);
        return texts;
    }

    /** Cleans rendered Markdown and replaces each {{figure:key}} with the figure's rendered HTML. */
    static String clean(String html, Function<String, String> figureHtml) {
        return clean(html, key -> Figure.of(figureHtml.apply(key)), Map.of()).html();
    }

    /**
     * Cleans rendered Markdown, marks the first use of each glossary acronym with its expansion, and
     * puts each {{figure:key}} in place; parsed once, for the page and for search alike.
     */
    public static CleanBody clean(String html, Function<String, Figure> figures, Map<String, String> expansions) {
        return withFigures(withoutFigures(html, expansions), figures);
    }

    /**
     * The body cleaned and its acronyms marked, each {{figure:key}} still a token: the costly part of
     * {@link #clean}, and one that depends on the HTML and the glossary alone, so the preview keeps it
     * from one bake to the next (a figure's HTML depends on its note's number on the page).
     */
    public static CleanBody withoutFigures(String html, Map<String, String> expansions) {
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
        if (!expansions.isEmpty()) {
            markAcronyms(prose(clean.body()), expansions);
        }
        String headings = String.join(" ", clean.body().select("h2, h3, h4").eachText());
        return new CleanBody(clean.body().html(), clean.body().text(), headings);
    }

    /** PARTS with each figure token replaced by its figure: in the page's HTML, then in what search reads. */
    public static CleanBody withFigures(CleanBody parts, Function<String, Figure> figures) {
        return new CleanBody(
                withFigures(parts.html(), figures, Figure::html),
                withFigures(parts.text(), figures, Figure::text),
                withFigures(parts.headings(), figures, Figure::text));
    }

    /** TEXT with each figure token replaced by what PART takes of its figure. */
    private static String withFigures(String text, Function<String, Figure> figures, Function<Figure, String> part) {
        Matcher m = FIGURE_TOKEN.matcher(text);
        if (!m.find()) {
            return text;
        }
        StringBuilder out = new StringBuilder();
        do {
            m.appendReplacement(out, Matcher.quoteReplacement(part.apply(figures.apply(m.group(1)))));
        } while (m.find());
        m.appendTail(out);
        return out.toString();
    }
}
