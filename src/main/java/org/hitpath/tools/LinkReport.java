package org.hitpath.tools;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The link check's findings: a Markdown summary (for a job summary or a terminal) and a GitHub Actions
 * warning on each file and line that cites an address that did not answer with its page.
 */
final class LinkReport {

    private static final Comparator<CitedSources.Citation> BY_PLACE = Comparator.comparing(CitedSources.Citation::file)
            .thenComparingInt(CitedSources.Citation::line)
            .thenComparing(CitedSources.Citation::url);

    private LinkReport() {}

    static String markdown(List<CitedSources.Citation> citations, Map<String, LinkChecker.Result> results) {
        StringBuilder out = new StringBuilder("## Source links\n\n");
        Map<LinkChecker.Verdict, Integer> counts = new EnumMap<>(LinkChecker.Verdict.class);
        results.values().forEach(r -> counts.merge(r.verdict(), 1, Integer::sum));
        out.append("Checked ")
                .append(plural(results.size(), "address", "addresses"))
                .append(", cited ")
                .append(plural(citations.size(), "time", "times"))
                .append(": ")
                .append(counts.entrySet().stream()
                        .map(e -> e.getValue() + " " + e.getKey().label)
                        .collect(Collectors.joining(", ")))
                .append(".\n");
        List<LinkChecker.Result> problems = problems(results);
        if (problems.isEmpty()) {
            return out.append("\nEvery address answered with its page.\n").toString();
        }
        out.append("\n| Address | Result | Cited in |\n| --- | --- | --- |\n");
        for (LinkChecker.Result r : problems) {
            String where = citations.stream()
                    .filter(c -> c.url().equals(r.url()))
                    .sorted(BY_PLACE)
                    .map(c -> "`" + c.file() + "`" + (c.line() > 0 ? " line " + c.line() : ""))
                    .collect(Collectors.joining("<br>"));
            out.append("| ")
                    .append(cell(r.url()))
                    .append(" | ")
                    .append(r.verdict().label)
                    .append(": ")
                    .append(cell(r.detail()))
                    .append(" | ")
                    .append(where)
                    .append(" |\n");
        }
        return out.toString();
    }

    /** One warning per citation of an address that did not answer with its page, by file and line. */
    static List<String> annotations(List<CitedSources.Citation> citations, Map<String, LinkChecker.Result> results) {
        List<String> lines = new ArrayList<>();
        citations.stream().sorted(BY_PLACE).forEach(c -> {
            LinkChecker.Result r = results.get(c.url());
            if (r != null && r.verdict() != LinkChecker.Verdict.LIVE) {
                lines.add("::warning file=" + property(c.file()) + (c.line() > 0 ? ",line=" + c.line() : "") + "::"
                        + data("source " + r.url() + ": " + r.verdict().label + " (" + r.detail() + ")"));
            }
        });
        return lines;
    }

    /** Every address that did not answer with its page, worst first, then by address. */
    static List<LinkChecker.Result> problems(Map<String, LinkChecker.Result> results) {
        return results.values().stream()
                .filter(r -> r.verdict() != LinkChecker.Verdict.LIVE)
                .sorted(Comparator.comparing(LinkChecker.Result::verdict).thenComparing(LinkChecker.Result::url))
                .toList();
    }

    private static String plural(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    private static String cell(String s) {
        return s.replace("|", "\\|").replace("<", "&lt;");
    }

    /** An annotation's message, escaped as GitHub's workflow commands require. */
    private static String data(String s) {
        return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** An annotation's property value, which may not hold a colon or comma either. */
    private static String property(String s) {
        return data(s).replace(":", "%3A").replace(",", "%2C");
    }
}
