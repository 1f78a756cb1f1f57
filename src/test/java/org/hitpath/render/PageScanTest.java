package org.hitpath.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** One scan of a finished page gives what its contents list, its stylesheets and the acronym check need. */
class PageScanTest {

    private static final String PAGE = "<!DOCTYPE html><html><head><title>RHIT | HIT Path</title>"
            + "<script type=\"application/ld+json\">{\"name\":\"JSONLD\"}</script>"
            + "<script src=\"../js/finder.js\" defer></script></head>"
            + "<body class=\"hit-page hit-page--credential\"><nav class=\"hit-nav\"><a href=\"a.html\">Steps</a></nav>"
            + "<main id=\"main-content\"><h1>The RHIT</h1><p>Intro <strong>bold</strong>ly said.</p>"
            + "<h2 id=\"summary\">In brief</h2>"
            + PageScan.CONTENTS_PLACE
            + "<h2 id=\"what-it-is\">What it &amp; is</h2><p>Two<sup>1</sup> words <code>CODEWORD here</code></p>"
            + "<h2>No id</h2><h3 id=\"deeper\">Deeper</h3>"
            + "</main><footer class=\"hit-footer\">CCS-P</footer></body></html>";

    @Test
    void countsTheWordsOfMainOnlyWithInlineTagsJoiningWhatTheyTouch() {
        // The RHIT (2), Intro boldly said. (3), In brief (2), What it &amp; is (4), Two1 words CODEWORD here (4),
        // No id (2), Deeper (1)
        assertEquals(18, PageScan.of(PAGE).mainWords());
    }

    @Test
    void listsTheSectionsWithAnIdAfterTheContentsListsPlace() {
        assertEquals(
                List.of(new PageScan.Section("what-it-is", "What it & is")),
                PageScan.of(PAGE).sections());
    }

    @Test
    void collectsTheClassesAndScriptsThePageUses() {
        PageScan scan = PageScan.of(PAGE);
        assertEquals(Set.of("hit-page", "hit-page--credential", "hit-nav", "hit-footer"), scan.classes());
        assertEquals(List.of("../js/finder.js"), scan.scripts());
    }

    @Test
    void givesTheReaderTextWithoutScriptsCodeOrTags() {
        String text = PageScan.of(PAGE).readerText().replaceAll("\\s+", " ").strip();
        assertEquals(
                "RHIT | HIT Path Steps The RHIT Intro bold ly said. In brief What it &amp; is Two 1 words "
                        + "No id Deeper CCS-P",
                text);
    }
}
