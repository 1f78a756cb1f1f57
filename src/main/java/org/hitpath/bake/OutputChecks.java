package org.hitpath.bake;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.hitpath.content.GeneratedPage;
import org.hitpath.content.Page;
import org.hitpath.content.Problem;
import org.hitpath.content.Site;

/** Checks the baked folder before it replaces the published site: one page per source, nothing raw, nothing extra. */
final class OutputChecks {

    /** What a published site may contain; anything else means a raw or stray file slipped through. */
    static final Pattern ALLOWED_FILE =
            Pattern.compile("[a-z0-9][a-z0-9._/-]*\\.(html|css|js|json|xml|txt|png|jpg|webp|ico)");

    /** Elements whose text is not prose a reader meets: scripts, styles, code, and the head apart from its title. */
    private static final Pattern VISIBLE_TEXT_SKIPS =
            Pattern.compile("(?is)<(script|style|code|pre)\\b.*?</\\1>|<meta\\b[^>]*>|<link\\b[^>]*>");

    private static final Pattern TAG = Pattern.compile("<[^>]+>");

    private OutputChecks() {}

    /** Every acronym a reader meets must be explained in the glossary. */
    private static void acronyms(Site site, String page, String source, String html, List<Problem> problems) {
        // A regular-expression pass, not a full HTML parse: this runs on every page of a large site.
        String text = VISIBLE_TEXT_SKIPS.matcher(html).replaceAll(" ");
        text = TAG.matcher(text).replaceAll(" ");
        for (String word : org.hitpath.content.Acronyms.in(text)) {
            if (!site.career().glossary().containsKey(word)
                    && !org.hitpath.content.Acronyms.exempt(word, site.career())) {
                problems.add(
                        Problem.of(
                                source,
                                0,
                                "acronym",
                                "\"" + word + "\" appears on " + page + " but data/glossary.yaml does not define it",
                                "add " + word
                                        + " to data/glossary.yaml, or to data/not-acronyms.yaml with the reason it is not an acronym"));
            }
        }
    }

    static List<Problem> check(Site site, List<GeneratedPage> generated, Path out, boolean withDrafts)
            throws IOException {
        List<Problem> problems = new ArrayList<>();
        Set<String> expectedPages = new HashSet<>();
        for (Page p : site.built(withDrafts)) {
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
        for (GeneratedPage g : generated) {
            expectedPages.add(g.outputPath());
        }
        java.util.Map<String, String> sourceOf = new java.util.HashMap<>();
        site.built(withDrafts).forEach(p -> sourceOf.put(p.outputPath(), p.path()));
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
                continue;
            }
            if (rel.endsWith(".html")) {
                if (!expectedPages.contains(rel)) {
                    problems.add(Problem.of(
                            "(output)",
                            0,
                            rel,
                            "is a page no content file or generator accounts for",
                            "one page per source"));
                }
                String html = Files.readString(file, StandardCharsets.UTF_8);
                if (!site.career().glossary().isEmpty()) {
                    acronyms(site, rel, sourceOf.getOrDefault(rel, rel), html, problems);
                }
                if (html.contains("FreeMarker template error") || html.contains("freemarker.core.")) {
                    problems.add(
                            Problem.of("(output)", 0, rel, "contains a template error trace", "pages without errors"));
                }
            }
        }
        return problems;
    }
}
