package org.hitpath.content;

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
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;

/** Checks that span pages: unique titles and outputs, references, and every link and figure in every body. */
final class SiteRules {

    private static final Pattern FIGURE_TOKEN = Figure.TOKEN;
    private static final Pattern ANY_TOKEN = Pattern.compile("\\{\\{.*?}}|\\{\\{|}}");
    /** A money amount or a percentage typed straight into prose, bypassing the figure records. */
    private static final Pattern BARE_FIGURE = Pattern.compile("\\$\\s?\\d|\\d\\s?%|\\d\\s?percent\\b");

    static final Set<String> ALLOWED_SCHEMES = Set.of("https", "mailto");

    private SiteRules() {}

    static void check(Site site, List<Problem> problems) {
        List<Page> pages = site.pages();
        duplicateTitles(pages, problems);
        Map<String, List<String>> outputs = new TreeMap<>();
        for (Page p : pages) {
            outputs.computeIfAbsent(p.outputPath(), k -> new ArrayList<>()).add(p.path());
        }
        for (GeneratedPage g : GeneratedPages.plan(site, true)) {
            outputs.computeIfAbsent(g.outputPath(), k -> new ArrayList<>()).add("a generated " + g.kind() + " page");
        }
        for (String asset : assetOutputs(site.root())) {
            outputs.computeIfAbsent(asset, k -> new ArrayList<>()).add("assets/" + asset);
        }
        outputs.forEach((out, sources) -> {
            if (sources.size() > 1) {
                problems.add(Problem.of(
                        sources.get(0),
                        0,
                        "file",
                        "writes " + out + ", which " + String.join(" and ", sources.subList(1, sources.size()))
                                + " also writes",
                        "one source per output page"));
            }
        });
        for (Page p : pages) {
            references(site, p, problems);
        }
        PageIds ids = new PageIds(site);
        Set<String> generated = new HashSet<>();
        GeneratedPages.plan(site, true).forEach(g -> generated.add(g.outputPath()));
        for (Page p : pages) {
            body(site, p, site.markdown().parse(p.body()), ids, generated, problems);
            if (p.text("shows") != null && !site.career().parts().containsKey(p.text("shows"))) {
                problems.add(Problem.of(
                        p.path(),
                        p.line("shows"),
                        "shows",
                        "\"" + p.text("shows") + "\" needs its data file, which is missing or broken",
                        "day-to-day (data/career/tasks.yaml, job-titles.yaml, workplaces.yaml), career-map (data/career/map.yaml), "
                                + "self-check (data/career/self-check.yaml), glossary (data/glossary.yaml)"));
            }
        }
        java.util.Set<String> targets = new java.util.HashSet<>(ids.pages());
        targets.addAll(generated);
        site.career().mapPageByNode().forEach((node, page) -> {
            if (!targets.contains(page)) {
                problems.add(Problem.of(
                        "data/career/map.yaml",
                        site.career().mapPages().get(node),
                        "nodes." + node + ".page",
                        "\"" + page + "\" is not a page of the site",
                        "the output path of a page, such as credentials/rhit.html"));
            }
        });
        for (CareerData.Term t : site.career().glossary().values()) {
            if (t.page() != null && !targets.contains(t.page())) {
                problems.add(Problem.of(
                        "data/glossary.yaml",
                        t.line(),
                        t.term() + ".page",
                        "\"" + t.page() + "\" is not a page of the site",
                        "the output path of a page, such as credentials/rhit.html"));
            }
        }
    }

