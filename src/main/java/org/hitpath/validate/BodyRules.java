package org.hitpath.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hitpath.schema.Problem;
import org.hitpath.site.KeptByText;
import org.hitpath.site.Markdown;
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
    private final KeptByText<ParsedBody> kept;

    /** A body as parsed once: what the rules read of it, and its HTML, which JBake's crawler takes. */
    record ParsedBody(BodyFacts facts, String html) {

        long characters() {
            return facts.characters() + html.length();
        }
    }

    /** Rules for a bake that keeps nothing: every body is parsed. */
    BodyRules(Rules rules, LinkRules links, ProseRules prose) {
        this(rules, links, prose, null);
    }

    /** KEPT holds the bodies parsed by the preview's earlier bakes, or is null for a bake that keeps nothing. */
    BodyRules(Rules rules, LinkRules links, ProseRules prose, KeptByText<ParsedBody> kept) {
        this.site = rules.site;
        this.links = links;
        this.prose = prose;
        this.problems = rules.problems;
        this.kept = kept;
    }

    void check(Page p) {
        List<String> headings = new ArrayList<>();
        for (BodyFacts.Fact fact : facts(p.body()).facts()) {
            int line = p.bodyLine() + fact.line();
            if (fact instanceof BodyFacts.Prose text) {
                if (text.address()) {
                    bareAddress(p, line, text.chars());
                }
                if (text.figure()) {
                    prose.check(p, line, text.chars());
                }
            } else {
                fact(p, fact, line, headings);
            }
        }
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

    /**
     * What the rules read of BODY: parsed now, its HTML kept for JBake, or, in the preview, as an earlier
     * bake parsed the same text, its HTML handed on as if rendered now.
     */
    private BodyFacts facts(String body) {
        Markdown markdown = site.markdown();
        if (kept == null) {
            return BodyFacts.of(markdown.parseAndKeepHtml(body));
        }
        ParsedBody parsed = kept.get(
                body,
                text -> new ParsedBody(BodyFacts.of(markdown.parseAndKeepHtml(text)), markdown.renderedHtml(text)));
        markdown.keepHtml(body, parsed.html());
        return parsed.facts();
    }

    private void fact(Page p, BodyFacts.Fact fact, int line, List<String> headings) {
        if (fact instanceof BodyFacts.RawHtml raw) {
            problems.add(Rules.inBody(
                    p,
                    line,
                    "contains raw HTML: " + LinkRules.abbreviate(raw.chars()),
                    "Markdown only: write **bold**, [text](link.html), ## headings instead of HTML tags"));
        } else if (fact instanceof BodyFacts.Address address) {
            links.check(p, line, address.url());
        } else if (fact instanceof BodyFacts.UndefinedImage image) {
            problems.add(Rules.inBody(
                    p, line, "image reference [" + image.reference() + "] is not defined", "a [name]: url line"));
        } else if (fact instanceof BodyFacts.Title title) {
            heading(p, title, line, headings, problems);
        }
    }

    private static void heading(Page p, BodyFacts.Title h, int line, List<String> headings, List<Problem> problems) {
        if (h.level() == 1) {
            problems.add(Rules.inBody(
                    p, line, "has a level-1 heading; the page title is the only one", "## and deeper headings"));
        }
        if (h.level() == 2) {
            headings.add(h.text());
        }
    }

    /**
     * A web address written out in prose is not a link (the Markdown dialect has no bare-link extension:
     * scanning every text for addresses cost a third of the Markdown parse), and it would tell a reader
     * nothing of where it goes, so it is refused with the way to write it.
     */
    private void bareAddress(Page p, int line, String chars) {
        Matcher m = BARE_ADDRESS.matcher(chars);
        if (m.find()) {
            problems.add(
                    Rules.inBody(
                            p,
                            line,
                            "has a bare web address \"" + LinkRules.abbreviate(m.group()) + "\", which is not a link",
                            "a link with words that say where it goes: [CAHIIM's program directory](https://www.cahiim.org/programs/program-directory)"));
        }
    }
}
