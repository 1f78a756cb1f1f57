package org.hitpath.bake;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.Stream;
import org.hitpath.check.OutputChecks;
import org.hitpath.jbake.JBakeStore;
import org.hitpath.jbake.LogCapture;
import org.hitpath.load.SiteLoader;
import org.hitpath.plan.Plan;
import org.hitpath.plan.Planner;
import org.hitpath.plan.ReviewQueue;
import org.hitpath.render.KeptFolder;
import org.hitpath.render.SiteFolder;
import org.hitpath.render.SiteRenderer;
import org.hitpath.schema.Problem;
import org.hitpath.site.Page;
import org.hitpath.site.Site;
import org.hitpath.validate.Validator;
import org.jbake.app.configuration.DefaultJBakeConfiguration;

/**
 * The bake, start to finish: load the site, plan its generated pages, validate both, let JBake crawl and
 * render the Markdown into its store, render every page, check the output, then swap it into place.
 * Any problem stops the bake before the old site is touched.
 */
public final class SiteBaker {

    private final BakeOptions options;
    private final Progress progress;

    public SiteBaker(BakeOptions options) {
        this(options, Progress.silent());
    }

    /** A bake that tells PROGRESS how far it is. */
    public SiteBaker(BakeOptions options, Progress progress) {
        this.options = options;
        this.progress = progress;
    }

    public BakeReport bake() throws BakeFailure, IOException {
        long start = System.nanoTime();
        Phases phases = new Phases(progress);
        Path output = options.output();
        Files.createDirectories(output.getParent());
        BakeSession session = options.session();
        // In the preview, the spare folder, which holds the site of two bakes ago; otherwise a new one.
        SiteFolder staging =
                session != null ? session.folders.staging(output) : SiteFolder.fresh(newFolderBeside(output));
        boolean published = false;
        // The log is captured from the start: JBake's configuration is made on the side from here.
        try (LogCapture log = LogCapture.begin()) {
            // JBake's configuration reads only jbake.properties and its own defaults: made on the side
            // while the site is loaded and validated, it is ready when the crawl needs it.
            CompletableFuture<DefaultJBakeConfiguration> jbakeConfig =
                    CompletableFuture.supplyAsync(() -> JBakeStore.configuration(options.source(), staging.root()));
            Checked checked = loadAndValidate(phases);
            BakeReport report = bake(checked, jbakeConfig.join(), staging, phases, start, log);
            published = true;
            return report;
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        } finally {
            if (staging instanceof KeptFolder kept) {
                if (!published) {
                    session.folders.failed(kept);
                }
            } else {
                deleteTree(staging.root());
            }
        }
    }

    /**
     * A new empty folder next to OUTPUT, with a name no other bake uses, to bake into and then publish.
     * Made as any folder its user makes, so with the modes the umask gives: a temporary folder's
     * (Files.createTempDirectory) are its owner's alone, and the published site would keep them, which
     * a web server running as another user cannot serve.
     */
    private static Path newFolderBeside(Path output) throws IOException {
        String prefix = "." + output.getFileName() + "-baking-"
                + ProcessHandle.current().pid() + "-";
        for (long n = System.nanoTime(); ; n++) {
            try {
                return Files.createDirectory(output.resolveSibling(prefix + Long.toString(n, 36)));
            } catch (FileAlreadyExistsException e) {
                // Another bake of this process took the name a moment ago: try the next one.
            }
        }
    }

