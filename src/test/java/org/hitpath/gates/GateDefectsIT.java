package org.hitpath.gates;

import static org.hitpath.gates.BrowserGate.Check.AXE;
import static org.hitpath.gates.BrowserGate.Check.CONSOLE;
import static org.hitpath.gates.BrowserGate.Check.FOCUS_VISIBLE;
import static org.hitpath.gates.BrowserGate.Check.KEYBOARD;
import static org.hitpath.gates.BrowserGate.Check.REFLOW;
import static org.hitpath.gates.BrowserGate.Check.SKIP_LINK;
import static org.hitpath.gates.BrowserGate.Check.TEXT_ZOOM;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each browser check fails on a page with one defect of its kind and names the page and the defect.
 * One fixture site holds a clean home page and one page per defect; the browser gate runs over it once
 * (one Chromium), and each test reads the problems of its own page.
 */
class GateDefectsIT {

    @TempDir
    static Path work;

    private static BrowserGate gate;
    private static GateResult result;

    @BeforeAll
    static void runTheBrowserGateOverOnePagePerDefect() {
        Path site = DefectSite.in(work)
                .page(
                        "clean.html",
                        "<p>Readable text, <a href=\"index.html\">a link</a> and a button: "
                                + "<button type=\"button\">Press</button></p><details><summary>More</summary><p>Hidden until opened.</p></details>")
                .page("low-contrast.html", "<p class=\"faint\">Pale grey text on white.</p>")
                .page("dark-only-contrast.html", "<p class=\"faint-when-dark\">Readable in light, pale in dark.</p>")
                .page(
                        "no-focus-ring.html",
                        "<p><a class=\"no-focus-ring\" href=\"index.html\">A link with its focus ring removed</a></p>")
                .page(
                        "out-of-tab-order.html",
                        "<p><a href=\"index.html\" tabindex=\"-1\">A link only a mouse can reach</a></p>")
                .raw(
                        "no-skip-link.html",
                        DefectSite.page("no-skip-link.html", "No skip link", "<p>The header link comes first.</p>")
                                .replace("<a class=\"skip\" href=\"#main\">Skip to main content</a>\n", ""),
                        true)
                .raw(
                        "unfocusable-main.html",
                        DefectSite.page("unfocusable-main.html", "Unfocusable main", "<p>Main has no tabindex.</p>")
                                .replace("<main id=\"main\" tabindex=\"-1\">", "<main id=\"main\">"),
                        true)
                .page("too-wide.html", "<div class=\"too-wide\">A box 900px wide.</div>")
                .page("clipped-text.html", "<p class=\"fixed-box\">One line of text in a box 24px high.</p>")
                .page("px-text.html", "<p class=\"px-text\">Text sized in pixels.</p>")
                .page("gradient.html", "<p class=\"gradient\">Text on a gradient, which axe cannot measure.</p>")
                .page(
                        "missing-image.html",
                        "<p><img src=\"missing.png\" alt=\"Missing\" width=\"10\" height=\"10\"></p>")
                .build();
        try (Chromium chromium = Chromium.start()) {
            gate = new BrowserGate(chromium, null);
            result = gate.check(site);
        }
        System.out.println(result.describe());
    }

    @AfterAll
    static void printTimings() {
        if (gate != null) {
            System.out.println("defect fixture, browser time by part (ms): " + gate.timings());
        }
    }

    private static List<String> problems(BrowserGate.Check check, String page) {
        return gate.problems(check).stream()
                .filter(p -> p.startsWith(page + ": "))
                .toList();
    }

    private static List<String> all(String page) {
        return result.problems().stream().filter(p -> p.startsWith(page + ": ")).toList();
    }

    @Test
    void theCleanPagesPassEveryBrowserCheck() {
        assertEquals(13, result.pagesChecked());
        assertEquals(List.of(), all("index.html"));
        assertEquals(List.of(), all("clean.html"));
    }

    @Test
    void lowContrastTextFailsAxeNamingThePageTheRuleAndTheElement() {
        List<String> found = problems(AXE, "low-contrast.html");
        // At 1280 px, at 1280 px with the dark scheme (the fixture's colours do not change with it) and at 375 px.
        assertEquals(3, found.size(), found::toString);
        assertTrue(
                found.get(0)
                        .startsWith(
                                "low-contrast.html: axe: axe color-contrast (serious) at 1280px: "
                                        + "Elements must meet minimum color contrast ratio thresholds; element .faint <p class=\"faint\">"),
                found::toString);
        assertTrue(
                found.get(0).contains("contrast of 1.67 (foreground color: #c8c8c8, background color: #ffffff"),
                found::toString);
        assertTrue(found.get(1).contains(" at 1280px in the dark colour scheme: "), found::toString);
        assertTrue(found.get(2).contains(" at 375px: "), found::toString);
    }

