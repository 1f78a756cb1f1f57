package org.hitpath.gates;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What a static host lets a page do for its own security, checked on every page: a strict
 * Content-Security-Policy as the first element of head (only 'self' or 'none', never 'unsafe-inline'),
 * a referrer policy, nothing the policy would have to allow inline (script without src, style
 * attribute or element, on* handler), no javascript: or data: URL, nothing loaded from another
 * origin, and rel=noopener on every external link that opens a new window. Stylesheets are checked for
 * off-site url() and @import too.
 */
public final class SecurityGate extends PageGate {

    /** Attributes whose value is a URL the browser may follow or fetch. */
    private static final Set<String> URL_ATTRIBUTES = Set.of(
            "href",
            "src",
            "srcset",
            "action",
            "formaction",
            "poster",
            "data",
            "cite",
            "background",
            "longdesc",
            "manifest",
            "ping",
            "xlink:href",
            "codebase",
            "icon");

    /** Elements whose src, href or data makes the browser fetch something as the page loads. */
    private static final Set<String> FETCHING = Set.of(
            "link", "script", "img", "iframe", "frame", "source", "track", "video", "audio", "embed", "object", "input",
            "image", "use");

    /** link rel values that are only information and never make the browser fetch anything. */
    private static final Set<String> NON_FETCHING_RELS = Set.of(
            "canonical",
            "alternate",
            "author",
            "help",
            "license",
            "next",
            "prev",
            "previous",
            "bookmark",
            "me",
            "search",
            "tag",
            "external",
            "nofollow",
            "noopener",
            "noreferrer");

    /** Referrer policies that never send a full URL to another origin, nor anything over http. */
    private static final Set<String> REFERRER_POLICIES =
            Set.of("no-referrer", "same-origin", "strict-origin", "strict-origin-when-cross-origin");

    /** CSP directives that take no source list. */
    private static final Set<String> NO_SOURCE_DIRECTIVES =
            Set.of("upgrade-insecure-requests", "block-all-mixed-content");

    /** CSP directives a browser ignores in a meta element: they would give a false sense of safety. */
    private static final Set<String> HEADER_ONLY_DIRECTIVES =
            Set.of("frame-ancestors", "report-uri", "report-to", "sandbox");

    private static final Pattern CSS_URL =
            Pattern.compile("url\\(\\s*(['\"]?)([^'\")]*)\\1\\s*\\)|@import\\s+(['\"])([^'\"]*)\\3");

    @Override
    public String name() {
        return "security";
    }

    @Override
    protected List<String> checkPage(Path site, String page) {
        List<String> problems = new ArrayList<>();
        checkDocument(BakedSite.parse(site, page), problems);
        return problems;
    }

    @Override
    protected List<String> finish(Path site, List<String> pages) {
        List<String> problems = new ArrayList<>();
        for (String css : BakedSite.files(site, ".css")) {
            checkStylesheet(css, BakedSite.read(site, css), problems);
        }
        return problems;
    }

    static boolean isStructuredData(String type, String data) {
        if (!type.equals("application/ld+json") || data.contains("<")) {
            return false;
        }
        try {
            new com.fasterxml.jackson.databind.ObjectMapper().readTree(data);
            return true;
        } catch (java.io.IOException e) {
            return false;
        }
    }

    private void checkDocument(Document doc, List<String> problems) {
        checkCsp(doc, problems);
        checkReferrerPolicy(doc, problems);
        for (Element e : doc.getAllElements()) {
            String tag = e.normalName();
            if (tag.equals("script") && !e.hasAttr("src")) {
                String type = e.attr("type").strip();
                if (isStructuredData(type, e.data())) {
                    // A JSON-LD block is data for search engines: browsers never run it and CSP does not
                    // apply to it. Allowed only as valid JSON with no raw "<", so it cannot end its element.
                    continue;
                }
                String what = type.isEmpty() ? "<script>" : "<script type=\"" + type + "\">";
                problems.add(
                        "inline script: " + what + " without src (" + snippet(e.data()) + "); move it to a .js file");
            }
            if (tag.equals("style")) {
                problems.add("inline style: <style> element; move the rules to the stylesheet");
            }
            for (Attribute a : e.attributes()) {
                String name = a.getKey().toLowerCase(Locale.ROOT);
                if (name.equals("style")) {
                    problems.add("inline style: style attribute on <" + tag + "> (\"" + snippet(a.getValue()) + "\")");
                } else if (name.startsWith("on")) {
                    problems.add("inline event handler: " + name + " attribute on <" + tag + ">");
                } else if (URL_ATTRIBUTES.contains(name)) {
                    checkUrlAttribute(e, name, a.getValue(), problems);
                }
            }
            if (tag.equals("a") || tag.equals("area") || tag.equals("form")) {
                checkNewWindow(e, problems);
            }
        }
    }

