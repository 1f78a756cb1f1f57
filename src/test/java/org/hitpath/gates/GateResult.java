package org.hitpath.gates;

import java.time.Duration;
import java.util.List;

/**
 * What one gate found on one site folder: how many pages it looked at, how long it took, and every
 * problem as one line that starts with the page it is on ({@code courses/x.html: broken link to y.html}).
 */
public record GateResult(String gate, int pagesChecked, Duration took, List<String> problems) {

    public GateResult {
        problems = List.copyOf(problems);
    }

    public boolean passed() {
        return problems.isEmpty();
    }

    /** One line for the build log: gate, page count, time, problem count. */
    public String summary() {
        return String.format(
                "%-14s %3d pages  %6.1f s  %s",
                gate,
                pagesChecked,
                took.toMillis() / 1000.0,
                problems.isEmpty() ? "ok" : problems.size() + " problem(s)");
    }

    /** The summary followed by every problem, one a line: what an assertion message shows. */
    public String describe() {
        StringBuilder out = new StringBuilder(summary());
        for (String p : problems) {
            out.append("\n  ").append(p);
        }
        return out.toString();
    }
}
