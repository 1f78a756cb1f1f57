package org.hitpath.gates;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Every internal href and src on every page resolves to a file of the site, every #fragment to an id on
 * its target page, and every page can be reached by following links from index.html (an orphan page is
 * reported). Stylesheets' url(...) references are resolved too. External links are checked for form
 * only, never fetched ({@link ExternalLinkForm}): https, a well-formed host name, no misspelt scheme.
 */
public final class LinkGate extends PageGate {

    /** Attributes that hold one URL, by element. srcset is handled on its own. */
    private static final Map<String, List<String>> URL_ATTRIBUTES = Map.ofEntries(
            Map.entry("a", List.of("href")),
            Map.entry("area", List.of("href")),
            Map.entry("link", List.of("href")),
            Map.entry("img", List.of("src")),
            Map.entry("script", List.of("src")),
            Map.entry("iframe", List.of("src")),
            Map.entry("source", List.of("src")),
            Map.entry("track", List.of("src")),
            Map.entry("embed", List.of("src")),
            Map.entry("video", List.of("src", "poster")),
            Map.entry("audio", List.of("src")),
            Map.entry("object", List.of("data")),
            Map.entry("form", List.of("action")),
            Map.entry("input", List.of("src", "formaction")),
            Map.entry("button", List.of("formaction")));

    /** Schemes left to the security gate, which rejects them outright. */
    private static final Set<String> SECURITY_SCHEMES = Set.of("javascript", "data", "vbscript");

    /**
     * The page a static host (GitHub Pages and most others) serves for any missing address, at any depth.
     * Relative links cannot work there, so its links are root-relative and must start with the site's base
     * path; and nothing links to it, so it is not an orphan.
     */
    static final String NOT_FOUND_PAGE = "404.html";

    static final String EDITORS_FOLDER = "editors/";

    private static final Pattern CSS_URL =
            Pattern.compile("url\\(\\s*(['\"]?)([^'\")]*)\\1\\s*\\)|@import\\s+(['\"])([^'\"]*)\\3");

    /** Every page, parsed before the first is checked: a link's #fragment is looked up in its target. */
    private Map<String, Document> parsed;

    /** The site pages each page links to, for the orphan check after the last page. */
    private Map<String, Set<String>> pageLinks;

    @Override
    public String name() {
        return "links";
    }

    @Override
    protected void start(Path site, List<String> pages) {
        parsed = new HashMap<>();
        for (String page : pages) {
            parsed.put(page, BakedSite.parse(site, page));
        }
        pageLinks = new HashMap<>();
    }

    /** Checks every URL on one page, and notes the site pages it links to. */
    @Override
    protected List<String> checkPage(Path site, String page) {
        List<String> problems = new ArrayList<>();
        Set<String> linked = new LinkedHashSet<>();
        for (Element e : parsed.get(page).getAllElements()) {
            List<String> attributes = URL_ATTRIBUTES.getOrDefault(e.normalName(), List.of());
            for (String attribute : attributes) {
                if (e.hasAttr(attribute)) {
                    String target = checkUrl(site, page, e.attr(attribute), problems);
                    if (target != null && target.endsWith(".html") && isNavigation(e)) {
                        linked.add(target);
                    }
                }
            }
            if (e.hasAttr("srcset")) {
                for (String candidate : e.attr("srcset").split(",")) {
                    String url = candidate.strip().split("\\s+")[0];
                    if (!url.isEmpty()) {
                        checkUrl(site, page, url, problems);
                    }
                }
            }
        }
        pageLinks.put(page, linked);
        return problems;
    }

    /** The stylesheets' url(...) references, then the pages no chain of links from index.html reaches. */
    @Override
    protected List<String> finish(Path site, List<String> pages) {
        List<String> problems = new ArrayList<>();
        for (String css : BakedSite.files(site, ".css")) {
            checkStylesheet(site, css, problems);
        }
        problems.addAll(orphans(pages, pageLinks));
        return problems;
    }

    /** Links a reader can follow to another page: a link, an image-map area, or a GET form (a search box). */
    private static boolean isNavigation(Element e) {
        return switch (e.normalName()) {
            case "a", "area" -> true;
            case "form" -> !e.attr("method").equalsIgnoreCase("post");
            default -> false;
        };
    }

