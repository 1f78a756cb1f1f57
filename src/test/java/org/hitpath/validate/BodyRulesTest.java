package org.hitpath.validate;

import static org.hitpath.load.SiteFixture.header;
import static org.hitpath.load.SiteFixture.printed;
import static org.hitpath.load.SiteFixture.site;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.hitpath.load.SiteFixture;
import org.hitpath.site.Site;
import org.junit.jupiter.api.Test;

/**
 * The Markdown body of a page: no raw HTML, no level-1 heading, its type's sections in order, defined
 * image references, and every link and every figure outside code handed to the link and prose rules.
 * Bodies here start on line 7 of their file, or on line 8 for a course, whose order is on line 6.
 */
class BodyRulesTest {

    private static final String MARKDOWN_ONLY =
            "Markdown only: write **bold**, [text](link.html), ## headings instead of HTML tags";
    private static final String COURSE_SECTIONS =
            "exactly these ## sections in this order: What you learn, Why it matters on the job, How it connects to credential exams, Typical topics";

    /** The body problems of the one page of FIXTURE. */
    private static List<String> check(SiteFixture fixture) {
        Site site = fixture.build();
        Rules rules = TestRules.of(site);
        new BodyRules(rules, new LinkRules(rules), new ProseRules(rules))
                .check(site.pages().get(0));
        return printed(rules.problems);
    }

    private static List<String> checkPage(String body) {
        return check(site().plainPage("content/about.md", "About", body));
    }

    private static String course(String body) {
        return header("course", "Alpha course", "order=1") + body;
    }

    @Test
    void reportsARawHtmlBlockOnTheLineItStarts() {
        assertEquals(
                List.of("content/about.md:9: body: contains raw HTML: <div class=\"note\"> A note. </div> (allowed: "
                        + MARKDOWN_ONLY + ")"),
                checkPage("Intro.\n\n<div class=\"note\">\nA note.\n</div>\n"));
    }

    @Test
    void reportsEachInlineHtmlTag() {
        assertEquals(
                List.of(
                        "content/about.md:8: body: contains raw HTML: <b> (allowed: " + MARKDOWN_ONLY + ")",
                        "content/about.md:8: body: contains raw HTML: </b> (allowed: " + MARKDOWN_ONLY + ")"),
                checkPage("Intro.\nSome <b>bold</b> words.\n"));
    }

    @Test
    void reportsALevelOneHeadingBecauseTheTitleIsTheOnlyOne() {
        assertEquals(
                List.of(
                        "content/about.md:7: body: has a level-1 heading; the page title is the only one (allowed: ## and deeper headings)"),
                checkPage("# About\n\n## Who we are\n\n### Editors\n\nText.\n"));
    }

    @Test
    void acceptsACourseWithItsSectionsInOrderWhateverIsBelowThem() {
        String body = """
                ## What you learn

                ### Words

                Text.

                ## Why it matters on the job

                ## How it connects to credential exams

                ## Typical topics
                """;

        assertEquals(List.of(), check(site().page("content/courses/alpha.md", course(body))));
    }

    @Test
    void reportsACourseWhoseSectionsAreOutOfOrderOrMissingAtTheFirstBodyLine() {
        assertEquals(
                List.of("content/courses/alpha.md:8: body: sections are [Typical topics, What you learn] (allowed: "
                        + COURSE_SECTIONS + ")"),
                check(site().page("content/courses/alpha.md", course("## Typical topics\n\n## What you learn\n"))));
    }

    @Test
    void letsAPageOfATypeWithoutSectionsHaveAnyHeadings() {
        assertEquals(List.of(), checkPage("## Anything\n\n## Typical topics\n"));
    }

    @Test
    void reportsAnImageReferenceThatIsNotDefined() {
        assertEquals(
                List.of(
                        "content/about.md:9: body: image reference [logo] is not defined (allowed: a [name]: url line)"),
                checkPage("Intro.\n\n![Our logo][logo]\n"));
    }

    @Test
    void checksEveryKindOfLinkOnItsOwnLine() {
        String startsWithSlash = "starts with /, which breaks when the site lives under a sub-path (allowed: a link"
                + " relative to this page, such as ../courses/anatomy.html)";
        assertEquals(
                List.of(
                        "content/about.md:7: body: link \"/a.html\" " + startsWithSlash,
                        "content/about.md:9: body: link \"/b.png\" " + startsWithSlash,
                        "content/about.md:11: body: link \"http://c.example.org/\" uses the scheme http: (allowed: relative links, https: and mailto:)",
                        "content/about.md:13: body: link \"/d.html\" " + startsWithSlash),
                checkPage("""
                        See [a](/a.html).

                        ![b](/b.png)

                        <http://c.example.org/>

                        [d]: /d.html
                        """));
    }

    @Test
    void checksFiguresInProseButNotInCode() {
        assertEquals(
                List.of(
                        "content/about.md:7: body: {{figure:nosuch}} is not a figure record (allowed: a key defined in data/figures/*.yaml)",
                        "content/about.md:17: body: has a figure without a source (\"It grew 7% last\") (allowed: {{figure:key}} with a record in data/figures/*.yaml that gives its source and date)"),
                checkPage("""
                        Pay is {{figure:nosuch}}.

                        Write `{{figure:key}}`, never `$50`.

                            {{figure:indented}} at 10%

                        ```
                        {{figure:fenced}} at 10%
                        ```

                        It grew 7% last
                        """));
    }
}
