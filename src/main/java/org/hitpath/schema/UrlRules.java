package org.hitpath.schema;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import org.jsoup.parser.Parser;

/** Which link targets a page may carry. */
public final class UrlRules {

    private UrlRules() {}

    public static boolean isAbsoluteHttps(String url) {
        try {
            URI uri = new URI(url);
            return "https".equals(uri.getScheme())
                    && uri.getHost() != null
                    && uri.getHost().contains(".");
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /**
     * The scheme of a link as a browser would see it: HTML entities decoded, control characters and
     * spaces removed, lower case. Returns "" for a relative link.
     */
    public static String effectiveScheme(String rawUrl) {
        String decoded = Parser.unescapeEntities(rawUrl, true);
        StringBuilder cleaned = new StringBuilder();
        for (char c : decoded.toCharArray()) {
            if (c > ' ') {
                cleaned.append(c);
            }
        }
        String s = cleaned.toString();
        int colon = s.indexOf(':');
        if (colon < 0) {
            return "";
        }
        int boundary = firstOf(s, "/?#");
        if (boundary >= 0 && boundary < colon) {
            return "";
        }
        return s.substring(0, colon).toLowerCase(Locale.ROOT);
    }

    private static int firstOf(String s, String chars) {
        int min = -1;
        for (char c : chars.toCharArray()) {
            int i = s.indexOf(c);
            if (i >= 0 && (min < 0 || i < min)) {
                min = i;
            }
        }
        return min;
    }
}
