package org.hitpath.gates;

import com.deque.html.axecore.providers.EmbeddedResourceAxeProvider;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openqa.selenium.Keys;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * Every page in a real browser (headless Chromium, served over loopback):
 * <ul>
 * <li>axe-core at 1280 px (desktop) and 375 px (phone) with the WCAG 2.0/2.1 A and AA and WCAG 2.2 AA
 * rules, and its colour-contrast rule again with the dark colour scheme the stylesheet offers;</li>
 * <li>the skip link is the first Tab stop and pressing Enter on it moves focus to main;</li>
 * <li>Tab reaches every interactive element (a, area, button, input, select, textarea, summary) and each
 * shows a visible focus indicator (outline, box-shadow or background differ from the unfocused element)
 * while on screen;</li>
 * <li>no horizontal scrolling at 320 px;</li>
 * <li>text at 200% (root font-size 200%) at 640 px: text grows, nothing scrolls sideways, no text in main
 * is clipped;</li>
 * <li>no console error (a blocked resource, a CSP violation, a 404) and no request to another origin.</li>
 * </ul>
 * A full-page screenshot of one page per template (body class hit-page--TYPE) at each width goes to the
 * screenshot folder, when one is given.
 */
public final class BrowserGate implements Gate {

    /** The checks, each with the label its problems carry. */
    public enum Check {
        AXE("axe"),
        SKIP_LINK("skip link"),
        KEYBOARD("keyboard"),
        FOCUS_VISIBLE("focus indicator"),
        REFLOW("reflow at 320px"),
        TEXT_ZOOM("text at 200%"),
        CONSOLE("browser console");

        final String label;

        Check(String label) {
            this.label = label;
        }
    }

    public static final List<String> AXE_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    private static final int DESKTOP = 1280;
    private static final int PHONE = 375;
    private static final int NARROWEST = 320;
    private static final int ZOOM_WIDTH = 640;

    private static final Pattern TEMPLATE = Pattern.compile("\\bhit-page--([a-z0-9-]+)");

    private final List<Chromium> browsers;
    private final Path screenshots;
    private final Map<Check, List<String>> problems = new EnumMap<>(Check.class);
    private final Map<String, Long> timings = new TreeMap<>();
    private final Map<String, Integer> needsReview = new TreeMap<>();
    private final List<String> screenshotsTaken = new ArrayList<>();
    private int pagesChecked;

    /**
     * A gate that drives the given browsers, one thread each, sharing out the pages; screenshots go to
     * the folder, or nowhere when it is null. Two browsers on two cores take about 40% less time than one.
     */
    public BrowserGate(List<Chromium> browsers, Path screenshots) {
        if (browsers.isEmpty()) {
            throw new IllegalArgumentException("the browser gate needs at least one browser");
        }
        this.browsers = List.copyOf(browsers);
        this.screenshots = screenshots;
    }

    public BrowserGate(Chromium chromium, Path screenshots) {
        this(List.of(chromium), screenshots);
    }

    @Override
    public String name() {
        return "browser";
    }

    @Override
    public GateResult check(Path site) {
        long started = System.nanoTime();
        problems.clear();
        timings.clear();
        needsReview.clear();
        screenshotsTaken.clear();
        List<String> pages = BakedSite.pages(site);
        Map<String, String> representatives = representatives(site, pages);
        List<Map<Check, List<String>>> perPage = new ArrayList<>(Collections.nCopies(pages.size(), null));
        AtomicInteger next = new AtomicInteger();
        List<Worker> workers = browsers.stream().map(Worker::new).toList();
        try (StaticServer server = StaticServer.serve(site)) {
            ExecutorService pool = Executors.newFixedThreadPool(workers.size());
            try {
                List<Future<?>> running = new ArrayList<>();
                for (Worker worker : workers) {
                    running.add(pool.submit(() -> {
                        worker.start();
                        for (int i = next.getAndIncrement(); i < pages.size(); i = next.getAndIncrement()) {
                            String page = pages.get(i);
                            perPage.set(i, worker.checkPage(server, page, representatives.get(page)));
                        }
                        return null;
                    }));
                }
                for (Future<?> f : running) {
                    f.get();
                }
            } catch (ExecutionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            } finally {
                pool.shutdownNow();
            }
        }
        for (Check c : Check.values()) {
            problems.put(c, new ArrayList<>());
        }
        for (Map<Check, List<String>> page : perPage) {
            page.forEach((check, found) -> problems.get(check).addAll(found));
        }
        for (Worker worker : workers) {
            worker.timings.forEach((part, ms) -> timings.merge(part, ms, Long::sum));
            worker.needsReview.forEach((id, n) -> needsReview.merge(id, n, Integer::sum));
            screenshotsTaken.addAll(worker.screenshotsTaken);
        }
        Collections.sort(screenshotsTaken);
        pagesChecked = pages.size();
        List<String> all = new ArrayList<>();
        problems.values().forEach(all::addAll);
        return new GateResult(name(), pages.size(), Duration.ofNanos(System.nanoTime() - started), all);
    }

