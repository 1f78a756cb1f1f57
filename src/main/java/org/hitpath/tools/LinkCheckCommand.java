package org.hitpath.tools;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import org.hitpath.load.SiteLoader;

/**
 * {@code links SRC [--summary FILE]}: checks every external address the site folder SRC cites (see
 * {@link CitedSources}) and reports those that are dead, moved, timed out or refused. The Markdown report
 * is appended to FILE (a GitHub job summary) or printed; under GitHub Actions each citation of a bad
 * address is also printed as a warning on its file and line. Exit 0 when every address is live, 1
 * otherwise, 2 when SRC is not a site folder.
 */
public final class LinkCheckCommand {

    private LinkCheckCommand() {}

    public static int run(Path source, Path summary, PrintStream out, PrintStream err)
            throws IOException, InterruptedException {
        boolean annotate = "true".equals(System.getenv("GITHUB_ACTIONS"));
        return run(source, summary, LinkChecker.standard(), annotate, out, err);
    }

    static int run(Path source, Path summary, LinkChecker checker, boolean annotate, PrintStream out, PrintStream err)
            throws IOException, InterruptedException {
        if (!Files.isRegularFile(source.resolve("jbake.properties"))) {
            err.println("links: " + source + " is not a site folder (it has no jbake.properties)");
            return 2;
        }
        SiteLoader.Loaded loaded = SiteLoader.load(source);
        if (!loaded.problems().isEmpty()) {
            err.println("links: the site has " + loaded.problems().size()
                    + " problem(s), which the bake reports; checking the addresses that loaded");
        }
        List<CitedSources.Citation> citations = CitedSources.of(loaded.site());
        Map<String, LinkChecker.Result> results =
                checker.check(citations.stream().map(CitedSources.Citation::url).toList());
        String report = LinkReport.markdown(citations, results);
        if (summary == null) {
            out.print(report);
        } else {
            Files.writeString(
                    summary, report, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        }
        if (annotate) {
            LinkReport.annotations(citations, results).forEach(out::println);
        }
        return LinkReport.problems(results).isEmpty() ? 0 : 1;
    }
}
