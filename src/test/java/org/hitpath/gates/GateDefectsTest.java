package org.hitpath.gates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each static gate fails on a site with one defect of its kind, and names the page and the defect. Each
 * site is the fixture's clean home page plus one defective page, so the gate's whole report is known
 * exactly. The clean fixture passes every gate: a gate that fails it proves nothing by failing here.
 */
class GateDefectsTest {

    @TempDir
    Path work;

    private static HtmlValidityGate html;

    @BeforeAll
    static void setUpTheCheckerOnce() {
        html = new HtmlValidityGate();
    }

    @Test
    void theCleanFixturePassesEveryStaticGate() {
        Path site = DefectSite.in(work.resolve("clean"))
                .page(
                        "sub/clean.html",
                        "<p>A clean page in a folder, with <a href=\"../index.html#main\">a link home</a>.</p>")
                .png("img/photo.png", 40, 20)
                .page(
                        "with-image.html",
                        "<p><img src=\"img/photo.png\" alt=\"A photo\" width=\"80\" height=\"40\"></p>"
                                + "<p><a href=\"https://www.example.org/path?q=1#top\" target=\"_blank\" rel=\"noopener\">An external link</a>"
                                + " and <a href=\"mailto:someone@example.org\">an address</a>.</p>")
                .build();
        for (Gate gate : List.of(html, new LinkGate(), new SecurityGate(), new ImageGate())) {
            GateResult result = gate.check(site);
            assertEquals(List.of(), result.problems(), gate.name());
            assertEquals(3, result.pagesChecked(), gate.name());
        }
    }

    // ------------------------------------------------------------ HTML validity

    @Test
    void htmlValidityGateNamesThePageAndTheInvalidNesting() {
        Path site = DefectSite.in(work)
                .page("invalid-nesting.html", "<ul><div>A block where only list items may be</div></ul>")
                .build();
        assertEquals(
                List.of(
                        "invalid-nesting.html: line 17, column 9: HTML error: Element “div” not allowed as child of element “ul” in this context. (Suppressing further errors from this subtree.)"),
                html.check(site).problems());
    }

    @Test
    void htmlValidityGateNamesAnInteractiveElementInsideALink() {
        Path site = DefectSite.in(work)
                .page("nested-links.html", "<p><a href=\"index.html\">outer <a href=\"index.html\">inner</a></a></p>")
                .build();
        List<String> problems = html.check(site).problems();
        assertTrue(
                problems.stream().anyMatch(p -> p.startsWith("nested-links.html: ") && p.contains("“a”")),
                problems::toString);
    }

    @Test
    void htmlValidityGateNamesDuplicateIds() {
        // axe 4.11 no longer reports duplicate ids; the Nu checker is the gate that does.
        Path site = DefectSite.in(work)
                .page("duplicate-id.html", "<h2 id=\"twice\">One</h2><h2 id=\"twice\">Two</h2>")
                .build();
        List<String> problems = html.check(site).problems();
        assertEquals(1, problems.size(), problems::toString);
        assertTrue(
                problems.get(0).startsWith("duplicate-id.html: line 17, ")
                        && problems.get(0).contains("Duplicate ID “twice”"),
                problems::toString);
    }

    // ------------------------------------------------------------ links

    @Test
    void linkGateNamesThePageAndTheBrokenLink() {
        Path site = DefectSite.in(work)
                .page("broken-link.html", "<p><a href=\"missing.html\">Gone</a></p>")
                .build();
        assertEquals(
                List.of("broken-link.html: broken link to missing.html (no file missing.html in the site)"),
                new LinkGate().check(site).problems());
    }

    @Test
    void linkGateNamesABrokenLinkFromAPageInAFolder() {
        Path site = DefectSite.in(work)
                .page(
                        "courses/x.html",
                        "<p><a href=\"y.html\">Y</a> and <a href=\"../css/fixture.css\">the stylesheet</a></p>")
                .build();
        assertEquals(
                List.of("courses/x.html: broken link to y.html (no file courses/y.html in the site)"),
                new LinkGate().check(site).problems());
    }

    @Test
    void linkGateNamesThePageAndTheMissingAnchor() {
        Path site = DefectSite.in(work)
                .page(
                        "missing-anchor.html",
                        "<p><a href=\"index.html#nowhere\">Somewhere</a> <a href=\"#main\">fine</a></p>")
                .build();
        assertEquals(
                List.of(
                        "missing-anchor.html: missing anchor: link index.html#nowhere points at #nowhere but index.html has no element with id \"nowhere\""),
                new LinkGate().check(site).problems());
    }

    @Test
    void linkGateNamesTheOrphanPage() {
        Path site = DefectSite.in(work)
                .orphan("orphan.html", "<p>Nobody links here.</p>")
                .build();
        assertEquals(
                List.of("orphan.html: orphan page: no chain of links from index.html reaches it"),
                new LinkGate().check(site).problems());
    }

