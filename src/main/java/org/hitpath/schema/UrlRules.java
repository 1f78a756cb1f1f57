package org.hitpath.schema;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.parser.Parser;

/** Which link targets a page may carry. */
public final class UrlRules {

    /** What a source address must be instead of a test host, for messages. */
    public static final String PUBLISHER_ADDRESS =
            "the publisher's own address; if you read a copy on another host, record it in copy_url";

    /** A host label that names a test, staging or development server: cms-qa, conference-test, dev, staging2. */
    private static final Pattern TEST_LABEL = Pattern.compile(
            "(?:^|.*-)(?:qa|test|testing|staging|stage|dev|development|uat|preview|sandbox)\\d*(?:-.*|$)|.+dev");

    /** Hosting services that give every preview build an address of its own. */
    private static final List<String> PREVIEW_DOMAINS = List.of("pages.dev", "vercel.app", "netlify.app");

    private UrlRules() {}

    /**
     * The host of URL when it is a test, QA, staging or development server, or a preview build's address:
     * such copies move or vanish, and readers should be sent to the publisher's own page.
     */
    /**
     * Where a copy was read, as readers are told it: the host of a public copy, or "another site" for a
     * publisher's test server, whose name means nothing to readers and would only look unfinished.
     */
    public static String copyPlace(String url) {
        if (testHost(url).isPresent()) {
            return "another site";
        }
        return URI.create(url).getHost().replaceFirst("^www\\.", "");
    }

    public static Optional<String> testHost(String url) {
        String host;
        try {
            host = new URI(url).getHost();
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
        if (host == null) {
            return Optional.empty();
        }
        String lower = host.toLowerCase(Locale.ROOT);
        if (PREVIEW_DOMAINS.stream().anyMatch(d -> lower.endsWith("." + d))) {
            return Optional.of(lower);
        }
        String[] labels = lower.split("\\.");
        for (int i = 0; i < labels.length - 1; i++) {
            if (TEST_LABEL.matcher(labels[i]).matches()) {
                return Optional.of(lower);
            }
        }
        return Optional.empty();
    }

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
