package org.hitpath.validate;

import static org.hitpath.load.SiteFixture.header;
import static org.hitpath.load.SiteFixture.printed;
import static org.hitpath.load.SiteFixture.siteIn;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hitpath.site.Page;
import org.hitpath.site.Site;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A link in a body leads somewhere that will exist: https or mailto outside the site, and inside it a
 * page, generated page or file, relative to the linking page, with any #fragment an id on the target.
 */
class LinkRulesTest {

    private static final String NOT_THERE = "a page of this site, linked relative to this page";

    @TempDir
    Path root;

    private Site site;
    private static Rules rules;
    private static LinkRules links;

    @BeforeEach
    void aSiteWithAHomePageAnAboutPageTwoCoursesAStylesheetAndADiagram() throws IOException {
        for (String file : List.of("assets/css/site.css", "content/courses/diagram.png")) {
            Files.createDirectories(root.resolve(file).getParent());
            Files.writeString(root.resolve(file), "file");
        }
        site = siteIn(root)
                .page("content/index.md", header("home", "Home") + "Welcome.\n")
                .plainPage("content/about.md", "About", "About us.\n")
                .page(
                        "content/courses/alpha.md",
                        header("course", "Alpha course", "order=1")
                                + "## What you learn\n\nThings.\n\n## Typical topics\n\nTopics.\n")
                .page("content/courses/beta.md", header("course", "Beta course", "order=2") + "Beta.\n")
                .build();
        rules = TestRules.of(site);
        links = new LinkRules(rules);
    }

    /** The problems of each URL as a link on line 9 of the page at PATH. */
    private List<String> check(String path, String... urls) {
        Page page = site.pages().stream()
                .filter(p -> p.path().equals(path))
                .findFirst()
                .orElseThrow();
        rules.problems.clear();
        for (String url : urls) {
            links.check(page, 9, url);
        }
        return printed(rules.problems);
    }

    @Test
    void acceptsHttpsAndMailtoLinks() {
        assertEquals(
                List.of(),
                check(
                        "content/about.md",
                        "https://www.bls.gov/ooh/",
                        "mailto:editors@example.org",
                        " https://x.org/ "));
    }

    @Test
    void rejectsEveryOtherSchemeHoweverItIsWritten() {
        assertEquals(
                List.of(
                        "content/about.md:9: body: link \"http://example.org/\" uses the scheme http: (allowed: relative links, https: and mailto:)",
                        "content/about.md:9: body: link \"JavaScript:alert(1)\" uses the scheme javascript: (allowed: relative links, https: and mailto:)",
                        "content/about.md:9: body: link \"&#106;avascript:alert(1)\" uses the scheme javascript: (allowed: relative links, https: and mailto:)",
                        "content/about.md:9: body: link \"data:image/png;base64,AAAA\" uses the scheme data: (allowed: relative links, https: and mailto:)"),
                check(
                        "content/about.md",
                        "http://example.org/",
                        "JavaScript:alert(1)",
                        "&#106;avascript:alert(1)",
                        "data:image/png;base64,AAAA"));
    }

    @Test
    void rejectsAnHttpsLinkWithoutAProperHostAndShortensLongLinksInTheMessage() {
        assertEquals(
                List.of(
                        "content/about.md:9: body: link \"https://localhost/admin\" is not a well-formed https URL (allowed: https://host/path)",
                        "content/about.md:9: body: link \"javascript:void(document.body.innerHTML='a very lo...\" uses the scheme javascript: (allowed: relative links, https: and mailto:)"),
                check(
                        "content/about.md",
                        "https://localhost/admin",
                        "javascript:void(document.body.innerHTML='a very long text')"));
    }

    @Test
    void rejectsLinksFromTheSiteRootBecauseTheSiteMayLiveUnderASubPath() {
        assertEquals(
                List.of(
                        "content/about.md:9: body: link \"/courses/alpha.html\" starts with /, which breaks when the site lives under a sub-path (allowed: a link relative to this page, such as ../courses/anatomy.html)",
                        "content/about.md:9: body: link \"//cdn.example.org/x.js\" starts with /, which breaks when the site lives under a sub-path (allowed: a link relative to this page, such as ../courses/anatomy.html)"),
                check("content/about.md", "/courses/alpha.html", "//cdn.example.org/x.js"));
    }

    @Test
    void rejectsALinkToAMarkdownFileShowingItsHtmlPath() {
        assertEquals(
                List.of(
                        "content/about.md:9: body: link \"courses/alpha.md#typical-topics\" points at a Markdown file (allowed: the page's .html path, such as courses/alpha.html#typical-topics)"),
                check("content/about.md", "courses/alpha.md#typical-topics"));
    }

    @Test
    void resolvesALinkFromTheLinkingPagesFolder() {
        assertEquals(
                List.of(),
                check(
                        "content/courses/beta.md",
                        "alpha.html",
                        "./alpha.html",
                        "../about.html",
                        "../",
                        "../index.html"));
        assertEquals(List.of(), check("content/about.md", "courses/alpha.html", "index.html"));
    }

    @Test
    void reportsALinkToNothingWithThePathItResolvedTo() {
        assertEquals(
                List.of(
                        "content/courses/beta.md:9: body: link \"gamma.html\" points at courses/gamma.html, which does not exist (allowed: "
                                + NOT_THERE + ")"),
                check("content/courses/beta.md", "gamma.html"));
        assertEquals(
                List.of(
                        "content/about.md:9: body: link \"alpha.html\" points at alpha.html, which does not exist; did you mean courses/alpha.html? (allowed: "
                                + NOT_THERE + ")",
                        "content/about.md:9: body: link \"steps/\" points at steps/index.html, which does not exist (allowed: "
                                + NOT_THERE + ")"),
                check("content/about.md", "alpha.html", "steps/"));
    }

    @Test
    void acceptsLinksToGeneratedPagesAssetsAndFilesBesideThePages() {
        assertEquals(
                List.of(),
                check(
                        "content/courses/beta.md",
                        "../search.html",
                        "../whats-new.html",
                        "../css/site.css",
                        "diagram.png"));
    }

    @Test
    void checksAFragmentAgainstTheIdsOfTheTargetPage() {
        assertEquals(List.of(), check("content/about.md", "courses/alpha.html#typical-topics"));
        assertEquals(
                List.of(
                        "content/about.md:9: body: link \"courses/alpha.html#nowhere\" points at #nowhere, which is not on courses/alpha.html (allowed: main-content, typical-topics, what-you-learn)"),
                check("content/about.md", "courses/alpha.html#nowhere"));
    }

    @Test
    void checksAFragmentOnTheSamePage() {
        assertEquals(List.of(), check("content/courses/alpha.md", "#what-you-learn", "#main-content"));
        assertEquals(
                List.of(
                        "content/courses/alpha.md:9: body: link \"#nope\" points at #nope, which is not on courses/alpha.html (allowed: main-content, typical-topics, what-you-learn)"),
                check("content/courses/alpha.md", "#nope"));
    }

    @Test
    void reportsALinkThatIsNotAUrl() {
        assertEquals(
                List.of(
                        "content/about.md:9: body: link \":about\" is not a valid URL (allowed: a relative link such as ../courses/anatomy.html)"),
                check("content/about.md", ":about"));
    }
}