    /** The problems of one check from the last run. */
    public List<String> problems(Check check) {
        return List.copyOf(problems.getOrDefault(check, List.of()));
    }

    public int pagesChecked() {
        return pagesChecked;
    }

    /** axe's "needs review" results (not failures: axe could not decide), as rule id and how many times it said so. */
    public Map<String, Integer> needsReview() {
        return Map.copyOf(needsReview);
    }

    /** The screenshot files written by the last run, by name. */
    public List<String> screenshotsTaken() {
        return List.copyOf(screenshotsTaken);
    }

    /** Milliseconds spent per part of the last run, added up over the browsers: where the time goes. */
    public Map<String, Long> timings() {
        return new TreeMap<>(timings);
    }

    /** One browser working through its share of the pages. */
    private final class Worker {
        private final Chromium chromium;
        private final Map<String, Long> timings = new TreeMap<>();
        private final Map<String, Integer> needsReview = new TreeMap<>();
        private final List<String> screenshotsTaken = new ArrayList<>();
        private Map<Check, List<String>> problems;

        Worker(Chromium chromium) {
            this.chromium = chromium;
        }

        void start() {
            preloadAxe();
        }

        /**
         * Two loads per page. Desktop: console, axe, axe in the dark scheme, then the keyboard (which moves
         * focus, so it comes last). Phone: axe at 375 px, then the same document narrowed to 320 px for
         * reflow, then widened to 640 px with the text at 200%: a resize, as a reader would make it.
         */
        Map<Check, List<String>> checkPage(StaticServer server, String page, String template) {
            problems = new EnumMap<>(Check.class);
            String url = server.url(page);
            timed("desktop", () -> {
                load(DESKTOP, 900, false, url);
                console(page, DESKTOP);
                axe(page, DESKTOP + "px", null);
                screenshot(template, DESKTOP + "");
                chromium.colorScheme("dark");
                // Only the colour rules: the dark scheme swaps custom properties and nothing else.
                axe(page, DESKTOP + "px in the dark colour scheme", List.of("color-contrast", "link-in-text-block"));
                screenshot(template, DESKTOP + "-dark");
                chromium.colorScheme("light");
                timed("keyboard", () -> keyboard(page));
            });
            timed("phone", () -> {
                load(PHONE, 812, true, url);
                axe(page, PHONE + "px", null);
                screenshot(template, PHONE + "");
                chromium.viewport(NARROWEST, 640, true);
                reflow(page);
                screenshot(template, NARROWEST + "");
                chromium.viewport(ZOOM_WIDTH, 800, false);
                textZoom(page);
                screenshot(template, ZOOM_WIDTH + "-text200");
            });
            chromium.driver().manage().logs().get(LogType.BROWSER); // drop anything left, so the next page starts clean
            chromium.viewport(DESKTOP, 900, false);
            return problems;
        }

        private void load(int width, int height, boolean mobile, String url) {
            chromium.viewport(width, height, mobile);
            chromium.colorScheme("light");
            chromium.driver().get(url);
        }

        // ---------------------------------------------------------------- axe

        /**
         * Runs axe-core (as shipped in com.deque.html.axe-core:selenium, added to every document the browser
         * opens: see {@link #preloadAxe}) on the whole document; returns only what a report needs.
         */
        private static final String AXE_RUN = """
                const done = arguments[arguments.length - 1];
                const only = arguments[0];
                if (typeof axe === 'undefined') { done({error: 'axe-core is not loaded in this page'}); return; }
                const runOnly = only ? {type: 'rule', values: only} : {type: 'tag', values: arguments[1]};
                axe.run(document, {runOnly, resultTypes: ['violations']}).then(r => done({
                  violations: r.violations.flatMap(v => v.nodes.map(n => ({
                    id: v.id, impact: v.impact || '', help: v.help,
                    target: n.target.map(t => Array.isArray(t) ? t.join(' >> ') : String(t)).join(' >> '),
                    html: n.html, summary: n.failureSummary || ''}))),
                  review: r.incomplete.map(i => i.id)
                })).catch(e => done({error: String(e)}));
                """;

