package org.hitpath.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Shrinks the stylesheet as it is published: comments and layout whitespace removed, and the design
 * tokens' long names (--hit-space-3) given short ones (--c), the most used the shortest. Only the sheet
 * uses the tokens, so renaming them all at once changes nothing a reader sees. The source stays
 * readable; readers on slow phones download about half of it.
 */
public final class CssMinifier {

    private CssMinifier() {}

    public static String minify(String css) {
        return minifyAll(Map.of("", css)).get("");
    }

    /**
     * Minifies SHEETS (by name) together: the tokens are defined in one sheet and used in all, so they get
     * one set of short names, counted over every sheet.
     */
    public static Map<String, String> minifyAll(Map<String, String> sheets) {
        Map<String, String> compact = new TreeMap<>();
        sheets.forEach((name, css) -> compact.put(name, shortValues(compact(css))));
        Map<String, String> names = tokenNames(String.join("\n", compact.values()));
        Map<String, String> out = new TreeMap<>();
        compact.forEach((name, css) -> out.put(name, TOKEN.matcher(css).replaceAll(r -> names.get(r.group())) + "\n"));
        return out;
    }

    /** Comments and layout white space removed. */
    private static String compact(String css) {
        String noComments = css.replaceAll("(?s)/\\*.*?\\*/", "");
        StringBuilder out = new StringBuilder(noComments.length());
        boolean inString = false;
        char quote = 0;
        boolean pendingSpace = false;
        for (int i = 0; i < noComments.length(); i++) {
            char c = noComments.charAt(i);
            if (inString) {
                out.append(c);
                if (c == quote && noComments.charAt(i - 1) != '\\') {
                    inString = false;
                }
                continue;
            }
            if (c == '"' || c == '\'') {
                flushSpace(out, pendingSpace, c);
                pendingSpace = false;
                inString = true;
                quote = c;
                out.append(c);
            } else if (Character.isWhitespace(c)) {
                pendingSpace = out.length() > 0;
            } else {
                flushSpace(out, pendingSpace, c);
                pendingSpace = false;
                out.append(c);
            }
        }
        return out.toString().replace(";}", "}");
    }

    // A quoted string, kept as it is; or a number's leading zero (0.25rem), or a colour whose hex digits come in
    // pairs (#ffffff), outside one.
    private static final Pattern SHORTENABLE =
            Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"|'(?:[^'\\\\]|\\\\.)*'|(?<![\\w.#-])0(?=\\.\\d)"
                    + "|#([0-9a-fA-F])\\1([0-9a-fA-F])\\2([0-9a-fA-F])\\3(?![0-9a-fA-F])");

    /** 0.25rem as .25rem and #ffffff as #fff: the same values, shorter; strings stay as they are. */
    static String shortValues(String css) {
        return SHORTENABLE.matcher(css).replaceAll(m -> {
            String s = m.group();
            if (s.startsWith("\"") || s.startsWith("'")) {
                return Matcher.quoteReplacement(s);
            }
            return s.startsWith("#") ? "#" + m.group(1) + m.group(2) + m.group(3) : "";
        });
    }

    private static final Pattern TOKEN = Pattern.compile("--hit-[a-z0-9-]+");

    static String shortTokens(String css) {
        Map<String, String> names = tokenNames(css);
        return TOKEN.matcher(css).replaceAll(r -> names.get(r.group()));
    }

    /** Each token of CSS and its short name, the most used the shortest. */
    private static Map<String, String> tokenNames(String css) {
        Map<String, Integer> uses = new TreeMap<>();
        Matcher m = TOKEN.matcher(css);
        while (m.find()) {
            uses.merge(m.group(), 1, Integer::sum);
        }
        List<String> byUse = new ArrayList<>(uses.keySet());
        byUse.sort(Comparator.comparing((String t) -> -uses.get(t)).thenComparing(t -> t));
        Map<String, String> names = new HashMap<>();
        for (int i = 0; i < byUse.size(); i++) {
            names.put(byUse.get(i), "--" + letters(i));
        }
        return names;
    }

    /** 0 is a, 25 is z, 26 is aa: a spreadsheet's column names. */
    private static String letters(int n) {
        String name = "";
        for (int i = n; i >= 0; i = i / 26 - 1) {
            name = (char) ('a' + i % 26) + name;
        }
        return name;
    }

    /** A space survives only between two characters that would otherwise merge into one token. */
    private static void flushSpace(StringBuilder out, boolean pending, char next) {
        if (!pending) {
            return;
        }
        char last = out.charAt(out.length() - 1);
        if ("{};:,>(".indexOf(last) >= 0 || "{};,>)".indexOf(next) >= 0) {
            return;
        }
        out.append(' ');
    }
}