    /** JBake copies assets/ to the site root as they are. */
    private static List<String> assetOutputs(java.nio.file.Path root) {
        java.nio.file.Path assets = root.resolve("assets");
        if (!java.nio.file.Files.isDirectory(assets)) {
            return List.of();
        }
        try (var walk = java.nio.file.Files.walk(assets)) {
            return walk.filter(java.nio.file.Files::isRegularFile)
                    .map(p -> assets.relativize(p).toString().replace('\\', '/'))
                    .sorted()
                    .toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * The ids each page will have, worked out only for pages that some link points into with a #fragment:
     * rendering every body just in case would double the Markdown work of a large site.
     */
    static final class PageIds {
        private final Map<String, Page> byOutput = new HashMap<>();
        private final Map<String, Set<String>> cache = new HashMap<>();
        private final Site site;

        PageIds(Site site) {
            this.site = site;
            site.pages().forEach(p -> byOutput.put(p.outputPath(), p));
        }

        Set<String> pages() {
            return byOutput.keySet();
        }

        Set<String> of(String outputPath) {
            return cache.computeIfAbsent(outputPath, k -> {
                Set<String> found = new HashSet<>(Set.of("main-content"));
                Jsoup.parseBodyFragment(site.markdown()
                                .render(site.markdown().parse(byOutput.get(k).body())))
                        .select("[id]")
                        .forEach(e -> found.add(e.id()));
                return found;
            });
        }
    }

    private static void duplicateTitles(List<Page> pages, List<Problem> problems) {
        Map<String, Page> seen = new HashMap<>();
        for (Page p : pages) {
            String key = p.title().strip().toLowerCase(java.util.Locale.ROOT);
            Page first = seen.putIfAbsent(key, p);
            if (first != null) {
                problems.add(Problem.of(
                        p.path(),
                        p.line("title"),
                        "title",
                        "\"" + p.title() + "\" is already the title of " + first.path(),
                        "a title no other page uses"));
            }
        }
    }

    private static void references(Site site, Page p, List<Problem> problems) {
        for (Field f : p.type().allFields()) {
            if (!p.values().containsKey(f.name())) {
                continue;
            }
            switch (f.kind()) {
                case REFERENCE, REFERENCE_LIST -> {
                    List<String> slugs = f.kind() == FieldKind.REFERENCE ? List.of(p.text(f.name())) : p.list(f.name());
                    for (String slug : slugs) {
                        var target = site.bySlug(f.target(), slug);
                        if (target.isEmpty()) {
                            problems.add(Problem.of(
                                    p.path(),
                                    p.line(f.name()),
                                    f.name(),
                                    "\"" + slug + "\" is not " + Field.article(f.target()) + " " + f.target() + " page",
                                    String.join(
                                            ", ",
                                            site.pages().stream()
                                                    .filter(t -> t.type().name().equals(f.target()))
                                                    .map(Page::slug)
                                                    .sorted()
                                                    .toList())));
                        } else if (p.published() && !target.get().published()) {
                            problems.add(Problem.of(
                                    p.path(),
                                    p.line(f.name()),
                                    f.name(),
                                    "\"" + slug + "\" is a draft, so the link would break",
                                    "published " + f.target() + " pages"));
                        }
                    }
                }
                case FIGURE, FIGURE_LIST -> {
                    List<String> keys = f.kind() == FieldKind.FIGURE ? List.of(p.text(f.name())) : p.list(f.name());
                    for (String key : keys) {
                        if (!site.figures().containsKey(key)) {
                            problems.add(Problem.of(
                                    p.path(),
                                    p.line(f.name()),
                                    f.name(),
                                    "\"" + key + "\" is not a figure record",
                                    "a key defined in data/figures/*.yaml"));
                        }
                    }
                }
                default -> {}
            }
        }
    }

    private static void body(
            Site site, Page p, Document doc, PageIds ids, Set<String> generated, List<Problem> problems) {
        List<String> headings = new ArrayList<>();
        walk(doc, node -> {
            // Only nodes that are checked need their line; working it out is not free on long bodies.
            if (!(node instanceof HtmlBlockBase
                    || node instanceof HtmlInlineBase
                    || node instanceof Link
                    || node instanceof Image
                    || node instanceof Reference
                    || node instanceof AutoLink
                    || node instanceof ImageRef
                    || node instanceof Heading
                    || node instanceof Text)) {
                return;
            }
            if (node instanceof Text text) {
                String chars = text.getChars().toString();
                boolean mayHoldAFigure = chars.indexOf('{') >= 0
                        || chars.indexOf('}') >= 0
                        || chars.chars().anyMatch(Character::isDigit);
                if (mayHoldAFigure && !insideCode(node)) {
                    prose(site, p, p.bodyLine() + node.getStartLineNumber(), chars, problems);
                }
                return;
            }
            int line = p.bodyLine() + node.getStartLineNumber();
            if (node instanceof HtmlBlockBase || node instanceof HtmlInlineBase) {
                problems.add(Problem.of(
                        p.path(),
                        line,
                        "body",
                        "contains raw HTML: " + abbreviate(node.getChars().toString()),
                        "Markdown only: write **bold**, [text](link.html), ## headings instead of HTML tags"));
            } else if (node instanceof Link link) {
                link(site, p, line, link.getUrl().toString(), ids, generated, problems);
            } else if (node instanceof Image image) {
                link(site, p, line, image.getUrl().toString(), ids, generated, problems);
            } else if (node instanceof Reference ref) {
                link(site, p, line, ref.getUrl().toString(), ids, generated, problems);
            } else if (node instanceof AutoLink auto) {
                link(site, p, line, auto.getUrl().toString(), ids, generated, problems);
            } else if (node instanceof MailLink) {
                return;
            } else if (node instanceof ImageRef ref && !ref.isDefined()) {
                problems.add(Problem.of(
                        p.path(),
                        line,
                        "body",
                        "image reference [" + ref.getReference() + "] is not defined",
                        "a [name]: url line"));
            } else if (node instanceof Heading h) {
                if (h.getLevel() == 1) {
                    problems.add(Problem.of(
                            p.path(),
                            line,
                            "body",
                            "has a level-1 heading; the page title is the only one",
                            "## and deeper headings"));
                }
                if (h.getLevel() == 2) {
                    headings.add(h.getText().toString().strip());
                }
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

    private static void prose(Site site, Page p, int line, String text, List<Problem> problems) {
        Matcher tokens = FIGURE_TOKEN.matcher(text);
        while (tokens.find()) {
            if (!site.figures().containsKey(tokens.group(1))) {
                problems.add(Problem.of(
                        p.path(),
                        line,
                        "body",
                        "{{figure:" + tokens.group(1) + "}} is not a figure record",
                        "a key defined in data/figures/*.yaml"));
            }
        }
        String rest = FIGURE_TOKEN.matcher(text).replaceAll(" ");
        Matcher stray = ANY_TOKEN.matcher(rest);
        if (stray.find()) {
            problems.add(Problem.of(
                    p.path(),
                    line,
                    "body",
                    "\"" + stray.group() + "\" is not a figure token",
                    "{{figure:key}} with a key from data/figures/*.yaml"));
        }
        Matcher bare = BARE_FIGURE.matcher(rest);
        if (bare.find()) {
            problems.add(Problem.of(
                    p.path(),
                    line,
                    "body",
                    "has a figure without a source (\"" + context(rest, bare.start()) + "\")",
                    "{{figure:key}} with a record in data/figures/*.yaml that gives its source and date"));
        }
    }

    private static void link(
            Site site, Page p, int line, String rawUrl, PageIds ids, Set<String> generated, List<Problem> problems) {
        String url = rawUrl.strip();
        String scheme = UrlRules.effectiveScheme(url);
        if (!scheme.isEmpty()) {
            if (!ALLOWED_SCHEMES.contains(scheme)) {
                problems.add(Problem.of(
                        p.path(),
                        line,
                        "body",
                        "link \"" + abbreviate(url) + "\" uses the scheme " + scheme + ":",
                        "relative links, https: and mailto:"));
            } else if (scheme.equals("https") && !UrlRules.isAbsoluteHttps(url)) {
                problems.add(Problem.of(
                        p.path(),
                        line,
                        "body",
                        "link \"" + abbreviate(url) + "\" is not a well-formed https URL",
                        "https://host/path"));
            }
            return;
        }
        if (url.startsWith("//") || url.startsWith("/")) {
            problems.add(Problem.of(
                    p.path(),
                    line,
                    "body",
                    "link \"" + url + "\" starts with /, which breaks when the site lives under a sub-path",
                    "a link relative to this page, such as ../courses/anatomy.html"));
            return;
        }
        String target;
        String fragment;
        try {
            URI base = new URI("site:/" + p.outputPath());
            URI resolved = base.resolve(
                    new URI(null, null, url.contains("#") ? url.substring(0, url.indexOf('#')) : url, null));
            target = url.startsWith("#") ? p.outputPath() : resolved.getPath().substring(1);
            fragment = url.contains("#") ? url.substring(url.indexOf('#') + 1) : null;
        } catch (URISyntaxException | IllegalArgumentException e) {
            problems.add(Problem.of(
                    p.path(),
                    line,
                    "body",
                    "link \"" + abbreviate(url) + "\" is not a valid URL",
                    "a relative link such as ../courses/anatomy.html"));
            return;
        }
        if (target.isEmpty() || target.endsWith("/")) {
            target = target + "index.html";
        }
        if (target.endsWith(".md")) {
            problems.add(Problem.of(
                    p.path(),
                    line,
                    "body",
                    "link \"" + url + "\" points at a Markdown file",
                    "the page's .html path, such as " + url.replaceAll("\\.md(#|$)", ".html$1")));
            return;
        }
        boolean page = ids.pages().contains(target);
        boolean asset =
                java.nio.file.Files.isRegularFile(site.root().resolve("assets").resolve(target))
                        || java.nio.file.Files.isRegularFile(
                                site.root().resolve("content").resolve(target));
        if (!page && !generated.contains(target) && !asset) {
            problems.add(Problem.of(
                    p.path(),
                    line,
                    "body",
                    "link \"" + url + "\" points at " + target + ", which does not exist",
                    "a page of this site, linked relative to this page"));
            return;
        }
        if (fragment != null && !fragment.isEmpty() && page && !ids.of(target).contains(fragment)) {
            problems.add(Problem.of(
                    p.path(),
                    line,
                    "body",
                    "link \"" + url + "\" points at #" + fragment + ", which is not on " + target,
                    String.join(", ", new java.util.TreeSet<>(ids.of(target)))));
        }
    }

    private static boolean insideCode(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n instanceof Code || n instanceof FencedCodeBlock || n instanceof IndentedCodeBlock) {
                return true;
            }
        }
        return false;
    }

    private static void walk(Node node, java.util.function.Consumer<Node> visit) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            visit.accept(child);
            walk(child, visit);
        }
    }

    private static String abbreviate(String s) {
        String one = s.strip().replace('\n', ' ');
        return one.length() > 50 ? one.substring(0, 50) + "..." : one;
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