    @Test
    void linkGateRejectsRootRelativeAndSiteLeavingLinks() {
        Path site = DefectSite.in(work)
                .page("paths.html", "<p><a href=\"/index.html\">Root</a> <a href=\"../outside.html\">Out</a></p>")
                .build();
        assertEquals(
                List.of(
                        "paths.html: root-relative link /index.html breaks when the site is served from a sub-path; use a relative link",
                        "paths.html: link ../outside.html leaves the site folder"),
                new LinkGate().check(site).problems());
    }

    @Test
    void theNotFoundPageLinksFromTheSitesBasePathAndIsNoOrphan() {
        String notFound = DefectSite.page("404.html", "Page not found", """
                <p><a href="/sub/index.html">Home</a>, <a href="/sub/">home again</a>,
                <a href="/sub/gone.html">a page that is not there</a>, <a href="/elsewhere/index.html">another site</a>
                and <a href="index.html">a relative link</a>.</p>""")
                .replace("</title>", "</title>\n<link rel=\"canonical\" href=\"https://www.example.org/sub/404.html\">")
                .replace("href=\"css/", "href=\"/sub/css/")
                .replace("href=\"favicon.png\"", "href=\"/sub/favicon.png\"")
                .replace("<a href=\"index.html\">Fixture home", "<a href=\"/sub/index.html\">Fixture home");
        Path site = DefectSite.in(work).raw("404.html", notFound, false).build();
        assertEquals(
                List.of(
                        "404.html: broken link to /sub/gone.html (no file gone.html in the site)",
                        "404.html: link /elsewhere/index.html does not start with the site's base path /sub/ (from its canonical link)",
                        "404.html: relative link index.html breaks when the host serves this page at a deeper missing address; start it with the site's base path"),
                new LinkGate().check(site).problems());
    }

    @Test
    void aPageReachedOnlyThroughASearchFormIsNoOrphan() {
        Path site = DefectSite.in(work)
                .page(
                        "with-form.html",
                        "<form action=\"search.html\" method=\"get\"><p><label for=\"q\">Search</label>"
                                + " <input id=\"q\" name=\"q\" type=\"search\"> <button type=\"submit\">Search</button></p></form>")
                .orphan("search.html", "<p>Results.</p>")
                .build();
        assertEquals(List.of(), new LinkGate().check(site).problems());
    }

    @Test
    void linkGateChecksExternalLinksForFormOnly() {
        Path site = DefectSite.in(work).page("external.html", """
                <ul>
                <li><a href="htps://www.example.org/">typo in the scheme</a></li>
                <li><a href="http://www.example.org/">plain http</a></li>
                <li><a href="https:/www.example.org/">one slash</a></li>
                <li><a href="https://www..example.org/">empty label</a></li>
                <li><a href="https://example.con/">typo in the domain</a></li>
                <li><a href="https://localhost:8820/">local</a></li>
                <li><a href="https://nonexistent-but-well-formed.example.net/page">never fetched, so fine</a></li>
                </ul>""").build();
        assertEquals(
                List.of(
                        "external.html: external link htps://www.example.org/: unknown scheme \"htps:\" (a typo for https?)",
                        "external.html: external link http://www.example.org/: uses http; link to the https address",
                        "external.html: external link https:/www.example.org/: malformed: expected https://host/...",
                        "external.html: external link https://www..example.org/: malformed host name \"www..example.org\"",
                        "external.html: external link https://example.con/: top-level domain \".con\" looks like a typo",
                        "external.html: external link https://localhost:8820/: points at a local or numeric address, not a public host name"),
                new LinkGate().check(site).problems());
    }

    // ------------------------------------------------------------ images

    @Test
    void imageGateNamesThePageAndTheImageWithoutAlt() {
        Path site = DefectSite.in(work)
                .png("pixel.png", 1, 1)
                .page("image-without-alt.html", "<p><img src=\"pixel.png\" width=\"1\" height=\"1\"></p>")
                .build();
        assertEquals(
                List.of(
                        "image-without-alt.html: image without alt: <img src=\"pixel.png\"> (alt=\"\" if it is decorative)"),
                new ImageGate().check(site).problems());
    }

    @Test
    void imageGateNamesImagesWithoutWidthAndHeightOrWithADistortedRatio() {
        Path site = DefectSite.in(work)
                .png("wide.png", 200, 100)
                .page(
                        "image-sizes.html",
                        "<p><img src=\"wide.png\" alt=\"\"> <img src=\"wide.png\" alt=\"\" width=\"100\" height=\"100\"></p>")
                .build();
        assertEquals(
                List.of(
                        "image-sizes.html: image without width: <img src=\"wide.png\">",
                        "image-sizes.html: image without height: <img src=\"wide.png\">",
                        "image-sizes.html: image width and height (100x100) distort wide.png, which is 200x100: <img src=\"wide.png\">"),
                new ImageGate().check(site).problems());
    }

    // ------------------------------------------------------------ security

