package org.hitpath.gates;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.logging.Level;
import org.hitpath.gates.BrowserGate.Check;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * The browser checks of one page at a time in one Chromium, and what they measured along the way: time
 * per part, axe's "needs review" results, the screenshots written. The browser gate gives each of its
 * browsers one of these and hands it pages one by one.
 */
final class BrowserChecks {

    private static final int DESKTOP = 1280;
    private static final int PHONE = 375;
    private static final int NARROWEST = 320;
    private static final int ZOOM_WIDTH = 640;

    /** Runs axe-core on the whole document; returns only what a report needs. */
    private static final String AXE_RUN = BrowserScripts.read("axe-run.js");

    /** The elements sticking out past the right edge of the viewport, innermost first, at most five. */
    private static final String OVERFLOWING = BrowserScripts.read("overflowing.js");

    /** Sets the text to 200% and measures what that did. */
    private static final String TEXT_ZOOM = BrowserScripts.read("text-zoom.js");

    /** Undoes the text zoom and scrolls back to the top: the page as it was loaded, for the keyboard checks. */
    private static final String TEXT_AS_LOADED = "document.documentElement.style.fontSize = ''; window.scrollTo(0, 0);";

    private final Chromium chromium;
    private final Path screenshots;
    final Map<String, Long> timings = new TreeMap<>();
    final Map<String, Integer> needsReview = new TreeMap<>();
    final List<String> screenshotsTaken = new ArrayList<>();
    private Map<Check, List<String>> problems;

    /** Checks in the browser; screenshots go to the folder, or nowhere when it is null. */
    BrowserChecks(Chromium chromium, Path screenshots) {
        this.chromium = chromium;
        this.screenshots = screenshots;
    }

    /**
     * Adds axe-core to every document the browser opens from now on. Sent once through DevTools
     * (Page.addScriptToEvaluateOnNewDocument) instead of 560 kB through WebDriver for every page, and, as
     * a DevTools script, not subject to the page's Content-Security-Policy.
     */
    void preloadAxe(String axeSource) {
        chromium.addToEveryDocument("axe-core", axeSource);
    }

    /**
     * One load per page, at desktop width: console, axe, axe in the dark scheme. Then the same document
     * at 375 px as a phone (the stylesheet's media queries are live, and no script of the site reads the
     * width when it loads, so a resize lays the page out as a load at that width would): axe, then 320 px
     * for reflow, then 640 px with the text at 200%, a resize as a reader would make it. Last, back at
     * desktop width with the text as it was, the keyboard checks, which move focus. A second load for the
     * phone cost more than the whole phone pass. Returns the problems by check, each as "label: message";
     * TEMPLATE, when not null, names the screenshots.
     */
    Map<Check, List<String>> check(String url, String template) {
        problems = new EnumMap<>(Check.class);
        timed("desktop", () -> {
            timed("load", () -> load(DESKTOP, 900, false, url));
            console(DESKTOP);
            axe(DESKTOP + "px", null);
            screenshot(template, DESKTOP + "");
            chromium.colorScheme("dark");
            // Only the colour rules: the dark scheme swaps custom properties and nothing else.
            axe(DESKTOP + "px in the dark colour scheme", List.of("color-contrast", "link-in-text-block"));
            screenshot(template, DESKTOP + "-dark");
            chromium.colorScheme("light");
        });
        timed("phone", () -> {
            chromium.viewport(PHONE, 812, true);
            axe(PHONE + "px", null);
            screenshot(template, PHONE + "");
            chromium.viewport(NARROWEST, 640, true);
            reflow();
            screenshot(template, NARROWEST + "");
            chromium.viewport(ZOOM_WIDTH, 800, false);
            textZoom();
            screenshot(template, ZOOM_WIDTH + "-text200");
        });
        timed("keyboard", () -> {
            chromium.viewport(DESKTOP, 900, false);
            chromium.script(TEXT_AS_LOADED);
            new KeyboardChecks(chromium, this::add).run();
        });
        chromium.driver().manage().logs().get(LogType.BROWSER); // drop anything left, so the next page starts clean
        return problems;
    }

    private void load(int width, int height, boolean mobile, String url) {
        chromium.viewport(width, height, mobile);
        chromium.colorScheme("light");
        chromium.driver().get(url);
    }

    /** axe-core on the whole document, with the gate's WCAG tags or only the rules given. */
    private void axe(String where, List<String> onlyRules) {
        long started = System.nanoTime();
        @SuppressWarnings("unchecked")
        Map<String, Object> result =
                (Map<String, Object>) chromium.asyncScript(AXE_RUN, onlyRules, BrowserGate.AXE_TAGS);
        timings.merge("axe", (System.nanoTime() - started) / 1_000_000, Long::sum);
        if (result.get("error") != null) {
            add(Check.AXE, "axe could not run at " + where + ": " + result.get("error"));
            return;
        }
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> violations = (List<Map<String, Object>>) result.get("violations");
        for (Map<String, Object> v : violations) {
            add(
                    Check.AXE,
                    String.format(
                            "axe %s (%s) at %s: %s; element %s %s; %s",
                            v.get("id"),
                            v.get("impact"),
                            where,
                            v.get("help"),
                            v.get("target"),
                            shorten((String) v.get("html"), 140),
                            flat((String) v.get("summary"))));
        }
        @SuppressWarnings("unchecked")
        List<String> review = (List<String>) result.get("review");
        review.forEach(id -> needsReview.merge(id, 1, Integer::sum));
    }

