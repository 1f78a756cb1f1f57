package org.hitpath.gates;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.hitpath.gates.BrowserGate.Check;
import org.hitpath.gates.Chromium.Key;

/**
 * The keyboard checks of one page, in a browser that has it open: Tab reaches every interactive element,
 * each shows a visible focus indicator while on screen, and the first Tab stop is a skip link that moves
 * focus to main. They move focus, so they run after the checks that only look.
 */
final class KeyboardChecks {

    /** Marks every interactive element with its unfocused look, and logs each element focus lands on. */
    private static final String FOCUS_LOG = BrowserScripts.read("focus-log.js");

    /** Focuses the Tab stop before a given one, so that one Tab lands on it again. */
    private static final String FOCUS_PREVIOUS = BrowserScripts.read("focus-previous.js");

    /** "main" when main has focus, else what has it. */
    private static final String FOCUSED_ELEMENT = BrowserScripts.read("focused-element.js");

    private final Chromium chromium;
    private final BiConsumer<Check, String> report;

    /** Checks in the browser's current page; each problem goes to REPORT with its check. */
    KeyboardChecks(Chromium chromium, BiConsumer<Check, String> report) {
        this.chromium = chromium;
        this.report = report;
    }

    void run() {
        @SuppressWarnings("unchecked")
        List<String> expected = (List<String>) chromium.script(FOCUS_LOG);
        // One Tab per expected stop, plus slack for stops the page adds (a scrollable box is one). If
        // focus has not come round to the first stop again by then, keep going, up to twice as far.
        pressTab(expected.size() + 10);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> log = (List<Map<String, Object>>) chromium.script("return window.__hitFocusLog;");
        if (!wrapped(log) && expected.size() > 0) {
            pressTab(expected.size() + 10);
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> more =
                    (List<Map<String, Object>>) chromium.script("return window.__hitFocusLog;");
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
                report.accept(
                        Check.FOCUS_VISIBLE,
                        "no visible focus indicator on " + what + ": focused " + stop.get("after")
                                + " looks like unfocused " + stop.get("before"));
            } else if (!Boolean.TRUE.equals(stop.get("onScreen"))) {
                reported.add(what);
                report.accept(Check.FOCUS_VISIBLE, what + " stays off screen when focused");
            }
        }
        for (int i = 0; i < expected.size(); i++) {
            if (!reached[i]) {
                report.accept(Check.KEYBOARD, "not reachable with Tab: " + expected.get(i));
            }
        }
        skipLink(log);
    }

    /**
     * Tabs onto the element once more, from the element before it, and says whether it shows a focus
     * indicator this time. A real defect fails both looks; a one-off glitch in the browser does not.
     */
    private boolean indicatorOnSecondLook(int index, String what) {
        if (index < 0) {
            return false;
        }
        chromium.script(FOCUS_PREVIOUS, index);
        pressTab(1);
        @SuppressWarnings("unchecked")
        Map<String, Object> last =
                (Map<String, Object>) chromium.script("const log = window.__hitFocusLog; return log[log.length - 1];");
        return last != null && what.equals(last.get("what")) && Boolean.TRUE.equals(last.get("indicator"));
    }

    private void pressTab(int times) {
        chromium.press(Key.TAB, times);
    }

    /** Whether Tab has come back round to the first element it reached. */
    private static boolean wrapped(List<Map<String, Object>> log) {
        return log.size() > 1
                && log.subList(1, log.size()).stream()
                        .anyMatch(stop -> stop.get("what").equals(log.get(0).get("what")));
    }

    /** The first Tab stop is a link to main's id; Enter on it puts focus on main. */
    private void skipLink(List<Map<String, Object>> log) {
        Object mainId = chromium.script("const m = document.querySelector('main'); return m ? m.id : null;");
        if (mainId == null || mainId.toString().isEmpty()) {
            report.accept(Check.SKIP_LINK, "no <main> element with an id for a skip link to point at");
            return;
        }
        String expectedHref = "#" + mainId;
        String firstStop = log.isEmpty()
                ? "nothing (Tab focused no element)"
                : (String) log.get(0).get("what");
        if (log.isEmpty() || !firstStop.contains("[href=\"" + expectedHref + "\"]")) {
            report.accept(
                    Check.SKIP_LINK, "the first Tab stop is " + firstStop + ", not a skip link to " + expectedHref);
            return;
        }
        // Activate it from the keyboard, as a reader would: focus it, press Enter.
        chromium.script("document.querySelector('a[href=\"' + arguments[0] + '\"]').focus();", expectedHref);
        chromium.press(Key.ENTER, 1);
        Object focused = chromium.script(FOCUSED_ELEMENT);
        if (!"main".equals(focused)) {
            report.accept(
                    Check.SKIP_LINK,
                    "Enter on the skip link leaves focus on " + focused + ", not on <main id=\"" + mainId
                            + "\"> (main needs tabindex=\"-1\")");
        }
    }
}