    @Test
    void securityGateNamesThePageAndTheInlineScript() {
        Path site = DefectSite.in(work)
                .page("inline-script.html", "<script>document.title = 'changed';</script>")
                .build();
        assertEquals(
                List.of(
                        "inline-script.html: inline script: <script> without src (document.title = 'changed';); move it to a .js file"),
                new SecurityGate().check(site).problems());
    }

    @Test
    void securityGateAllowsJsonLdDataBlocksOnlyWhenTheyAreWellFormedJsonWithoutMarkup() {
        Path site = DefectSite.in(work)
                .page(
                        "data-ok.html",
                        "<script type=\"application/ld+json\">{\"@type\":\"Thing\",\"name\":\"a \\u003c b\"}</script>")
                .page("data-markup.html", "<script type=\"application/ld+json\">{\"name\":\"<b>x</b>\"}</script>")
                .page("data-broken.html", "<script type=\"application/ld+json\">{\"name\": </script>")
                .build();
        assertEquals(
                List.of(
                        "data-broken.html: inline script: <script type=\"application/ld+json\"> without src ({\"name\":); move it to a .js file",
                        "data-markup.html: inline script: <script type=\"application/ld+json\"> without src ({\"name\":\"<b>x</b>\"}); move it to a .js file"),
                new SecurityGate().check(site).problems().stream().sorted().toList());
    }

    @Test
    void securityGateNamesInlineStylesHandlersAndScriptUrls() {
        Path site =
                DefectSite.in(work).png("p.png", 1, 1).page("inline.html", """
                <p style="color: red">Styled</p>
                <p><button type="button" onclick="go()">Go</button></p>
                <p><a href=" JavaScript:alert(1)">Script link</a></p>
                <p><img src="data:image/png;base64,iVBORw0KGgo=" alt="" width="1" height="1"></p>""").build();
        assertEquals(
                List.of(
                        "inline.html: inline style: style attribute on <p> (\"color: red\")",
                        "inline.html: inline event handler: onclick attribute on <button>",
                        "inline.html: javascript: URL in href of <a>",
                        "inline.html: data: URL in src of <img>"),
                new SecurityGate().check(site).problems());
    }

    @Test
    void securityGateNamesRequestsToOtherOriginsAndNewWindowsWithoutNoopener() {
        Path site = DefectSite.in(work).page("off-site.html", """
                <p><img src="https://cdn.example.org/logo.png" alt="Logo" width="10" height="10"></p>
                <p><a href="https://www.example.org/" target="_blank">Opens a window</a></p>""").build();
        assertEquals(
                List.of(
                        "off-site.html: request to another origin: <img src=\"https://cdn.example.org/logo.png\">; serve it from the site",
                        "off-site.html: external link https://www.example.org/ opens a new window (target=_blank) without rel=\"noopener\""),
                new SecurityGate().check(site).problems());
    }

    @Test
    void securityGateNamesAPageWithoutAContentSecurityPolicy() {
        String bare = DefectSite.page("no-csp.html", "No CSP", "<p>No policy at all.</p>")
                .replaceFirst("<meta http-equiv=\"Content-Security-Policy\"[^>]*>\n", "");
        Path site = DefectSite.in(work).raw("no-csp.html", bare, true).build();
        assertEquals(
                List.of(
                        "no-csp.html: Content-Security-Policy meta is missing: <meta http-equiv=\"Content-Security-Policy\"> must be the first element of <head>"),
                new SecurityGate().check(site).problems());
    }

    @Test
    void securityGateRequiresAStrictCspAsTheFirstElementOfHeadAndAReferrerPolicy() {
        String late = DefectSite.page("late-csp.html", "Late CSP", "<p>Policy after the charset.</p>")
                .replaceFirst(
                        "(<meta http-equiv=\"Content-Security-Policy\"[^>]*>)\n(<meta charset=\"utf-8\">)", "$2\n$1");
        String weak = DefectSite.page("weak-csp.html", "Weak CSP", "<p>Policy that allows inline code.</p>")
                .replace("script-src 'self'", "script-src 'self' 'unsafe-inline' https://cdn.example.org")
                .replace("<meta name=\"referrer\" content=\"no-referrer\">\n", "");
        Path site = DefectSite.in(work)
                .raw("late-csp.html", late, true)
                .raw("weak-csp.html", weak, true)
                .build();
        assertEquals(
                List.of(
                        "late-csp.html: Content-Security-Policy meta is not the first element of <head> (anything before it is not covered by the policy)",
                        "weak-csp.html: Content-Security-Policy script-src allows 'unsafe-inline'; only 'self' or 'none' are allowed",
                        "weak-csp.html: Content-Security-Policy script-src allows https://cdn.example.org; only 'self' or 'none' are allowed",
                        "weak-csp.html: referrer policy meta is missing (<meta name=\"referrer\" content=\"strict-origin-when-cross-origin\">)"),
                new SecurityGate().check(site).problems());
    }
}