    private BakeReport bake(
            Checked checked,
            DefaultJBakeConfiguration jbakeConfig,
            SiteFolder staging,
            Phases phases,
            long start,
            LogCapture log)
            throws BakeFailure, IOException {
        Site site = checked.site();
        Plan plan = checked.plan();
        BakeSession session = options.session();
        JBakeStore jbake = JBakeStore.crawl(
                jbakeConfig,
                options.source(),
                session == null ? null : session.jbake,
                site.markdown()::renderedHtml,
                phases::end);
        site.markdown().forgetHtml();
        OutputChecks checks = new OutputChecks(site, plan, options.drafts());
        SiteRenderer renderer = new SiteRenderer(
                site,
                plan,
                options.drafts(),
                options.today(),
                jbake,
                (path, html, scan) -> {
                    checks.written(path, html, scan);
                    progress.one();
                },
                session == null ? null : session.cleaned);
        progress.counting(
                "render pages",
                site.pagesToBuild(options.drafts()).size() + plan.pages().size());
        fail("JBake dropped %d file(s)", renderer.unreadPages());
        fail("%d page(s) failed to render; the previous site was kept", renderer.renderPages(staging));
        phases.end("render pages");
        renderer.writeSiteFiles(staging);
        phases.end("sitemap, feed, search index");
        fail("assets failed to copy", renderer.copyAssets(staging));
        jbake.templatesRead();
        if (staging instanceof KeptFolder kept) {
            kept.finish();
        }
        phases.end("assets");
        jbake.tidyKeptStore(renderer.documents(), everyOutputPath(site));
        int files = checkAndPublish(checks, staging, log, phases);
        long millis = (System.nanoTime() - start) / 1_000_000;
        String review = ReviewQueue.of(site, options.drafts(), options.today()).summary();
        return new BakeReport(
                site.pagesToBuild(options.drafts()).size(),
                plan.pages().size(),
                files,
                millis,
                review,
                phases,
                jbake.bodiesParsedAgain());
    }

    /** Checks the written site and, when it passes, puts it in the output folder's place; how many files it has. */
    private int checkAndPublish(OutputChecks checks, SiteFolder staging, LogCapture log, Phases phases)
            throws BakeFailure, IOException {
        List<Problem> problems = new ArrayList<>(checks.check(staging.root()));
        for (String message : log.messages()) {
            problems.add(Problem.of("(jbake)", 0, "log", message, "a bake that logs no warning or error"));
        }
        fail("%d problem(s) in the baked output; the previous site was kept", problems);
        int files = countFiles(staging.root());
        phases.end("output checks");
        if (staging instanceof KeptFolder kept) {
            options.session().folders.publish(kept);
        } else {
            swapInto(staging.root());
        }
        phases.end("swap");
        return files;
    }

    /** A loaded site that passed validation, and the plan of its generated pages. */
    private record Checked(Site site, Plan plan) {}

    /**
     * Loads the site, plans its generated pages once and checks both; a site with any problem never
     * reaches JBake.
     */
    private Checked loadAndValidate(Phases phases) throws BakeFailure, IOException {
        SiteLoader.Loaded loaded = SiteLoader.load(options.source(), options.siteUrl(), options.deploy());
        progress.sized(loaded.site().pages().size());
        progress.count(
                "load and validate",
                String.format(
                        Locale.ROOT,
                        "%,d content files, %,d figure records",
                        loaded.site().pages().size(),
                        loaded.site().figures().size()));
        Plan plan = Planner.plan(loaded.site(), options.drafts());
        List<Problem> problems = Validator.check(
                loaded,
                plan,
                options.drafts(),
                options.today(),
                options.session() == null ? null : options.session().parsed);
        phases.end("load and validate");
        fail("%d problem(s) in the site source; nothing was baked", problems);
        return new Checked(loaded.site(), plan);
    }

    /** Stops the bake when there are problems; SUMMARY may hold a %d for their number. */
    private static void fail(String summary, List<Problem> problems) throws BakeFailure {
        if (!problems.isEmpty()) {
            throw new BakeFailure(String.format(summary, problems.size()), problems);
        }
    }

    /** Where every content file goes, drafts included: what a kept store may hold documents for. */
    private static Set<String> everyOutputPath(Site site) {
        Set<String> paths = new HashSet<>();
        for (Page page : site.pagesToBuild(true)) {
            paths.add(page.outputPath());
        }
        return paths;
    }

    private void swapInto(Path staging) throws IOException {
        Path output = options.output();
        Path old = null;
        if (Files.exists(output)) {
            old = output.resolveSibling("." + output.getFileName() + "-old-" + System.nanoTime());
            Files.move(output, old, StandardCopyOption.ATOMIC_MOVE);
        }
        Files.move(staging, output, StandardCopyOption.ATOMIC_MOVE);
        if (old != null) {
            deleteTree(old);
        }
    }

    private static int countFiles(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return (int) s.filter(Files::isRegularFile).count();
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