    /**
     * Checks one URL found on a page. Returns the site file it resolves to, or null for an external or
     * broken one.
     */
    private String checkUrl(Path site, String page, String raw, List<String> problems) {
        String url = raw.strip();
        if (url.isEmpty()) {
            problems.add("empty link (href or src with no URL)");
            return null;
        }
        if (BakedSite.hasSchemeOrHost(url)) {
            String scheme = url.startsWith("//")
                    ? ""
                    : url.substring(0, url.indexOf(':')).toLowerCase(Locale.ROOT);
            if (!SECURITY_SCHEMES.contains(scheme)) {
                String form = ExternalLinkForm.problem(url, scheme);
                if (form != null) {
                    problems.add("external link " + url + ": " + form);
                }
            }
            return null;
        }
        String relative = url;
        if (page.equals(NOT_FOUND_PAGE) && !url.startsWith("/") && !url.startsWith("#")) {
            problems.add("relative link " + url
                    + " breaks when the host serves this page at a deeper missing address;"
                    + " start it with the site's base path");
            return null;
        }
        if (url.startsWith("/")) {
            String base = page.equals(NOT_FOUND_PAGE) ? basePath(parsed.get(page)) : null;
            if (base == null) {
                problems.add("root-relative link " + url
                        + " breaks when the site is served from a sub-path; use a relative link");
                return null;
            }
            if (!url.startsWith(base)) {
                problems.add("link " + url + " does not start with the site's base path " + base
                        + " (from its canonical link)");
                return null;
            }
            // Resolved from the site's root, as the host will when it serves this page at a missing address.
            relative = url.substring(base.length());
        }
        URI resolved;
        try {
            String from = relative.equals(url) ? page : "index.html";
            resolved = new URI(BakedSite.ORIGIN + "/" + from)
                    .resolve(new URI(relative.isEmpty() ? "index.html" : relative));
        } catch (URISyntaxException e) {
            problems.add("malformed link " + url + " (" + e.getReason() + ")");
            return null;
        }
        String target = BakedSite.target(page, resolved);
        if (target == null) {
            problems.add("link " + url + " leaves the site folder");
            return null;
        }
        if (!Files.isRegularFile(site.resolve(target))) {
            problems.add("broken link to " + url + " (no file " + target + " in the site)");
            return null;
        }
        String fragment = resolved.getFragment();
        if (fragment != null) {
            if (fragment.isEmpty()) {
                problems.add("link " + url + " has an empty #fragment (a link to nowhere)");
            } else if (!target.endsWith(".html")) {
                problems.add("link " + url + " has a #fragment but " + target + " is not a page");
            } else if (!hasId(parsed.get(target), fragment)) {
                problems.add("missing anchor: link " + url + " points at #" + fragment + " but " + target
                        + " has no element with id \"" + fragment + "\"");
            }
        }
        return target;
    }

    /** The path the site is published under, from the page's canonical link ("/" for https://host/404.html). */
    private static String basePath(Document page) {
        Element canonical = page.selectFirst("link[rel=canonical][href]");
        if (canonical == null) {
            return "/";
        }
        try {
            String path = new URI(canonical.attr("href").strip()).getPath();
            return path == null || path.isEmpty() ? "/" : path.substring(0, path.lastIndexOf('/') + 1);
        } catch (URISyntaxException e) {
            return "/";
        }
    }

    private static boolean hasId(Document target, String id) {
        // "#top" scrolls to the top of any page (HTML, "scroll to the fragment"), with or without such an id.
        return target != null && (target.getElementById(id) != null || id.equalsIgnoreCase("top"));
    }

    private void checkStylesheet(Path site, String css, List<String> problems) {
        Matcher m = CSS_URL.matcher(BakedSite.read(site, css));
        while (m.find()) {
            String url = (m.group(2) != null ? m.group(2) : m.group(4)).strip();
            if (url.isEmpty() || url.startsWith("#") || BakedSite.hasSchemeOrHost(url)) {
                continue; // data:, off-site and fragment-only references are the security gate's business
            }
            if (url.startsWith("/")) {
                problems.add(css + ": root-relative url(" + url + ") breaks when the site is served from a sub-path");
                continue;
            }
            try {
                URI resolved = new URI(BakedSite.ORIGIN + "/" + css).resolve(new URI(url));
                String target = BakedSite.target(css, resolved);
                if (target == null || !Files.isRegularFile(site.resolve(target))) {
                    problems.add(css + ": broken url(" + url + ")");
                }
            } catch (URISyntaxException e) {
                problems.add(css + ": malformed url(" + url + ")");
            }
        }
    }

    /** Pages no chain of links from index.html reaches. */
    private static List<String> orphans(List<String> pages, Map<String, Set<String>> pageLinks) {
        if (!pages.contains("index.html")) {
            return List.of("index.html: missing: the site has no home page to start from");
        }
        Set<String> reached = new LinkedHashSet<>();
        Deque<String> queue = new ArrayDeque<>(List.of("index.html"));
        while (!queue.isEmpty()) {
            String page = queue.removeFirst();
            if (reached.add(page)) {
                queue.addAll(pageLinks.getOrDefault(page, Set.of()));
            }
        }
        List<String> orphans = new ArrayList<>();
        for (String page : pages) {
            // editors/ pages are for editors, linked from CONTRIBUTING.md in the repository, never from the site.
            if (!reached.contains(page) && !page.equals(NOT_FOUND_PAGE) && !page.startsWith(EDITORS_FOLDER)) {
                orphans.add(page + ": orphan page: no chain of links from index.html reaches it");
            }
        }
        return orphans;
    }
}
