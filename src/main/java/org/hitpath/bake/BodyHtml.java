package org.hitpath.bake;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The last guard between Markdown and the page. The validator already rejects raw HTML and unsafe
 * links, and flexmark runs with raw HTML suppressed; this cleaner keeps only the tags and link schemes
 * Markdown produces, so a validator bug alone still cannot publish a script.
 */
final class BodyHtml {

    private static final Pattern FIGURE_TOKEN = org.hitpath.content.Figure.TOKEN;

    private static final Safelist MARKDOWN_OUTPUT = new Safelist()
            .addTags("p", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "strong", "em", "code", "pre", "blockquote",
                    "table", "thead", "tbody", "tr", "th", "td", "hr", "a", "img", "del", "dl", "dt", "dd")
            .addAttributes("a", "href", "title")
            .addAttributes("img", "src", "alt", "title", "width", "height")
            .addAttributes(":all", "id")
            .addProtocols("a", "href", "https", "mailto")
            .addProtocols("img", "src", "https")
            .preserveRelativeLinks(true);

    private BodyHtml() {
    }

    /** Cleans rendered Markdown and replaces each {{figure:key}} with the figure's rendered HTML. */
    static String clean(String html, Function<String, String> figureHtml) {
        // A base URI lets the cleaner judge relative links (and keep them relative) instead of dropping them.
        Document dirty = Jsoup.parseBodyFragment(html, "https://site.invalid/");
        // flexmark's heading anchors come as <h2><a href="#x" id="x">Text</a></h2>: a link to itself that
        // screen readers announce as a link. The id belongs on the heading.
        dirty.select("h2 > a[id], h3 > a[id], h4 > a[id], h5 > a[id], h6 > a[id]").forEach(a -> {
            if (!a.hasAttr("href") || a.attr("href").equals("#" + a.id())) {
                a.parent().id(a.id());
                a.unwrap();
            }
        });
        Document clean = new Cleaner(MARKDOWN_OUTPUT).clean(dirty);
        clean.outputSettings().prettyPrint(false);
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
