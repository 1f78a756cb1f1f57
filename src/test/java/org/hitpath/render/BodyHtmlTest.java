package org.hitpath.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The cleaner behind the validator: even if a bad body got past validation, nothing live reaches the page. */
class BodyHtmlTest {

    private static String clean(String html) {
        return BodyHtml.clean(html, key -> "<span>" + key + "</span>");
    }

    @Test
    void dropsScriptsEventHandlersAndStyles() {
        assertEquals("<p>Hi</p>", clean("<p onclick=\"x()\" style=\"color:red\">Hi</p><script>alert(1)</script>"));
    }

    @Test
    void dropsJavascriptAndDataUrlsEvenWhenEntityEncoded() {
        assertEquals(
                "<p><a>a</a> <a>b</a> <img></p>",
                clean(
                        "<p><a href=\"javascript:alert(1)\">a</a> <a href=\"&#106;avascript:alert(1)\">b</a> <img src=\"data:image/png;base64,AAA\"></p>"));
    }

    @Test
    void keepsRelativeHttpsAndMailtoLinks() {
        assertEquals(
                "<p><a href=\"../courses/anatomy.html#topics\">a</a> <a href=\"https://www.bls.gov/\">b</a> <a href=\"mailto:x@example.org\">c</a></p>",
                clean(
                        "<p><a href=\"../courses/anatomy.html#topics\">a</a> <a href=\"https://www.bls.gov/\">b</a> <a href=\"mailto:x@example.org\">c</a></p>"));
    }

    @Test
    void dropsPlainHttpLinks() {
        assertEquals("<p><a>old</a></p>", clean("<p><a href=\"http://example.org/\">old</a></p>"));
    }

    @Test
    void movesHeadingAnchorIdsOntoTheHeading() {
        assertEquals(
                "<h2 id=\"what-you-learn\">What you learn</h2>",
                clean("<h2><a href=\"#what-you-learn\" id=\"what-you-learn\">What you learn</a></h2>"));
    }

    @Test
    void placesRenderedFiguresWhereTheBodyNamesThem() {
        assertEquals("<p>Pay is <span>median-pay</span>.</p>", clean("<p>Pay is {{figure:median-pay}}.</p>"));
    }

    @Test
    void doesNotLetAFigureTokenSmuggleMarkupIntoTheKey() {
        assertEquals("<p>{{figure:&lt;b&gt;}}</p>", clean("<p>{{figure:&lt;b&gt;}}</p>"));
    }

    @Test
    void marksTheFirstUseOfEachGlossaryAcronymOutsideLinksAndHeadings() {
        java.util.Map<String, String> glossary = java.util.Map.of(
                "RHIT",
                "Registered Health Information Technician",
                "CCS-P",
                "Certified Coding Specialist - Physician-based");
        assertEquals(
                "<h2 id=\"x\">RHIT</h2><p>The <abbr title=\"Registered Health Information Technician\">RHIT</abbr> and RHITs, <a href=\"a.html\">CCS-P</a>, then <abbr title=\"Certified Coding Specialist - Physician-based\">CCS-P</abbr>.</p>",
                BodyHtml.clean(
                                "<h2 id=\"x\">RHIT</h2><p>The RHIT and RHITs, <a href=\"a.html\">CCS-P</a>, then CCS-P.</p>",
                                key -> BodyHtml.Figure.of(""),
                                glossary)
                        .html());
    }

    @Test
    void givesSearchTheTextAndHeadingsOfTheBodyWithEachFigureAsItsWords() {
        org.hitpath.model.CleanBody body = BodyHtml.clean(
                "<h2 id=\"pay\">Pay</h2><p>The median is {{figure:median-pay}} a year.</p><h3 id=\"more\">More</h3>",
                key -> BodyHtml.Figure.of("<span><strong>$48,780</strong><sup><a href=\"#note-1\">1</a></sup></span>"),
                java.util.Map.of());
        assertEquals("Pay The median is $48,7801 a year. More", body.text());
        assertEquals("Pay More", body.headings());
    }

    @Test
    void takesAFiguresWordsAsAParseOfThePageWouldGiveThem() {
        for (String figure : java.util.List.of(
                "<span> <strong>62 credits</strong> <span>not yet\n checked &amp; more</span><sup>3</sup></span>",
                "<span class=\"hit-figure\"><strong>$138 per credit (it&#39;s &quot;in-district&quot;)</strong><sup><a href=\"#note-2\" aria-label=\"source note 2\">2</a></sup></span>",
                "")) {
            assertEquals(
                    org.jsoup.Jsoup.parseBodyFragment(figure).text(),
                    BodyHtml.Figure.of(figure).text(),
                    figure);
        }
        assertEquals(
                "62 credits not yet checked & more3",
                BodyHtml.Figure.of(
                                "<span> <strong>62 credits</strong> <span>not yet\n checked &amp; more</span><sup>3</sup></span>")
                        .text());
    }
}
