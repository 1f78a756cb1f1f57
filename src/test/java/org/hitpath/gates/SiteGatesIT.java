package org.hitpath.gates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.hitpath.load.SiteLoader;
import org.hitpath.plan.Planner;
import org.hitpath.site.Site;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The whole-site gates on the real baked site (target/site, baked by `package`), run by failsafe in
 * `./mvnw verify`. Every gate reports every problem at once; each line names the page and the defect.
 * Screenshots of one page per template at each width go to target/screenshots/.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SiteGatesIT {

    /** Maven runs tests in the project folder; the pom passes site.dir explicitly. */
    static final Path PROJECT = Path.of("").toAbsolutePath();

    static final Path SITE = Path.of(
            System.getProperty("site.dir", PROJECT.resolve("target/site").toString()));
    static final Path SCREENSHOTS = PROJECT.resolve("target/screenshots");
    /** Browsers working in parallel: one per core is fastest (-Dgates.browsers=1 to compare). */
    static final int BROWSERS = Integer.getInteger(
            "gates.browsers", Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors())));

    private static final List<String> summaries = new ArrayList<>();
    private static BrowserGate browser;
    private static GateResult browserResult;
    private static RuntimeException browserFailure;

    /** The site's pages, as the gates see them: every .html file the bake wrote. */
    private static List<String> pages;

    /**
     * target/site is the bake of the source as it is now: exactly the pages the bake plans from it (one per
     * published content file, plus every generated page), no fewer and no more. A stale or partial site
     * would let the gates pass on pages that are not the ones being shipped.
     */
    @BeforeAll
    static void theSiteIsTheBakeOfTheCurrentSource() throws IOException {
        assertTrue(
                Files.isRegularFile(SITE.resolve("index.html")),
                SITE + " has no index.html: run ./mvnw package (or verify) first");
        pages = BakedSite.pages(SITE);
        assertEquals(plannedPages(), pages, SITE + " is not the bake of the current source: run ./mvnw package");
    }

    /** The output path of every page the bake writes from the source: its published content and its plan. */
    private static List<String> plannedPages() throws IOException {
        SiteLoader.Loaded loaded = SiteLoader.load(PROJECT);
        assertEquals(List.of(), loaded.problems(), "the source loads without problems");
        Site site = loaded.site();
        List<String> planned = new ArrayList<>(Planner.plan(site, false).paths());
        site.pagesToBuild(false).forEach(page -> planned.add(page.outputPath()));
        return planned.stream().sorted().toList();
    }

    @AfterAll
    static void printWhatEachGateChecked() {
        System.out.println("\nSite gates on " + SITE + " (" + BROWSERS + " browser(s) in parallel):");
        summaries.forEach(s -> System.out.println("  " + s));
        if (browser != null) {
            System.out.println(
                    "  browser time by part, summed over the browsers (ms): " + new TreeMap<>(browser.timings()));
            System.out.println("  axe \"needs review\" (not failures; look at them by hand): " + browser.needsReview());
            System.out.println("  screenshots: " + browser.screenshotsTaken().size() + " in " + SCREENSHOTS);
        }
    }

    @Test
    @Order(1)
    void everyPageIsValidHtmlWithZeroNuCheckerErrors() {
        long started = System.nanoTime();
        HtmlValidityGate gate = new HtmlValidityGate();
        Duration setUp = Duration.ofNanos(System.nanoTime() - started);
        GateResult result = record(gate.check(SITE));
        summaries.add("  (Nu HTML Checker set-up: " + setUp.toMillis() + " ms)");
        assertPassed(result);
    }

    @Test
    @Order(2)
    void everyInternalLinkAndAnchorResolvesEveryPageIsReachableFromHomeAndExternalLinksAreWellFormed() {
        assertPassed(record(new LinkGate().check(SITE)));
    }

    @Test
    @Order(3)
    void everyPageHasAStrictCspFirstAReferrerPolicyAndNothingInlineOrOffSite() {
        assertPassed(record(new SecurityGate().check(SITE)));
    }

    @Test
    @Order(4)
    void everyImageHasAltWidthAndHeight() {
        assertPassed(record(new ImageGate().check(SITE)));
    }

    @Test
    @Order(5)
    void axeFindsNoWcagViolationOnAnyPageAtDesktopAndPhoneWidthInLightAndDarkScheme() {
        assertNone(BrowserGate.Check.AXE);
    }

    @Test
    @Order(6)
    void theSkipLinkIsTheFirstTabStopAndEnterMovesFocusToMain() {
        assertNone(BrowserGate.Check.SKIP_LINK);
    }

    @Test
    @Order(7)
    void tabReachesEveryInteractiveElement() {
        assertNone(BrowserGate.Check.KEYBOARD);
    }

    @Test
    @Order(8)
    void everyTabStopShowsAVisibleFocusIndicator() {
        assertNone(BrowserGate.Check.FOCUS_VISIBLE);
    }

    @Test
    @Order(9)
    void noPageScrollsSidewaysAt320Px() {
        assertNone(BrowserGate.Check.REFLOW);
    }

    @Test
    @Order(10)
    void textAt200PercentGrowsAndStaysUnclippedWithoutSidewaysScrollingAt640Px() {
        assertNone(BrowserGate.Check.TEXT_ZOOM);
    }

    @Test
    @Order(11)
    void pagesLoadWithoutConsoleErrorsOrRequestsToOtherOrigins() {
        assertNone(BrowserGate.Check.CONSOLE);
    }

    @Test
    @Order(12)
    void aFullPageScreenshotOfEveryTemplateAtEveryWidthIsSaved() throws Exception {
        browserRun();
        List<String> missing = new ArrayList<>();
        for (String template :
                List.of("home", "listing", "step", "course", "credential", "organisation", "school", "page")) {
            for (String variant : List.of("1280", "1280-dark", "375", "320", "640-text200")) {
                String name = template + "-" + variant + ".png";
                Path shot = SCREENSHOTS.resolve(name);
                if (!browser.screenshotsTaken().contains(name)
                        || !Files.isRegularFile(shot)
                        || Files.size(shot) < 1000) {
                    missing.add(name);
                }
            }
        }
        assertTrue(missing.isEmpty(), "screenshots missing from " + SCREENSHOTS + ": " + missing);
    }

    /** Runs the browser gate once for all the browser tests; a browser that will not start fails each of them. */
    private static synchronized GateResult browserRun() {
        if (browserFailure != null) {
            throw browserFailure;
        }
        if (browserResult == null) {
            List<Chromium> browsers = new ArrayList<>();
            try {
                clearOldScreenshots();
                for (int i = 0; i < BROWSERS; i++) {
                    browsers.add(Chromium.start());
                }
                browser = new BrowserGate(browsers, SCREENSHOTS);
                browserResult = record(browser.check(SITE));
            } catch (IOException e) {
                browserFailure = new UncheckedIOException(e);
                throw browserFailure;
            } catch (RuntimeException e) {
                browserFailure = e;
                throw e;
            } finally {
                browsers.forEach(Chromium::close);
            }
        }
        return browserResult;
    }

    /** Screenshots of templates that no longer exist would otherwise linger and mislead. */
    private static void clearOldScreenshots() throws IOException {
        if (Files.isDirectory(SCREENSHOTS)) {
            try (Stream<Path> old = Files.list(SCREENSHOTS)) {
                for (Path png : old.filter(p -> p.toString().endsWith(".png")).toList()) {
                    Files.delete(png);
                }
            }
        }
    }

    private static void assertNone(BrowserGate.Check check) {
        browserRun();
        assertEquals(pages.size(), browser.pagesChecked(), "the browser gate checks every page of the site");
        List<String> problems = browser.problems(check);
        assertTrue(
                problems.isEmpty(),
                () -> problems.size() + " " + check.label + " problem(s) on " + browser.pagesChecked() + " pages:\n  "
                        + String.join("\n  ", problems));
    }

    private static GateResult record(GateResult result) {
        summaries.add(result.summary());
        System.out.println(result.summary());
        return result;
    }

    private static void assertPassed(GateResult result) {
        assertEquals(pages.size(), result.pagesChecked(), result.gate() + " checks every page of the site");
        assertTrue(result.passed(), result::describe);
    }
}
