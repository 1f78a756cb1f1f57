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

/**
 * What the body rules read of a parsed body, in document order, with each line counted from the body's
 * first line. It depends on the body's Markdown and the dialect alone, never on the rest of the site, so
 * the preview keeps it (with the body's HTML) from one bake to the next and parses only edited bodies;
 * the rules, which do depend on the rest of the site, run on it afresh in every bake.
 */
record BodyFacts(List<Fact> facts) {

    /** One thing a rule looks at. */
    sealed interface Fact {
        int line();
    }

    /** Prose outside code that names a web address outside a link (ADDRESS) or may hold a figure (FIGURE). */
    record Prose(int line, String chars, boolean address, boolean figure) implements Fact {}

    /** Raw HTML, as written. */
    record RawHtml(int line, String chars) implements Fact {}

    /** The address of a link, an image, a reference definition or an autolink. */
    record Address(int line, String url) implements Fact {}

    /** An image reference whose [name] is not defined. */
    record UndefinedImage(int line, String reference) implements Fact {}

    /** A heading, its level and its text. */
    record Title(int line, int level, String text) implements Fact {}

    /** The facts of DOCUMENT, a body as the site's Markdown dialect parsed it. */
    static BodyFacts of(Node document) {
        List<Fact> facts = new ArrayList<>();
        walk(document, node -> {
            // Only nodes that are checked need their line; working it out is not free on long bodies.
            if (node instanceof Text text) {
                prose(text, facts);
            } else {
                Fact fact = fact(node);
                if (fact != null) {
                    facts.add(fact);
                }
            }
        });
        return new BodyFacts(List.copyOf(facts));
    }

    /** How many characters the facts hold, for the preview's budget of what it keeps. */
    long characters() {
        long sum = 0;
        for (Fact fact : facts) {
            sum += 16;
            if (fact instanceof Prose prose) {
                sum += prose.chars().length();
            } else if (fact instanceof RawHtml raw) {
                sum += raw.chars().length();
            } else if (fact instanceof Address address) {
                sum += address.url().length();
            } else if (fact instanceof Title title) {
                sum += title.text().length();
            }
        }
        return sum;
    }

    private static void prose(Text text, List<Fact> facts) {
        String chars = text.getChars().toString();
        boolean address = (chars.contains("://") || chars.contains("www.")) && !insideCode(text) && !insideLink(text);
        boolean mayHoldAFigure = chars.indexOf('{') >= 0
                || chars.indexOf('}') >= 0
                || chars.chars().anyMatch(Character::isDigit);
        boolean figure = mayHoldAFigure && !insideCode(text);
        if (address || figure) {
            facts.add(new Prose(text.getStartLineNumber(), chars, address, figure));
        }
    }

    private static Fact fact(Node node) {
        if (node instanceof HtmlBlockBase || node instanceof HtmlInlineBase) {
            return new RawHtml(node.getStartLineNumber(), node.getChars().toString());
        } else if (node instanceof Link link) {
            return new Address(node.getStartLineNumber(), link.getUrl().toString());
        } else if (node instanceof Image image) {
            return new Address(node.getStartLineNumber(), image.getUrl().toString());
        } else if (node instanceof Reference ref) {
            return new Address(node.getStartLineNumber(), ref.getUrl().toString());
        } else if (node instanceof AutoLink auto) {
            return new Address(node.getStartLineNumber(), auto.getUrl().toString());
        } else if (node instanceof ImageRef ref && !ref.isDefined()) {
            return new UndefinedImage(
                    node.getStartLineNumber(), ref.getReference().toString());
        } else if (node instanceof Heading h) {
            return new Title(
                    node.getStartLineNumber(),
                    h.getLevel(),
                    h.getText().toString().strip());
        }
        return null;
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