        private void axe(String page, String where, List<String> onlyRules) {
            long started = System.nanoTime();
            @SuppressWarnings("unchecked")
            Map<String, Object> result =
                    (Map<String, Object>) chromium.driver().executeAsyncScript(AXE_RUN, onlyRules, AXE_TAGS);
            timings.merge("axe", (System.nanoTime() - started) / 1_000_000, Long::sum);
            if (result.get("error") != null) {
                add(Check.AXE, page, "axe could not run at " + where + ": " + result.get("error"));
                return;
            }
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> violations = (List<Map<String, Object>>) result.get("violations");
            for (Map<String, Object> v : violations) {
                add(
                        Check.AXE,
                        page,
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

        /**
         * Adds axe-core to every document the browser opens from now on. Sent once through DevTools
         * (Page.addScriptToEvaluateOnNewDocument) instead of 560 kB through WebDriver for every page, and, as
         * a DevTools script, not subject to the page's Content-Security-Policy.
         */
        private void preloadAxe() {
            String source;
            try {
                source = new EmbeddedResourceAxeProvider().getScript();
            } catch (Exception e) {
                throw new IllegalStateException(
                        "axe-core's script is missing from com.deque.html.axe-core:selenium", e);
            }
            chromium.addToEveryDocument("axe-core", source);
        }

        // ---------------------------------------------------------------- keyboard

        /** Marks every interactive element with its unfocused look, and logs each element focus lands on. */
        private static final String KEYBOARD_SETUP = """
                const native = 'a[href], area[href], button, input:not([type=hidden]), select, textarea, summary, iframe';
                const selector = native + ', [tabindex], [contenteditable]';
                const transparent = c => c === 'transparent' || /rgba\\(.*,\\s*0\\)$/.test(c);
                const look = el => {
                  const cs = getComputedStyle(el);
                  return {
                    outline: cs.outlineStyle + ' ' + cs.outlineWidth + ' ' + cs.outlineColor,
                    outlineShows: cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) > 0 && !transparent(cs.outlineColor),
                    shadow: cs.boxShadow,
                    background: cs.backgroundColor,
                    backgroundShows: !transparent(cs.backgroundColor)
                  };
                };
                const describe = el => {
                  let d = el.tagName.toLowerCase();
                  if (el.id) d += '#' + el.id;
                  if (el.classList.length) d += '.' + [...el.classList].join('.');
                  const href = el.getAttribute('href');
                  if (href) d += '[href="' + href + '"]';
                  const text = (el.innerText || el.value || el.getAttribute('aria-label') || '').trim().replace(/\\s+/g, ' ');
                  if (text) d += ' "' + (text.length > 40 ? text.slice(0, 37) + '...' : text) + '"';
                  return d;
                };
                const rendered = el => {
                  if (el.closest('[inert]')) return false;
                  const cs = getComputedStyle(el);
                  return cs.display !== 'none' && cs.visibility !== 'hidden' && el.getClientRects().length > 0;
                };
                const expected = [...document.querySelectorAll(selector)].filter(el =>
                    !el.disabled
                    // tabindex="-1" takes a native control out of the Tab order: that is a defect, so it stays
                    // expected; on anything else it only makes the element focusable by script (main).
                    && (el.matches(native) || !(el.hasAttribute('tabindex') && parseInt(el.getAttribute('tabindex'), 10) < 0))
                    && !(el.tagName === 'SUMMARY' && (el.parentElement.tagName !== 'DETAILS' || el.parentElement.querySelector('summary') !== el))
                    && !(el.tagName === 'A' && !el.hasAttribute('href') && !el.hasAttribute('tabindex'))
                    && rendered(el));
                const before = new Map(expected.map(el => [el, look(el)]));
                const log = [];
                window.__hitFocusLog = log;
                window.__hitExpected = expected;
                document.addEventListener('focusin', e => {
                  const el = e.target;
                  const after = look(el);
                  const was = before.get(el) || look(document.body);
                  const indicator = (after.outlineShows && after.outline !== was.outline)
                      || (after.shadow !== 'none' && after.shadow !== was.shadow)
                      || (after.backgroundShows && after.background !== was.background);
                  const r = el.getBoundingClientRect();
                  const onScreen = r.width > 0 && r.height > 0 && r.bottom > 0 && r.right > 0
                      && r.top < window.innerHeight && r.left < window.innerWidth;
                  log.push({index: expected.indexOf(el), what: describe(el), indicator, onScreen,
                      before: 'outline ' + was.outline + ', box-shadow ' + was.shadow + ', background ' + was.background,
                      after: 'outline ' + after.outline + ', box-shadow ' + after.shadow + ', background ' + after.background});
                }, true);
                return expected.map(describe);
                """;

        private void keyboard(String page) {
            ChromeDriver driver = chromium.driver();
            @SuppressWarnings("unchecked")
            List<String> expected = (List<String>) driver.executeScript(KEYBOARD_SETUP);
            // One Tab per expected stop, plus slack for stops the page adds (a scrollable box is one). If
            // focus has not come round to the first stop again by then, keep going, up to twice as far.
            pressTab(expected.size() + 10);
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> log =
                    (List<Map<String, Object>>) driver.executeScript("return window.__hitFocusLog;");
            if (!wrapped(log) && expected.size() > 0) {
                pressTab(expected.size() + 10);
                @SuppressWarnings("unchecked")
                List<Map<String, Object>> more =
                        (List<Map<String, Object>>) driver.executeScript("return window.__hitFocusLog;");
                log = more;
            }

            boolean[] reached = new boolean[expected.size()];
            List<String> reported = new ArrayList<>();
            for (Map<String, Object> stop : log) {
                int index = ((Number) stop.get("index")).intValue();
                if (index >= 0) {
                    reached[index] = true;
                }
                String what = (String) stop.get("what");
                if (reported.contains(what)) {
                    continue;
                }
                if (!Boolean.TRUE.equals(stop.get("indicator")) && !indicatorOnSecondLook(index, what)) {
                    reported.add(what);
                    add(
                            Check.FOCUS_VISIBLE,
                            page,
                            "no visible focus indicator on " + what + ": focused " + stop.get("after")
                                    + " looks like unfocused " + stop.get("before"));
                } else if (!Boolean.TRUE.equals(stop.get("onScreen"))) {
                    reported.add(what);
                    add(Check.FOCUS_VISIBLE, page, what + " stays off screen when focused");
                }
            }
            for (int i = 0; i < expected.size(); i++) {
                if (!reached[i]) {
                    add(Check.KEYBOARD, page, "not reachable with Tab: " + expected.get(i));
                }
            }
            skipLink(page, log);
        }

        /**
         * Tabs onto the element once more, from the element before it, and says whether it shows a focus
         * indicator this time. A real defect fails both looks; a one-off glitch in the browser does not.
         */
        private boolean indicatorOnSecondLook(int index, String what) {
            if (index < 0) {
                return false;
            }
            ChromeDriver driver = chromium.driver();
            driver.executeScript("""
                    const previous = window.__hitExpected[arguments[0] - 1];
                    if (previous) { previous.focus(); } else if (document.activeElement) { document.activeElement.blur(); }
                    """, index);
            pressTab(1);
            @SuppressWarnings("unchecked")
            Map<String, Object> last = (Map<String, Object>)
                    driver.executeScript("const log = window.__hitFocusLog; return log[log.length - 1];");
            return last != null && what.equals(last.get("what")) && Boolean.TRUE.equals(last.get("indicator"));
        }

        private void pressTab(int times) {
            Actions tabs = new Actions(chromium.driver());
            for (int i = 0; i < times; i++) {
                tabs.sendKeys(Keys.TAB);
            }
            tabs.perform();
        }

        /** Whether Tab has come back round to the first element it reached. */
        private static boolean wrapped(List<Map<String, Object>> log) {
            return log.size() > 1
                    && log.subList(1, log.size()).stream()
                            .anyMatch(stop -> stop.get("what").equals(log.get(0).get("what")));
        }

        /** The first Tab stop is a link to main's id; Enter on it puts focus on main. */
        private void skipLink(String page, List<Map<String, Object>> log) {
            ChromeDriver driver = chromium.driver();
            Object mainId = driver.executeScript("const m = document.querySelector('main'); return m ? m.id : null;");
            if (mainId == null || mainId.toString().isEmpty()) {
                add(Check.SKIP_LINK, page, "no <main> element with an id for a skip link to point at");
                return;
            }
            String expectedHref = "#" + mainId;
            String firstStop = log.isEmpty()
                    ? "nothing (Tab focused no element)"
                    : (String) log.get(0).get("what");
            if (log.isEmpty() || !firstStop.contains("[href=\"" + expectedHref + "\"]")) {
                add(
                        Check.SKIP_LINK,
                        page,
                        "the first Tab stop is " + firstStop + ", not a skip link to " + expectedHref);
                return;
            }
            // Activate it from the keyboard, as a reader would: focus it, press Enter.
            driver.executeScript("document.querySelector('a[href=\"' + arguments[0] + '\"]').focus();", expectedHref);
            new Actions(driver).sendKeys(Keys.ENTER).perform();
            Object focused = driver.executeScript("""
                    const a = document.activeElement;
                    return a === document.querySelector('main') ? 'main' : (a ? a.tagName.toLowerCase() + (a.id ? '#' + a.id : '') : 'nothing');""");
            if (!"main".equals(focused)) {
                add(
                        Check.SKIP_LINK,
                        page,
                        "Enter on the skip link leaves focus on " + focused + ", not on <main id=\"" + mainId
                                + "\"> (main needs tabindex=\"-1\")");
            }
        }

        // ---------------------------------------------------------------- reflow and zoom

        /** The elements sticking out past the right edge of the viewport, innermost first, at most five. */
        private static final String OVERFLOWING = """
                const width = document.documentElement.clientWidth;
                const describe = el => el.tagName.toLowerCase() + (el.classList.length ? '.' + [...el.classList].join('.') : '');
                const scrolls = el => { for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
                    const o = getComputedStyle(p).overflowX; if (o === 'auto' || o === 'scroll') return true; } return false; };
                const out = [...document.body.querySelectorAll('*')].filter(el => {
                  const r = el.getBoundingClientRect();
                  return r.width > 0 && r.right > width + 1 && !scrolls(el);
                });
                const innermost = out.filter(el => !out.some(o => o !== el && el.contains(o)));
                return innermost.slice(0, 5).map(el => describe(el) + ' (right edge ' + Math.round(el.getBoundingClientRect().right) + 'px)');
                """;

        private void reflow(String page) {
            ChromeDriver driver = chromium.driver();
            @SuppressWarnings("unchecked")
            Map<String, Object> size = (Map<String, Object>) driver.executeScript(
                    "const d = document.documentElement; return {scroll: d.scrollWidth, client: d.clientWidth};");
            long scroll = ((Number) size.get("scroll")).longValue();
            long client = ((Number) size.get("client")).longValue();
            if (scroll > client) {
                add(
                        Check.REFLOW,
                        page,
                        "scrolls sideways at " + NARROWEST + "px: content is " + scroll + "px wide in a " + client
                                + "px viewport; too wide: " + driver.executeScript(OVERFLOWING));
            }
        }

        private static final String ZOOM = """
                const main = document.querySelector('main');
                const sample = (main && main.querySelector('p, li')) || main || document.body;
                const before = parseFloat(getComputedStyle(sample).fontSize);
                document.documentElement.style.fontSize = '200%';
                const after = parseFloat(getComputedStyle(sample).fontSize);
                const d = document.documentElement;
                const clipped = [];
                if (main) {
                  // Visually hidden text (the 1 px clip pattern, for screen readers only) is meant to be clipped.
                  const hidden = el => { for (let e = el; e && e !== main.parentElement; e = e.parentElement) {
                      const c = getComputedStyle(e), r = e.getBoundingClientRect();
                      if ((c.clip === 'rect(0px, 0px, 0px, 0px)' || c.clipPath === 'inset(50%)' || (r.width <= 1 && r.height <= 1))
                          && c.position === 'absolute') return true; } return false; };
                  for (const el of [main, ...main.querySelectorAll('*')]) {
                    const cs = getComputedStyle(el);
                    if (!el.innerText || !el.innerText.trim() || el.getClientRects().length === 0 || hidden(el)) continue;
                    const hidesX = cs.overflowX === 'hidden' || cs.overflowX === 'clip';
                    const hidesY = cs.overflowY === 'hidden' || cs.overflowY === 'clip';
                    const what = el.tagName.toLowerCase() + (el.classList.length ? '.' + [...el.classList].join('.') : '');
                    if (hidesX && el.scrollWidth > el.clientWidth + 1) clipped.push(what + ' cuts off text on the right');
                    else if (hidesY && el.scrollHeight > el.clientHeight + 1) clipped.push(what + ' cuts off text at the bottom');
                    else if (cs.textOverflow === 'ellipsis' && el.scrollWidth > el.clientWidth + 1) clipped.push(what + ' truncates text with an ellipsis');
                    if (clipped.length >= 5) break;
                  }
                }
                return {before, after, scroll: d.scrollWidth, client: d.clientWidth, clipped};
                """;

        private void textZoom(String page) {
            ChromeDriver driver = chromium.driver();
            @SuppressWarnings("unchecked")
            Map<String, Object> zoom = (Map<String, Object>) driver.executeScript(ZOOM);
            double before = ((Number) zoom.get("before")).doubleValue();
            double after = ((Number) zoom.get("after")).doubleValue();
            if (after < before * 1.9) {
                add(
                        Check.TEXT_ZOOM,
                        page,
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
                        page,
                        "scrolls sideways at " + ZOOM_WIDTH + "px with text at 200%: content is " + scroll
                                + "px wide in a " + client + "px viewport; too wide: "
                                + driver.executeScript(OVERFLOWING));
            }
            @SuppressWarnings("unchecked")
            List<String> clipped = (List<String>) zoom.get("clipped");
            for (String c : clipped) {
                add(Check.TEXT_ZOOM, page, "text clipped at " + ZOOM_WIDTH + "px with text at 200%: " + c);
            }
        }

        // ---------------------------------------------------------------- console and network

        private void console(String page, int width) {
            ChromeDriver driver = chromium.driver();
            for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
                // The browser asks for /favicon.ico by itself, once per session, whichever page comes first:
                // that 404 belongs to no page, so it is not reported here.
                if (entry.getLevel().intValue() >= Level.SEVERE.intValue()
                        && !entry.getMessage().contains("/favicon.ico ")) {
                    add(Check.CONSOLE, page, "console error at " + width + "px: " + flat(entry.getMessage()));
                }
            }
            @SuppressWarnings("unchecked")
            List<String> offSite = (List<String>)
                    driver.executeScript(
                            "return performance.getEntriesByType('resource').map(e => e.name).filter(n => new URL(n).origin !== location.origin);");
            for (String request : offSite) {
                add(Check.CONSOLE, page, "request to another origin: " + request);
            }
        }

        private void screenshot(String template, String variant) {
            if (screenshots == null || template == null) {
                return;
            }
            timed("screenshots", () -> {
                ChromeDriver driver = chromium.driver();
                Map<String, Object> metrics = driver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
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
                Map<String, Object> shot = driver.executeCdpCommand(
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

        private void add(Check check, String page, String message) {
            problems.computeIfAbsent(check, c -> new ArrayList<>()).add(page + ": " + check.label + ": " + message);
        }

        private void timed(String part, Runnable work) {
            long started = System.nanoTime();
            try {
                work.run();
            } finally {
                timings.merge(part, (System.nanoTime() - started) / 1_000_000, Long::sum);
            }
        }
    }

    // ---------------------------------------------------------------- screenshots

    private Map<String, String> representatives(Path site, List<String> pages) {
        Map<String, String> firstOfTemplate = new LinkedHashMap<>();
        for (String page : pages) {
            Matcher m = TEMPLATE.matcher(BakedSite.parse(site, page).body().className());
            String template = m.find() ? m.group(1) : "other";
            firstOfTemplate.putIfAbsent(template, page);
        }
        Map<String, String> byPage = new LinkedHashMap<>();
        firstOfTemplate.forEach((template, page) -> byPage.put(page, template));
        return byPage;
    }

    private static String flat(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s+", " ");
    }

    private static String shorten(String text, int max) {
        String flat = flat(text);
        return flat.length() > max ? flat.substring(0, max - 3) + "..." : flat;
    }
}
