package org.hitpath.render;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.parser.Parser;

/**
 * One pass over a page as rendered: how many words a reader reads in its main content, the sections
 * (h2 with an id) that follow its contents list's place, the classes and scripts it uses (for its
 * component stylesheets), and the text a reader meets anywhere on the page, for the acronym check. The
 * pages are ours and well formed, so a scan of tags and text is enough; it costs a small part of a full
 * HTML parse, and it runs on every page of a site of thousands.
 *
 * <p>Words are runs of text without white space, as a reader would count them: the tags of inline
 * elements (links, emphasis, superscripts) join what they touch, every other tag separates.
 */
public final class PageScan {

    /** Where a template wants the page's contents list; the scan of the finished page fills it in or drops it. */
    public static final String CONTENTS_PLACE = "<!--hit:contents-->";

    /** Pages whose main content is longer than this many words get a contents list (GOV.UK and NHS.UK draw the line about here). */
    public static final int LONG_PAGE_WORDS = 700;

    /** A section a contents list links to. */
    public record Section(String id, String title) {}

    /** Elements whose text is not prose: the acronym check skips scripts, styles and code. */
    private static final Set<String> NOT_PROSE = Set.of("script", "style", "code", "pre");

    private static final Set<String> INLINE = Set.of(
            "a", "abbr", "b", "cite", "code", "del", "dfn", "em", "i", "img", "ins", "kbd", "label", "mark", "q", "s",
            "samp", "small", "span", "strong", "sub", "sup", "time", "u", "var");

    private final String html;
    private final StringBuilder readerText = new StringBuilder();
    private final List<Section> sections = new ArrayList<>();
    private final Set<String> classes = new HashSet<>();
    private final List<String> scripts = new ArrayList<>();
    private int mainWords;
    private boolean inMain;
    private boolean afterContentsPlace;
    private boolean betweenWords = true;
    private String sectionId;
    private StringBuilder sectionTitle;

    private PageScan(String html) {
        this.html = html;
    }

    public static PageScan of(String html) {
        PageScan scan = new PageScan(html);
        scan.run();
        return scan;
    }

    /** The words of the page's main element. */
    public int mainWords() {
        return mainWords;
    }

    /** Each h2 with an id in the main element after the contents list's place, in order. */
    public List<Section> sections() {
        return sections;
    }

    /** Every class the page's markup uses. */
    public Set<String> classes() {
        return classes;
    }

    /** The address of every script the page loads. */
    public List<String> scripts() {
        return scripts;
    }

    /** The page's text with every tag, script, style and code block as a space (entities as written). */
    public String readerText() {
        return readerText.toString();
    }

    private void run() {
        int i = 0;
        int n = html.length();
        while (i < n) {
            char c = html.charAt(i);
            if (c != '<') {
                text(c);
                i++;
            } else if (html.startsWith("<!--", i)) {
                afterContentsPlace |= inMain && html.startsWith(CONTENTS_PLACE, i);
                readerText.append(' ');
                int end = html.indexOf("-->", i + 4);
                i = end < 0 ? n : end + 3;
            } else {
                i = tag(i);
            }
        }
    }

    private void text(char c) {
        readerText.append(c);
        if (sectionTitle != null) {
            sectionTitle.append(c);
        }
        if (inMain) {
            if (Character.isWhitespace(c)) {
                betweenWords = true;
            } else if (betweenWords) {
                mainWords++;
                betweenWords = false;
            }
        }
    }

    /** Reads the tag at START; returns where the scan goes on. */
    private int tag(int start) {
        int end = html.indexOf('>', start);
        if (end < 0) {
            end = html.length() - 1;
        }
        boolean closing = start + 1 < html.length() && html.charAt(start + 1) == '/';
        String name = name(start + (closing ? 2 : 1), end);
        readerText.append(' ');
        if (!INLINE.contains(name)) {
            betweenWords = true;
        }
        if (!closing) {
            attributes(name, start, end);
        }
        if (!closing && NOT_PROSE.contains(name)) {
            return skipped(name, end + 1);
        }
        if (name.equals("main")) {
            inMain = !closing;
        } else if (name.equals("h2")) {
            heading(closing, start, end);
        }
        return end + 1;
    }

    /** Notes the classes of the tag from START to END, and the address of a script. */
    private void attributes(String name, int start, int end) {
        int at = within(" class=\"", start, end);
        if (at >= 0) {
            int from = at + " class=\"".length();
            int to = html.indexOf('"', from);
            for (String c : html.substring(from, to).split(" ")) {
                if (!c.isEmpty()) {
                    classes.add(c);
                }
            }
        }
        if (name.equals("script")) {
            String src = attribute(html.substring(start, end), "src");
            if (src != null) {
                scripts.add(src);
            }
        }
    }

    /** Where TEXT starts between FROM and TO, or -1: a tag's own attributes, never the page after it. */
    private int within(String text, int from, int to) {
        for (int i = from; i + text.length() <= to; i++) {
            if (html.startsWith(text, i)) {
                return i;
            }
        }
        return -1;
    }

    /** Skips a script, style or code element: its words count for the reader, not for the acronym check. */
    private int skipped(String name, int from) {
        int close = closingTag(name, from);
        if (close < 0) {
            return html.length();
        }
        if (inMain) {
            int i = from;
            while (i < close) {
                char c = html.charAt(i);
                if (c == '<') {
                    betweenWords = true;
                    i = Math.max(i, html.indexOf('>', i));
                } else if (Character.isWhitespace(c)) {
                    betweenWords = true;
                } else if (betweenWords) {
                    mainWords++;
                    betweenWords = false;
                }
                i++;
            }
        }
        int end = html.indexOf('>', close);
        return end < 0 ? html.length() : end + 1;
    }

    /** Where the closing tag of NAME starts, at or after FROM (in any case), or -1. */
    private int closingTag(String name, int from) {
        for (int at = html.indexOf("</", from); at >= 0; at = html.indexOf("</", at + 2)) {
            if (html.regionMatches(true, at + 2, name, 0, name.length())) {
                return at;
            }
        }
        return -1;
    }

    private void heading(boolean closing, int start, int end) {
        if (!closing) {
            sectionId = attribute(html.substring(start, end), "id");
            sectionTitle = new StringBuilder();
            return;
        }
        if (inMain && afterContentsPlace && sectionId != null && sectionTitle != null) {
            String title = Parser.unescapeEntities(sectionTitle.toString(), false)
                    .replaceAll("\\s+", " ")
                    .strip();
            sections.add(new Section(sectionId, title));
        }
        sectionId = null;
        sectionTitle = null;
    }

    private String name(int from, int end) {
        int i = from;
        while (i < end && Character.isLetterOrDigit(html.charAt(i))) {
            i++;
        }
        return html.substring(from, i).toLowerCase(Locale.ROOT);
    }

    /** The value of attribute NAME in TAG, written as name="value", or null. */
    static String attribute(String tag, String name) {
        String key = " " + name + "=\"";
        int at = tag.indexOf(key);
        if (at < 0) {
            return null;
        }
        int from = at + key.length();
        int to = tag.indexOf('"', from);
        return to < 0 ? null : Parser.unescapeEntities(tag.substring(from, to), true);
    }
}
