package org.hitpath.site;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.PegdownExtensions;
import com.vladsch.flexmark.profile.pegdown.PegdownOptionsAdapter;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.hitpath.schema.DidYouMean;
import org.hitpath.schema.Problem;

/**
 * The Markdown dialect of the site: flexmark configured from the same pegdown extension names JBake
 * reads from {@code markdown.extensions}, so the validator sees the same syntax tree JBake renders.
 */
public final class Markdown {

    private final int extensions;
    private final Parser parser;
    private final HtmlRenderer renderer;
    // Each body's HTML, rendered once from the tree the validator walked, for JBake and the anchor checks.
    private final Map<String, String> html = new ConcurrentHashMap<>();

    private Markdown(int extensions) {
        this.extensions = extensions;
        DataHolder options = PegdownOptionsAdapter.flexmarkOptions(extensions);
        // The parser keeps where each line starts, so the validator's line numbers come from a lookup, not
        // a count of the lines before each node (which made a long body's check quadratic). It changes
        // nothing in the tree or the HTML.
        this.parser = Parser.builder(new MutableDataSet(options).set(Parser.TRACK_DOCUMENT_LINES, true))
                .build();
        this.renderer = HtmlRenderer.builder(options).build();
    }

    /** Builds the dialect; unknown extension names are reported, never ignored as JBake would. */
    public static Markdown fromExtensionNames(List<String> names, String path, int line, List<Problem> problems) {
        int flags = PegdownExtensions.NONE;
        for (String raw : names) {
            String name = raw.strip();
            if (name.isEmpty()) {
                continue;
            }
            boolean remove = name.startsWith("-");
            String bare = name.replaceFirst("^[+-]", "");
            Integer flag = flag(bare);
            if (flag == null) {
                String hint = DidYouMean.hint(bare, knownExtensions());
                problems.add(Problem.of(
                        path,
                        line,
                        "markdown.extensions",
                        "\"" + bare + "\" is not a Markdown extension" + hint,
                        String.join(", ", knownExtensions())));
                continue;
            }
            flags = remove ? flags & ~flag : flags | flag;
        }
        return new Markdown(flags);
    }

    public Document parse(String markdown) {
        return parser.parse(markdown);
    }

    public String render(Document document) {
        return renderer.render(document);
    }

    /** Parses a body to check it, and keeps its HTML so that nothing has to parse it again. */
    public Document parseAndKeepHtml(String markdown) {
        Document document = parser.parse(markdown);
        html.putIfAbsent(markdown, renderer.render(document));
        return document;
    }

    /** What this dialect is: two dialects that are equal parse every text to the same tree and HTML. */
    public Object dialect() {
        return extensions;
    }

    /** Keeps HTML as MARKDOWN's, rendered by this dialect in an earlier bake, as if it had just been rendered. */
    public void keepHtml(String markdown, String rendered) {
        html.putIfAbsent(markdown, rendered);
    }

    /** A body's HTML: kept from its check, or rendered now and kept. */
    public String html(String markdown) {
        return html.computeIfAbsent(markdown, m -> renderer.render(parser.parse(m)));
    }

    /** A body's HTML if it was rendered before, or null. */
    public String renderedHtml(String markdown) {
        return html.get(markdown);
    }

    /**
     * Forgets every body's HTML: once JBake's store holds it, this copy is only memory (about 80 MB at
     * 10,000 pages, each body's HTML kept as UTF-16 for its typographic quotes).
     */
    public void forgetHtml() {
        html.clear();
    }

    public static Set<String> knownExtensions() {
        Set<String> names = new TreeSet<>();
        for (Field f : PegdownExtensions.class.getDeclaredFields()) {
            if (Modifier.isStatic(f.getModifiers())
                    && f.getType() == int.class
                    && !f.getName().equals("NONE")) {
                names.add(f.getName());
            }
        }
        return names;
    }

    private static Integer flag(String name) {
        if (!knownExtensions().contains(name)) {
            return null;
        }
        try {
            return PegdownExtensions.class.getDeclaredField(name).getInt(null);
        } catch (ReflectiveOperationException e) {
            return null;
        }
    }
}
