package org.hitpath.validate;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.hitpath.schema.Problem;
import org.hitpath.schema.UrlRules;
import org.hitpath.site.Page;
import org.hitpath.site.Site;

/**
 * A link in a body goes somewhere that will exist: https or mailto outside the site; inside it, a page,
 * a generated page or an asset, linked relative to the page (so the site works under a sub-path), with
 * any #fragment an id on the target page.
 */
final class LinkRules {

    static final Set<String> ALLOWED_SCHEMES = Set.of("https", "mailto");

    private final Rules rules;
    private final Site site;
    private final PageIds ids;
    private final List<Problem> problems;

    LinkRules(Rules rules) {
        this.rules = rules;
        this.site = rules.site;
        this.ids = new PageIds(rules.site);
        this.problems = rules.problems;
    }

    void check(Page p, int line, String rawUrl) {
        String url = rawUrl.strip();
        String scheme = UrlRules.effectiveScheme(url);
        if (!scheme.isEmpty()) {
            external(p, line, url, scheme);
            return;
        }
        if (url.startsWith("//") || url.startsWith("/")) {
            problems.add(Rules.inBody(
                    p,
                    line,
                    "link \"" + url + "\" starts with /, which breaks when the site lives under a sub-path",
                    "a link relative to this page, such as ../courses/anatomy.html"));
            return;
        }
        String target;
        try {
            target = target(p, url);
        } catch (URISyntaxException | IllegalArgumentException e) {
            problems.add(Rules.inBody(
                    p,
                    line,
                    "link \"" + abbreviate(url) + "\" is not a valid URL",
                    "a relative link such as ../courses/anatomy.html"));
            return;
        }
        if (target.endsWith(".md")) {
            problems.add(Rules.inBody(
                    p,
                    line,
                    "link \"" + url + "\" points at a Markdown file",
                    "the page's .html path, such as " + url.replaceAll("\\.md(#|$)", ".html$1")));
            return;
        }
        internal(p, line, url, target);
    }

    private void external(Page p, int line, String url, String scheme) {
        if (!ALLOWED_SCHEMES.contains(scheme)) {
            problems.add(Rules.inBody(
                    p,
                    line,
                    "link \"" + abbreviate(url) + "\" uses the scheme " + scheme + ":",
                    "relative links, https: and mailto:"));
        } else if (scheme.equals("https") && !UrlRules.isAbsoluteHttps(url)) {
            problems.add(Rules.inBody(
                    p, line, "link \"" + abbreviate(url) + "\" is not a well-formed https URL", "https://host/path"));
        } else if (scheme.equals("https")) {
            UrlRules.testHost(url)
                    .ifPresent(host -> problems.add(Problem.of(
                            p.path(),
                            line,
                            "body",
                            "link \"" + abbreviate(url) + "\" goes to a test or development host (" + host + ")",
                            "the publisher's own address")));
        }
    }

    /** The output path a relative link resolves to from page P, without its fragment. */
    private static String target(Page p, String url) throws URISyntaxException {
        URI base = new URI("site:/" + p.outputPath());
        URI resolved =
                base.resolve(new URI(null, null, url.contains("#") ? url.substring(0, url.indexOf('#')) : url, null));
        String target =
                url.startsWith("#") ? p.outputPath() : resolved.getPath().substring(1);
        return target.isEmpty() || target.endsWith("/") ? target + "index.html" : target;
    }

    private void internal(Page p, int line, String url, String target) {
        String fragment = url.contains("#") ? url.substring(url.indexOf('#') + 1) : null;
        boolean page = ids.pages().contains(target);
        boolean asset = Files.isRegularFile(site.root().resolve("assets").resolve(target))
                || Files.isRegularFile(site.root().resolve("content").resolve(target));
        if (!page && !rules.plan.has(target) && !asset) {
            String source = "content/" + target.replaceFirst("\\.html$", ".md");
            if (!rules.foldedPage(source, Rules.where(p, line))) {
                problems.add(Rules.inBody(
                        p,
                        line,
                        "link \"" + url + "\" points at " + target + ", which does not exist" + elsewhere(p, target),
                        "a page of this site, linked relative to this page"));
            }
            return;
        }
        if (page && !rules.willExist(target) && (p.published() || rules.withDrafts)) {
            problems.add(Rules.inBody(
                    p,
                    line,
                    "link \"" + url + "\" points at " + target + ", which is a draft, so the link would break",
                    "a published page of this site; or keep this page a draft too"));
            return;
        }
        if (fragment != null && !fragment.isEmpty() && page && !ids.of(target).contains(fragment)) {
            problems.add(Rules.inBody(
                    p,
                    line,
                    "link \"" + url + "\" points at #" + fragment + ", which is not on " + target,
                    String.join(", ", new TreeSet<>(ids.of(target)))));
        }
    }

    /** "; did you mean ../credentials/rhit.html?" when a page of that name exists in another folder. */
    private String elsewhere(Page from, String target) {
        String name = target.substring(target.lastIndexOf('/') + 1);
        if (name.equals("index.html")) {
            return ""; // every folder has one: another folder's index is not what the editor meant
        }
        List<String> candidates = new ArrayList<>();
        ids.pages().stream()
                .filter(t -> t.endsWith("/" + name) || t.equals(name))
                .forEach(candidates::add);
        rules.plan.paths().stream()
                .filter(t -> t.endsWith("/" + name) || t.equals(name))
                .forEach(candidates::add);
        if (candidates.size() != 1) {
            return "";
        }
        return "; did you mean " + relative(from.outputPath(), candidates.get(0)) + "?";
    }

    /** The link from the page at FROM to the page at TO, relative, as editors write it. */
    static String relative(String from, String to) {
        int depth = (int) from.chars().filter(c -> c == '/').count();
        return "../".repeat(depth) + to;
    }

    static String abbreviate(String s) {
        String one = s.strip().replace('\n', ' ');
        return one.length() > 50 ? one.substring(0, 50) + "..." : one;
    }
}
