package org.hitpath.validate;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlockBase;
import com.vladsch.flexmark.ast.HtmlInlineBase;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hitpath.schema.Problem;
import org.hitpath.site.Page;
import org.hitpath.site.Site;

/**
 * The Markdown body of every page: no raw HTML, one level-1 heading at most (the title's), the sections
 * its type requires in order, defined image references, and every link and figure token checked.
 */
final class BodyRules {

    private static final Pattern BARE_ADDRESS = Pattern.compile("(?:https?://|www\\.)[^\\s)\\]]+");

    private final Site site;
    private final LinkRules links;
    private final ProseRules prose;
    private final List<Problem> problems;

    BodyRules(Rules rules, LinkRules links, ProseRules prose) {
        this.site = rules.site;
        this.links = links;
        this.prose = prose;
        this.problems = rules.problems;
    }

    void check(Page p) {
        List<String> headings = new ArrayList<>();
        walk(site.markdown().parseAndKeepHtml(p.body()), node -> {
            // Only nodes that are checked need their line; working it out is not free on long bodies.
            if (node instanceof Text text) {
                text(p, text);
            } else if (checked(node)) {
                node(p, node, p.bodyLine() + node.getStartLineNumber(), headings);
            }
        });
        List<String> sections = p.type().sections();
        if (!sections.isEmpty() && !headings.equals(sections)) {
            problems.add(Problem.of(
                    p.path(),
                    p.bodyLine(),
                    "body",
                    "sections are [" + String.join(", ", headings) + "]",
                    "exactly these ## sections in this order: " + String.join(", ", sections)));
        }
    }

    private static boolean checked(Node node) {
        return node instanceof HtmlBlockBase
                || node instanceof HtmlInlineBase
                || node instanceof Link
                || node instanceof Image
                || node instanceof Reference
                || node instanceof AutoLink
                || node instanceof ImageRef
                || node instanceof Heading;
    }

    private void text(Page p, Text text) {
        String chars = text.getChars().toString();
        if ((chars.contains("://") || chars.contains("www.")) && !insideCode(text) && !insideLink(text)) {
            bareAddress(p, text, chars);
        }
        boolean mayHoldAFigure = chars.indexOf('{') >= 0
                || chars.indexOf('}') >= 0
                || chars.chars().anyMatch(Character::isDigit);
        if (mayHoldAFigure && !insideCode(text)) {
            prose.check(p, p.bodyLine() + text.getStartLineNumber(), chars);
        }
    }

    private void node(Page p, Node node, int line, List<String> headings) {
        if (node instanceof HtmlBlockBase || node instanceof HtmlInlineBase) {
            problems.add(Rules.inBody(
                    p,
                    line,
                    "contains raw HTML: " + LinkRules.abbreviate(node.getChars().toString()),
                    "Markdown only: write **bold**, [text](link.html), ## headings instead of HTML tags"));
        } else if (node instanceof Link link) {
            links.check(p, line, link.getUrl().toString());
        } else if (node instanceof Image image) {
            links.check(p, line, image.getUrl().toString());
        } else if (node instanceof Reference ref) {
            links.check(p, line, ref.getUrl().toString());
        } else if (node instanceof AutoLink auto) {
            links.check(p, line, auto.getUrl().toString());
        } else if (node instanceof ImageRef ref && !ref.isDefined()) {
            problems.add(Rules.inBody(
                    p, line, "image reference [" + ref.getReference() + "] is not defined", "a [name]: url line"));
        } else if (node instanceof Heading h) {
            heading(p, h, line, headings, problems);
        }
    }

    private static void heading(Page p, Heading h, int line, List<String> headings, List<Problem> problems) {
        if (h.getLevel() == 1) {
            problems.add(Rules.inBody(
                    p, line, "has a level-1 heading; the page title is the only one", "## and deeper headings"));
        }
        if (h.getLevel() == 2) {
            headings.add(h.getText().toString().strip());
        }
    }

    /**
     * A web address written out in prose is not a link (the Markdown dialect has no bare-link extension:
     * scanning every text for addresses cost a third of the Markdown parse), and it would tell a reader
     * nothing of where it goes, so it is refused with the way to write it.
     */
    private void bareAddress(Page p, Text text, String chars) {
        Matcher m = BARE_ADDRESS.matcher(chars);
        if (m.find()) {
            problems.add(
                    Rules.inBody(
                            p,
                            p.bodyLine() + text.getStartLineNumber(),
                            "has a bare web address \"" + LinkRules.abbreviate(m.group()) + "\", which is not a link",
                            "a link with words that say where it goes: [CAHIIM's program directory](https://www.cahiim.org/programs/program-directory)"));
        }
    }

    private static boolean insideLink(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n instanceof Link || n instanceof LinkRef || n instanceof Image || n instanceof ImageRef) {
                return true;
            }
        }
        return false;
    }

    private static boolean insideCode(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n instanceof Code || n instanceof FencedCodeBlock || n instanceof IndentedCodeBlock) {
                return true;
            }
        }
        return false;
    }

    /**
     * Visits every node under ROOT in document order. A loop rather than a recursion: it runs over every
     * body of the site, and the JIT compiles a recursive walk with its visitor inlined into itself again
     * and again (half a second of compiler time each, measured on 1,000 program pages).
     */
    private static void walk(Node root, Consumer<Node> visit) {
        Node node = root.getFirstChild();
        while (node != null) {
            visit.accept(node);
            if (node.getFirstChild() != null) {
                node = node.getFirstChild();
                continue;
            }
            while (node != null && node != root && node.getNext() == null) {
                node = node.getParent();
            }
            node = node == null || node == root ? null : node.getNext();
        }
    }
}
