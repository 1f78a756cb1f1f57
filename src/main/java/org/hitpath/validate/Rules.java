package org.hitpath.validate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hitpath.load.Broken;
import org.hitpath.plan.Plan;
import org.hitpath.schema.Problem;
import org.hitpath.site.Page;
import org.hitpath.site.Site;

/**
 * What every rule family reads, and where it reports: the site, its plan, whether drafts are built, the
 * day of the bake, what the loader left out. A reference to something left out is not reported again:
 * it is folded under the first problem of the thing it points at ("3 pages use this record").
 */
final class Rules {

    final Site site;
    final Plan plan;
    final boolean withDrafts;
    final LocalDate today;
    // The body rules run on several threads at once (Validator); the problems are sorted at the end.
    final List<Problem> problems = Collections.synchronizedList(new ArrayList<>());
    private final Broken broken;
    private final Set<String> builtPaths = new HashSet<>();
    private final Map<Problem, List<String>> followOns = new LinkedHashMap<>();

    Rules(Site site, Plan plan, boolean withDrafts, LocalDate today, Broken broken) {
        this.site = site;
        this.plan = plan;
        this.withDrafts = withDrafts;
        this.today = today;
        this.broken = broken;
        site.pagesToBuild(withDrafts).forEach(p -> builtPaths.add(p.outputPath()));
    }

    void add(Problem problem) {
        problems.add(problem);
    }

    /** A problem in the body of PAGE at LINE: most of the body rules report this way. */
    static Problem inBody(Page page, int line, String message, String allowed) {
        return Problem.of(page.path(), line, "body", message, allowed);
    }

    /** Whether a page at OUTPUT_PATH will be in this build: a content page that is built, or a generated page. */
    boolean willExist(String outputPath) {
        return builtPaths.contains(outputPath) || plan.has(outputPath);
    }

    /** Why a page at OUTPUT_PATH will not exist, as a message continues after its quoted address. */
    String whyMissing(String outputPath) {
        boolean exists = site.pages().stream().anyMatch(p -> p.outputPath().equals(outputPath));
        return exists ? "is a draft, so the link would break" : "is not a page of the site";
    }

    /** If KEY names a figure record left out because of a problem, notes WHERE as one of its uses and says so. */
    boolean foldedFigure(String key, String where) {
        return fold(broken.figure(key), where);
    }

    /** If the file at SOURCE_PATH was left out because of a problem, notes WHERE as pointing at it and says so. */
    boolean foldedPage(String sourcePath, String where) {
        return fold(broken.page(sourcePath), where);
    }

    static String where(Page page, int line) {
        return page.path() + ":" + line;
    }

    private synchronized boolean fold(Optional<Problem> root, String where) {
        root.ifPresent(r -> followOns.computeIfAbsent(r, k -> new ArrayList<>()).add(where));
        return root.isPresent();
    }

    /** The loader's problems and the rules', follow-ons folded under their root, in file and line order. */
    List<Problem> all(List<Problem> loadProblems) {
        List<Problem> all = new ArrayList<>();
        for (Problem p : loadProblems) {
            List<String> uses = followOns.get(p);
            all.add(uses == null ? p : p.withNote(usesNote(uses)));
        }
        all.addAll(problems);
        all.sort(Problem.ORDER);
        return all;
    }

    private static String usesNote(List<String> uses) {
        List<String> shown = uses.stream().distinct().sorted().toList();
        String list = String.join(", ", shown.subList(0, Math.min(5, shown.size())))
                + (shown.size() > 5 ? " and " + (shown.size() - 5) + " more" : "");
        return shown.size() + (shown.size() == 1 ? " place uses" : " places use") + " it: " + list;
    }
}
