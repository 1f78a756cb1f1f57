package org.hitpath.check;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.hitpath.plan.Plan;
import org.hitpath.render.PageScan;
import org.hitpath.schema.Problem;
import org.hitpath.site.Page;
import org.hitpath.site.Site;

/**
 * Checks the baked folder before it replaces the published site: one page per source, nothing raw,
 * nothing extra, no template error trace, and every acronym a reader meets explained in the glossary.
 */
public final class OutputChecks {

    /** What a published site may contain; anything else means a raw or stray file slipped through. */
    static final Pattern ALLOWED_FILE =
            Pattern.compile("[a-z0-9][a-z0-9._/-]*\\.(html|css|js|json|xml|txt|png|jpg|webp|ico|svg)");

    private final Site site;
    private final Plan plan;
    private final boolean withDrafts;
    private final AcronymCheck acronyms;
    private final Map<String, String> sourceOf = new HashMap<>();
    // Each page's problems, found as the renderer finished it, on whichever thread that was.
    private final Map<String, List<Problem>> pageProblems = new ConcurrentHashMap<>();

    public OutputChecks(Site site, Plan plan, boolean withDrafts) {
        this.site = site;
        this.plan = plan;
        this.withDrafts = withDrafts;
        this.acronyms = new AcronymCheck(site.glossary(), site.root());
        for (Page p : site.pagesToBuild(withDrafts)) {
            sourceOf.put(p.outputPath(), p.path());
        }
    }

    /** Checks a page as it is finished, from the scan the renderer made of it: nothing is read back from disk. */
    public void written(String path, String html, PageScan scan) {
        List<Problem> problems = new ArrayList<>();
        acronyms.check(path, sourceOf.getOrDefault(path, path), scan, problems);
        if (html.contains("FreeMarker template error") || html.contains("freemarker.core.")) {
            problems.add(Problem.of("(output)", 0, path, "contains a template error trace", "pages without errors"));
        }
        pageProblems.put(path, problems);
    }

    /** Checks the baked folder OUT: the pages heard of through {@link #written}, and any other file, read here. */
    public List<Problem> check(Path out) throws IOException {
        List<Problem> problems = new ArrayList<>();
        Set<String> expectedPages = new HashSet<>(plan.paths());
        for (Page p : site.pagesToBuild(withDrafts)) {
            expectedPages.add(p.outputPath());
            if (!Files.isRegularFile(out.resolve(p.outputPath()))) {
                problems.add(Problem.of(
                        p.path(),
                        0,
                        "output",
                        "produced no page at " + p.outputPath(),
                        "one page per published content file"));
            }
        }
        List<Path> files;
        try (Stream<Path> s = Files.walk(out)) {
            files = s.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path file : files) {
            String rel = out.relativize(file).toString().replace('\\', '/');
            if (!ALLOWED_FILE.matcher(rel).matches() || rel.contains("-draft")) {
                problems.add(Problem.of(
                        "(output)",
                        0,
                        rel,
                        "is not a file the site may publish",
                        "pages, stylesheets, scripts and png/jpg/webp images"));
            } else if (rel.endsWith(".html")) {
                if (!expectedPages.contains(rel)) {
                    problems.add(Problem.of(
                            "(output)",
                            0,
                            rel,
                            "is a page no content file or generator accounts for",
                            "one page per source"));
                }
                if (!pageProblems.containsKey(rel)) {
                    // A page the renderer did not write (copied from assets/, say): read and checked here.
                    String html = Files.readString(file, StandardCharsets.UTF_8);
                    written(rel, html, PageScan.of(html));
                }
                problems.addAll(pageProblems.get(rel));
            }
        }
        return problems;
    }
}