    @Test
    void textUnreadableOnlyInTheDarkColourSchemeFailsAxeInTheDarkScheme() {
        List<String> found = problems(AXE, "dark-only-contrast.html");
        assertEquals(1, found.size(), found::toString);
        assertTrue(
                found.get(0)
                        .startsWith(
                                "dark-only-contrast.html: axe: axe color-contrast (serious) at 1280px in the dark colour scheme: "),
                found::toString);
    }

    @Test
    void aFocusedLinkThatLooksUnfocusedFailsTheFocusIndicatorCheck() {
        List<String> found = problems(FOCUS_VISIBLE, "no-focus-ring.html");
        assertEquals(1, found.size(), found::toString);
        assertTrue(
                found.get(0)
                        .startsWith(
                                "no-focus-ring.html: focus indicator: no visible focus indicator on "
                                        + "a.no-focus-ring[href=\"index.html\"] \"A link with its focus ring removed\": focused outline none"),
                found::toString);
    }

    @Test
    void aLinkTakenOutOfTheTabOrderFailsTheKeyboardCheck() {
        assertEquals(
                List.of(
                        "out-of-tab-order.html: keyboard: not reachable with Tab: a[href=\"index.html\"] \"A link only a mouse can reach\""),
                problems(KEYBOARD, "out-of-tab-order.html"));
    }

    @Test
    void aPageWithoutASkipLinkFailsTheSkipLinkCheck() {
        assertEquals(
                List.of(
                        "no-skip-link.html: skip link: the first Tab stop is a[href=\"index.html\"] \"Fixture home\", not a skip link to #main"),
                problems(SKIP_LINK, "no-skip-link.html"));
    }

    @Test
    void aSkipLinkToAMainThatCannotTakeFocusFailsTheSkipLinkCheck() {
        assertEquals(
                List.of(
                        "unfocusable-main.html: skip link: Enter on the skip link leaves focus on body, not on <main id=\"main\"> (main needs tabindex=\"-1\")"),
                problems(SKIP_LINK, "unfocusable-main.html"));
    }

    @Test
    void aBoxWiderThanThePhoneFailsReflowAt320Px() {
        List<String> found = problems(REFLOW, "too-wide.html");
        assertEquals(1, found.size(), found::toString);
        assertTrue(
                found.get(0).startsWith("too-wide.html: reflow at 320px: scrolls sideways at 320px: content is "),
                found::toString);
        assertTrue(found.get(0).contains("div.too-wide (right edge "), found::toString);
    }

    @Test
    void aFixedHeightBoxThatCutsOffTextFailsTheTextZoomCheck() {
        assertEquals(
                List.of(
                        "clipped-text.html: text at 200%: text clipped at 640px with text at 200%: p.fixed-box cuts off text at the bottom"),
                problems(TEXT_ZOOM, "clipped-text.html"));
    }

    @Test
    void textSizedInPixelsFailsTheTextZoomCheck() {
        assertEquals(
                List.of(
                        "px-text.html: text at 200%: text does not grow with the reader's font size: main text went from 16.0px to 16.0px (use rem or em, not px)"),
                problems(TEXT_ZOOM, "px-text.html"));
    }

    @Test
    void aMissingImageShowsAsAConsoleError() {
        List<String> found = problems(CONSOLE, "missing-image.html");
        assertEquals(1, found.size(), found::toString);
        assertTrue(
                found.get(0)
                        .matches(
                                "missing-image\\.html: browser console: console error at 1280px: http://127\\.0\\.0\\.1:\\d+/missing\\.png"
                                        + " - Failed to load resource: the server responded with a status of 404 \\(Not Found\\)"),
                found::toString);
    }

    @Test
    void whatAxeCannotDecideIsCountedForReviewButDoesNotFail() {
        assertEquals(List.of(), all("gradient.html"));
        assertTrue(gate.needsReview().getOrDefault("color-contrast", 0) >= 1, gate.needsReview()::toString);
    }

    @Test
    void eachDefectPageFailsOnlyItsOwnCheck() {
        assertEquals(
                List.of(),
                gate.problems(AXE).stream()
                        .filter(p -> !p.startsWith("low-contrast.html: ") && !p.startsWith("dark-only-contrast.html: "))
                        .toList());
        assertEquals(
                List.of(),
                gate.problems(FOCUS_VISIBLE).stream()
                        .filter(p -> !p.startsWith("no-focus-ring.html: "))
                        .toList());
        assertEquals(
                List.of(),
                gate.problems(REFLOW).stream()
                        .filter(p -> !p.startsWith("too-wide.html: "))
                        .toList());
        assertEquals(
                List.of(),
                gate.problems(CONSOLE).stream()
                        .filter(p -> !p.startsWith("missing-image.html: "))
                        .toList());
    }
}