    private void reflow() {
        @SuppressWarnings("unchecked")
        Map<String, Object> size = (Map<String, Object>) chromium.script(
                "const d = document.documentElement; return {scroll: d.scrollWidth, client: d.clientWidth};");
        long scroll = ((Number) size.get("scroll")).longValue();
        long client = ((Number) size.get("client")).longValue();
        if (scroll > client) {
            add(
                    Check.REFLOW,
                    "scrolls sideways at " + NARROWEST + "px: content is " + scroll + "px wide in a " + client
                            + "px viewport; too wide: " + chromium.script(OVERFLOWING));
        }
    }

    private void textZoom() {
        @SuppressWarnings("unchecked")
        Map<String, Object> zoom = (Map<String, Object>) chromium.script(TEXT_ZOOM);
        double before = ((Number) zoom.get("before")).doubleValue();
        double after = ((Number) zoom.get("after")).doubleValue();
        if (after < before * 1.9) {
            add(
                    Check.TEXT_ZOOM,
                    String.format(
                            Locale.ROOT,
                            "text does not grow with the reader's font size: main text went from %.1fpx to %.1fpx (use rem or em, not px)",
                            before,
                            after));
        }
        long scroll = ((Number) zoom.get("scroll")).longValue();
        long client = ((Number) zoom.get("client")).longValue();
        if (scroll > client) {
            add(
                    Check.TEXT_ZOOM,
                    "scrolls sideways at " + ZOOM_WIDTH + "px with text at 200%: content is " + scroll
                            + "px wide in a " + client + "px viewport; too wide: "
                            + chromium.script(OVERFLOWING));
        }
        @SuppressWarnings("unchecked")
        List<String> clipped = (List<String>) zoom.get("clipped");
        for (String c : clipped) {
            add(Check.TEXT_ZOOM, "text clipped at " + ZOOM_WIDTH + "px with text at 200%: " + c);
        }
    }

    private void console(int width) {
        for (LogEntry entry : chromium.driver().manage().logs().get(LogType.BROWSER)) {
            // The browser asks for /favicon.ico by itself, once per session, whichever page comes first:
            // that 404 belongs to no page, so it is not reported here.
            if (entry.getLevel().intValue() >= Level.SEVERE.intValue()
                    && !entry.getMessage().contains("/favicon.ico ")) {
                add(Check.CONSOLE, "console error at " + width + "px: " + flat(entry.getMessage()));
            }
        }
        @SuppressWarnings("unchecked")
        List<String> offSite = (List<String>)
                chromium.script(
                        "return performance.getEntriesByType('resource').map(e => e.name).filter(n => new URL(n).origin !== location.origin);");
        for (String request : offSite) {
            add(Check.CONSOLE, "request to another origin: " + request);
        }
    }

    /** A full-page screenshot, when there is a folder for them and the page stands for its template. */
    private void screenshot(String template, String variant) {
        if (screenshots == null || template == null) {
            return;
        }
        timed("screenshots", () -> {
            Map<String, Object> metrics = chromium.devTools("Page.getLayoutMetrics", Map.of());
            @SuppressWarnings("unchecked")
            Map<String, Object> content = (Map<String, Object>) metrics.get("cssContentSize");
            Map<String, Object> clip = Map.of(
                    "x",
                    0,
                    "y",
                    0,
                    "scale",
                    1,
                    "width",
                    ((Number) content.get("width")).doubleValue(),
                    "height",
                    ((Number) content.get("height")).doubleValue());
            Map<String, Object> shot = chromium.devTools(
                    "Page.captureScreenshot",
                    Map.of("format", "png", "captureBeyondViewport", true, "optimizeForSpeed", true, "clip", clip));
            try {
                Files.createDirectories(screenshots);
                String name = template + "-" + variant + ".png";
                Files.write(screenshots.resolve(name), Base64.getDecoder().decode((String) shot.get("data")));
                screenshotsTaken.add(name);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private void add(Check check, String message) {
        problems.computeIfAbsent(check, c -> new ArrayList<>()).add(check.label + ": " + message);
    }

    private void timed(String part, Runnable work) {
        long started = System.nanoTime();
        try {
            work.run();
        } finally {
            timings.merge(part, (System.nanoTime() - started) / 1_000_000, Long::sum);
        }
    }

    private static String flat(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s+", " ");
    }

    private static String shorten(String text, int max) {
        String flat = flat(text);
        return flat.length() > max ? flat.substring(0, max - 3) + "..." : flat;
    }
}