    private void checkCsp(Document doc, List<String> problems) {
        Element first = doc.head().children().first();
        boolean firstIsCsp = first != null
                && first.normalName().equals("meta")
                && first.attr("http-equiv").equalsIgnoreCase("Content-Security-Policy");
        if (!firstIsCsp) {
            boolean anywhere = !doc.select("meta[http-equiv~=(?i)^content-security-policy$]")
                    .isEmpty();
            problems.add(
                    "Content-Security-Policy meta "
                            + (anywhere
                                    ? "is not the first element of <head> (anything before it is not covered by the policy)"
                                    : "is missing: <meta http-equiv=\"Content-Security-Policy\"> must be the first element of <head>"));
            if (!anywhere) {
                return;
            }
        }
        Element meta = doc.selectFirst("meta[http-equiv~=(?i)^content-security-policy$]");
        String policy = meta.attr("content");
        boolean hasDefault = false;
        for (String directive : policy.split(";")) {
            List<String> parts = Arrays.stream(directive.strip().split("\\s+"))
                    .filter(s -> !s.isEmpty())
                    .toList();
            if (parts.isEmpty()) {
                continue;
            }
            String name = parts.get(0).toLowerCase(Locale.ROOT);
            List<String> sources = parts.subList(1, parts.size());
            hasDefault |= name.equals("default-src");
            if (HEADER_ONLY_DIRECTIVES.contains(name)) {
                problems.add("Content-Security-Policy directive " + name + " is ignored in a meta element");
                continue;
            }
            if (NO_SOURCE_DIRECTIVES.contains(name)) {
                continue;
            }
            if (sources.isEmpty()) {
                problems.add("Content-Security-Policy directive " + name + " has no sources (write 'none')");
            }
            for (String source : sources) {
                String s = source.toLowerCase(Locale.ROOT);
                if (!s.equals("'self'") && !s.equals("'none'")) {
                    problems.add("Content-Security-Policy " + name + " allows " + source
                            + "; only 'self' or 'none' are allowed");
                }
            }
            if (sources.size() > 1 && sources.stream().anyMatch(s -> s.equalsIgnoreCase("'none'"))) {
                problems.add("Content-Security-Policy " + name + " combines 'none' with other sources");
            }
        }
        if (!hasDefault) {
            problems.add("Content-Security-Policy has no default-src, so anything it does not name is allowed");
        }
    }

    private void checkReferrerPolicy(Document doc, List<String> problems) {
        Element meta = doc.selectFirst("head meta[name~=(?i)^referrer$]");
        if (meta == null) {
            problems.add(
                    "referrer policy meta is missing (<meta name=\"referrer\" content=\"strict-origin-when-cross-origin\">)");
        } else if (!REFERRER_POLICIES.contains(meta.attr("content").strip().toLowerCase(Locale.ROOT))) {
            problems.add("referrer policy \"" + meta.attr("content") + "\" may leak full addresses; use one of "
                    + REFERRER_POLICIES);
        }
    }

    private void checkUrlAttribute(Element e, String attribute, String value, List<String> problems) {
        List<String> urls = attribute.equals("srcset")
                ? Arrays.stream(value.split(","))
                        .map(c -> c.strip().split("\\s+")[0])
                        .toList()
                : List.of(value);
        for (String url : urls) {
            // Browsers ignore ASCII white space and control characters inside a scheme ("java\nscript:").
            String squeezed = url.replaceAll("[\\x00-\\x20]", "").toLowerCase(Locale.ROOT);
            if (squeezed.startsWith("javascript:") || squeezed.startsWith("vbscript:")) {
                problems.add("javascript: URL in " + attribute + " of <" + e.normalName() + ">");
            } else if (squeezed.startsWith("data:")) {
                problems.add("data: URL in " + attribute + " of <" + e.normalName() + ">");
            } else if (isRequest(e, attribute) && isOffSite(url)) {
                problems.add("request to another origin: <" + e.normalName() + " " + attribute + "=\"" + url
                        + "\">; serve it from the site");
            }
        }
    }

    /** Whether the browser fetches this attribute's URL on its own, as the page loads. */
    private static boolean isRequest(Element e, String attribute) {
        String tag = e.normalName();
        if (!FETCHING.contains(tag) || attribute.equals("cite") || attribute.equals("longdesc")) {
            return false;
        }
        if (tag.equals("link")) {
            List<String> rels = Arrays.stream(
                            e.attr("rel").toLowerCase(Locale.ROOT).split("\\s+"))
                    .filter(s -> !s.isEmpty())
                    .toList();
            return rels.isEmpty() || !NON_FETCHING_RELS.containsAll(rels);
        }
        return true;
    }

    private static boolean isOffSite(String url) {
        return BakedSite.hasSchemeOrHost(url.strip());
    }

    private void checkNewWindow(Element e, List<String> problems) {
        if (!e.attr("target").strip().equalsIgnoreCase("_blank")) {
            return;
        }
        String url = e.hasAttr("href") ? e.attr("href") : e.attr("action");
        if (!BakedSite.hasSchemeOrHost(url.strip())) {
            return;
        }
        List<String> rels = Arrays.asList(e.attr("rel").toLowerCase(Locale.ROOT).split("\\s+"));
        if (!rels.contains("noopener")) { // noreferrer implies it in today's browsers, but say it outright
            problems.add("external link " + url + " opens a new window (target=_blank) without rel=\"noopener\"");
        }
    }

    private void checkStylesheet(String css, String text, List<String> problems) {
        Matcher m = CSS_URL.matcher(text);
        while (m.find()) {
            String url = (m.group(2) != null ? m.group(2) : m.group(4)).strip();
            String squeezed = url.toLowerCase(Locale.ROOT);
            if (squeezed.startsWith("data:")) {
                problems.add(css + ": data: URL in the stylesheet");
            } else if (squeezed.startsWith("javascript:")) {
                problems.add(css + ": javascript: URL in the stylesheet");
            } else if (isOffSite(url)) {
                problems.add(css + ": request to another origin: " + url + "; serve it from the site");
            }
        }
    }

    private static String snippet(String text) {
        String flat = text.strip().replaceAll("\\s+", " ");
        return flat.length() > 60 ? flat.substring(0, 57) + "..." : flat;
    }
}
