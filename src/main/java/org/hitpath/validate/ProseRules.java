package org.hitpath.validate;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hitpath.schema.DidYouMean;
import org.hitpath.schema.Problem;
import org.hitpath.site.Figure;
import org.hitpath.site.Page;
import org.hitpath.site.Site;

/** Figures in prose come from records: every {{figure:key}} names one, and no amount is typed in bare. */
final class ProseRules {

    private static final Pattern ANY_TOKEN = Pattern.compile("\\{\\{.*?}}|\\{\\{|}}");
    /**
     * A money amount or a percentage typed straight into prose, bypassing the figure records: $299, 299 USD,
     * 299 dollars, 7%, 7 percent.
     */
    private static final Pattern BARE_FIGURE = Pattern.compile(
            "\\$\\s?\\d|\\d\\s?%|\\d\\s?(?:percent|per cent|dollars?|usd)\\b|\\busd\\s?\\d", Pattern.CASE_INSENSITIVE);

    private final Rules rules;
    private final Site site;
    private final List<Problem> problems;

    ProseRules(Rules rules) {
        this.rules = rules;
        this.site = rules.site;
        this.problems = rules.problems;
    }

    void check(Page p, int line, String text) {
        Matcher tokens = Figure.TOKEN.matcher(text);
        while (tokens.find()) {
            String key = tokens.group(1);
            if (!site.figures().containsKey(key) && !rules.foldedFigure(key, Rules.where(p, line))) {
                problems.add(Rules.inBody(
                        p,
                        line,
                        "{{figure:" + key + "}} is not a figure record"
                                + DidYouMean.hint(key, site.figures().keySet()),
                        "a key defined in data/figures/*.yaml"));
            }
        }
        String rest = Figure.TOKEN.matcher(text).replaceAll(" ");
        Matcher stray = ANY_TOKEN.matcher(rest);
        if (stray.find()) {
            problems.add(Rules.inBody(
                    p,
                    line,
                    "\"" + stray.group() + "\" is not a figure token",
                    "{{figure:key}} with a key from data/figures/*.yaml"));
        }
        Matcher bare = BARE_FIGURE.matcher(rest);
        if (bare.find()) {
            problems.add(Rules.inBody(
                    p,
                    line,
                    "has a figure without a source (\"" + context(rest, bare.start()) + "\")",
                    "{{figure:key}} with a record in data/figures/*.yaml that gives its source and date"));
        }
    }

    /** A few whole words around a position, to show an editor where the problem is. */
    private static String context(String text, int at) {
        int from = Math.max(0, at - 20);
        int to = Math.min(text.length(), at + 20);
        while (from > 0 && !Character.isWhitespace(text.charAt(from - 1))) {
            from--;
        }
        while (to < text.length() && !Character.isWhitespace(text.charAt(to))) {
            to++;
        }
        return text.substring(from, to).strip().replace('\n', ' ');
    }
}
