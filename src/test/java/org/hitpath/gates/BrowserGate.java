package org.hitpath.gates;

import com.deque.html.axecore.providers.EmbeddedResourceAxeProvider;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
 *
 * <p>This class runs the browsers; the checks themselves are in {@link BrowserChecks} and
 * {@link KeyboardChecks}, their JavaScript in src/test/resources/gates/.
 */
public final class BrowserGate extends PageGate {

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

    private static final Pattern TEMPLATE = Pattern.compile("\\bhit-page--([a-z0-9-]+)");

    private final List<Chromium> browsers;
    private final Path screenshots;

    // The last run: its pages, their problems by check, and what the browsers measured.
    private List<String> pages = List.of();
    private final Map<String, Map<Check, List<String>>> found = new ConcurrentHashMap<>();
    private final Map<String, Long> timings = new TreeMap<>();
    private final Map<String, Integer> needsReview = new TreeMap<>();
    private final List<String> screenshotsTaken = new ArrayList<>();

    // Set up for a run, by start: the loopback server, the screenshot page of each template, the browsers.
    private StaticServer server;
    private Map<String, String> representatives;
    private List<BrowserChecks> sessions;
    private BlockingQueue<BrowserChecks> idle;

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

    /** One page at a time per browser. */
    @Override
    protected int parallelism() {
        return browsers.size();
    }

    @Override
    protected void start(Path site, List<String> pages) {
        this.pages = pages;
        found.clear();
        timings.clear();
        needsReview.clear();
        screenshotsTaken.clear();
        representatives = representatives(site, pages);
        server = StaticServer.serve(site);
        String axe = axeSource();
        sessions = browsers.stream().map(b -> new BrowserChecks(b, screenshots)).toList();
        sessions.forEach(s -> s.preloadAxe(axe));
        idle = new LinkedBlockingQueue<>(sessions);
    }

    /** Checks the page in whichever browser is free; there is one for every thread the base runs. */
    @Override
    protected List<String> checkPage(Path site, String page) {
        BrowserChecks session;
        try {
            session = idle.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
        try {
            Map<Check, List<String>> byCheck = session.check(server.url(page), representatives.get(page));
            found.put(page, byCheck);
            List<String> problems = new ArrayList<>();
            byCheck.values().forEach(problems::addAll);
            return problems;
        } finally {
            idle.add(session);
        }
    }

    @Override
    protected List<String> finish(Path site, List<String> pages) {
        for (BrowserChecks session : sessions) {
            session.timings.forEach((part, ms) -> timings.merge(part, ms, Long::sum));
            session.needsReview.forEach((id, n) -> needsReview.merge(id, n, Integer::sum));
            screenshotsTaken.addAll(session.screenshotsTaken);
        }
        Collections.sort(screenshotsTaken);
        return List.of();
    }

    @Override
    protected void stop() {
        if (server != null) {
            server.close();
        }
        server = null;
        sessions = null;
        idle = null;
    }

    /** The problems of one check from the last run, in page order, each as "page: label: message". */
    public List<String> problems(Check check) {
        List<String> problems = new ArrayList<>();
        for (String page : pages) {
            for (String problem : found.getOrDefault(page, Map.of()).getOrDefault(check, List.of())) {
                problems.add(page + ": " + problem);
            }
        }
        return problems;
    }

    public int pagesChecked() {
        return pages.size();
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

    /** axe-core as shipped in com.deque.html.axe-core:selenium, added to every document the browsers open. */
    private static String axeSource() {
        try {
            return new EmbeddedResourceAxeProvider().getScript();
        } catch (Exception e) {
            throw new IllegalStateException("axe-core's script is missing from com.deque.html.axe-core:selenium", e);
        }
    }

    /**
     * The first page of each template (body class hit-page--TYPE), by page: the pages screenshots are of;
     * and the program index, whose tile map no other listing has.
     */
    private static Map<String, String> representatives(Path site, List<String> pages) {
        Map<String, String> firstOfTemplate = new LinkedHashMap<>();
        for (String page : pages) {
            Matcher m = TEMPLATE.matcher(BakedSite.parse(site, page).body().className());
            String template = m.find() ? m.group(1) : "other";
            firstOfTemplate.putIfAbsent(template, page);
        }
        if (pages.contains("schools/index.html") && !firstOfTemplate.containsValue("schools/index.html")) {
            firstOfTemplate.put("schools-index", "schools/index.html");
        }
        Map<String, String> byPage = new LinkedHashMap<>();
        firstOfTemplate.forEach((template, page) -> byPage.put(page, template));
        return byPage;
    }
}
