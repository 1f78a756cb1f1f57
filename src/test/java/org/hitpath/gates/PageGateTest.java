package org.hitpath.gates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The walk every page-by-page gate shares: pages in order, each problem behind its page's path, the
 * site-wide problems last, set-up before and tear-down after, in parallel or not. The gates' own checks
 * are in GateDefectsTest and GateDefectsIT.
 */
class PageGateTest {

    @TempDir
    Path site;

    @BeforeEach
    void aSiteOfThreePagesAndAStylesheet() throws IOException {
        for (String file : List.of("index.html", "b/two.html", "a.html", "css/site.css")) {
            Files.createDirectories(site.resolve(file).getParent());
            Files.writeString(site.resolve(file), "");
        }
    }

    /** Reports each page's given problems, and one site-wide problem; notes when it is set up and torn down. */
    private static class Recording extends PageGate {
        final Map<String, List<String>> problems;
        final int parallelism;
        final List<String> events = new ArrayList<>();

        Recording(int parallelism, Map<String, List<String>> problems) {
            this.parallelism = parallelism;
            this.problems = problems;
        }

        @Override
        public String name() {
            return "recording";
        }

        @Override
        protected int parallelism() {
            return parallelism;
        }

        @Override
        protected void start(Path site, List<String> pages) {
            events.add("start " + pages);
        }

        @Override
        protected List<String> checkPage(Path site, String page) {
            // The first page takes longest, so that in parallel it finishes last.
            sleep(page.equals("a.html") ? 300 : 0);
            return problems.getOrDefault(page, List.of());
        }

        @Override
        protected List<String> finish(Path site, List<String> pages) {
            return List.of("css/site.css: a site-wide problem");
        }

        @Override
        protected void stop() {
            events.add("stop");
        }
    }

    private static final Map<String, List<String>> PROBLEMS = Map.of(
            "a.html", List.of("first problem", "second problem"),
            "b/two.html", List.of("only problem"));

    @Test
    void eachProblemStartsWithItsPageInPageOrderAndTheSiteWideProblemsComeLast() {
        Recording gate = new Recording(1, PROBLEMS);
        GateResult result = gate.check(site);
        assertEquals(
                List.of(
                        "a.html: first problem",
                        "a.html: second problem",
                        "b/two.html: only problem",
                        "css/site.css: a site-wide problem"),
                result.problems());
        assertEquals(3, result.pagesChecked());
        assertEquals("recording", result.gate());
        assertEquals(List.of("start [a.html, b/two.html, index.html]", "stop"), gate.events);
    }

    @Test
    void pagesCheckedInParallelReportInPageOrderToo() {
        GateResult result = new Recording(3, PROBLEMS).check(site);
        assertEquals(
                List.of(
                        "a.html: first problem",
                        "a.html: second problem",
                        "b/two.html: only problem",
                        "css/site.css: a site-wide problem"),
                result.problems());
        assertTrue(result.took().toMillis() >= 300, "the run is timed: " + result.took());
    }

    @Test
    void aPageCheckThatThrowsFailsTheRunAndTheGateIsStillTornDown() {
        Recording gate = new Recording(2, PROBLEMS) {
            @Override
            protected List<String> checkPage(Path site, String page) {
                if (page.equals("b/two.html")) {
                    throw new IllegalStateException("the browser crashed on " + page);
                }
                return super.checkPage(site, page);
            }
        };
        IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> gate.check(site));
        assertEquals("the browser crashed on b/two.html", thrown.getMessage());
        assertEquals("stop", gate.events.get(gate.events.size() - 1));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
