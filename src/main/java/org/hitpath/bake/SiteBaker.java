package org.hitpath.bake;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.hitpath.content.GeneratedPage;
import org.hitpath.content.GeneratedPages;
import org.hitpath.content.Page;
import org.hitpath.content.Problem;
import org.hitpath.content.Site;
import org.hitpath.content.SiteLoader;
import org.jbake.app.Asset;
import org.jbake.model.DocumentModel;
import org.jbake.template.DelegatingTemplateEngine;
import org.jbake.template.model.TemplateModel;

/**
 * The bake, start to finish: load and validate, let JBake crawl and render Markdown into its store,
 * render every page once through JBake's Freemarker engine, check the output, then swap it into place.
 * Any problem stops the bake before the old site is touched.
 */
public final class SiteBaker {

    static {
        // OrientDB hashes the passwords of the default users of every new database with 65,536 PBKDF2
        // rounds: about a fifth of a small bake. The store lives in memory for one bake and nobody can
        // connect to it, so one round is enough.
        System.setProperty("security.userPasswordSaltIterations", "1");
    }

    private final Path source;
    private final Path output;
    private final boolean withDrafts;
    private final java.time.LocalDate today;
    private BakeSession session;

    /** Bakes as of today (UTC): the editors' review queue is the only thing that depends on the day. */
    public SiteBaker(Path source, Path output, boolean withDrafts) {
        this(source, output, withDrafts, java.time.LocalDate.now(java.time.ZoneOffset.UTC));
    }

    public SiteBaker(Path source, Path output, boolean withDrafts, java.time.LocalDate today) {
        this.source = source.toAbsolutePath().normalize();
        this.output = output.toAbsolutePath().normalize();
        this.withDrafts = withDrafts;
        this.today = today;
    }

    /** Bakes within SESSION, which keeps JBake's store between bakes (the preview's re-bakes). */
    public SiteBaker in(BakeSession session) {
        this.session = session;
        return this;
    }

    /** What a successful bake produced; {@code phases} says where its time went. */
    public record Report(int pages, int generated, int files, long millis, String reviewSummary, Phases phases) {}

    public Report bake() throws BakeFailure, IOException {
        long start = System.nanoTime();
        Phases phases = new Phases();
        SiteLoader.Result loaded = SiteLoader.load(source);
        phases.end("load and validate");
        if (!loaded.ok()) {
            throw new BakeFailure(
                    loaded.problems().size() + " problem(s) in the site source; nothing was baked", loaded.problems());
        }
        Site site = loaded.site();
        List<GeneratedPage> generated = GeneratedPages.plan(site, withDrafts);
        Files.createDirectories(output.getParent());
        Path staging = Files.createTempDirectory(output.getParent(), "." + output.getFileName() + "-baking-");
        try (LogCapture log = LogCapture.begin();
                JBakeStore jbake = JBakeStore.crawl(source, staging, session, phases)) {
            DelegatingTemplateEngine engine = new DelegatingTemplateEngine(jbake.store(), jbake.config());
            LinearRenderer renderer = new LinearRenderer(jbake.store(), jbake.config(), engine, jbake.kept());
            Map<String, DocumentModel> documents = documentsByUri(renderer, site);
            render(site, generated, jbake, engine, renderer, documents, staging, phases);
            jbake.tidyKeptStore(documents.values(), everyOutputPath(site));
            List<Problem> problems = new ArrayList<>(OutputChecks.check(site, generated, staging, withDrafts));
            for (String message : log.messages()) {
                problems.add(Problem.of("(jbake)", 0, "log", message, "a bake that logs no warning or error"));
            }
            if (!problems.isEmpty()) {
                throw new BakeFailure(
                        problems.size() + " problem(s) in the baked output; the previous site was kept", problems);
            }
            int files = countFiles(staging);
            phases.end("output checks");
            swapInto(staging);
            phases.end("swap");
            long millis = (System.nanoTime() - start) / 1_000_000;
            return new Report(
                    site.built(withDrafts).size(),
                    generated.size(),
                    files,
                    millis,
                    org.hitpath.content.ReviewQueue.of(site, withDrafts, today).summary(),
                    phases);
        } finally {
            deleteTree(staging);
        }
    }

    private void render(
            Site site,
            List<GeneratedPage> generated,
            JBakeStore jbake,
            DelegatingTemplateEngine engine,
            LinearRenderer renderer,
            Map<String, DocumentModel> documents,
            Path staging,
            Phases phases)
            throws BakeFailure, IOException {
        PageModels models = new PageModels(
                site, withDrafts, today, generated, documents, figureKey -> renderFigure(engine, site, figureKey));
        Map<String, Page> pages = new LinkedHashMap<>();
        site.built(withDrafts).forEach(page -> pages.put(page.outputPath(), page));
        // Content pages go through the same renderer the stock-equivalence test checks against stock JBake;
        // a document with no built page (a draft, unless previewing drafts) is left out.
        LinearRenderer.Result result = renderer.render(
                document -> Optional.ofNullable(pages.get(document.getUri())).map(models::forPage), staging);
        Map<String, LinearRenderer.Failure> failed = new HashMap<>();
        result.failures().forEach(failure -> failed.put(failure.document().getUri(), failure));
        List<Problem> problems = new ArrayList<>();
        for (Page page : pages.values()) {
            LinearRenderer.Failure failure = failed.get(page.outputPath());
            if (failure != null) {
                problems.add(templateProblem(page.path(), failure.template(), failure.cause()));
            }
        }
        for (GeneratedPage page : generated) {
            write(
                    engine,
                    page.template(),
                    models.forGenerated(page),
                    staging.resolve(page.outputPath()),
                    page.outputPath(),
                    problems);
        }
        if (!problems.isEmpty()) {
            throw new BakeFailure(problems.size() + " page(s) failed to render; the previous site was kept", problems);
        }
        phases.end("render pages");
        new SiteFiles(site, site.built(withDrafts), generated).write(staging, models.bodies());
        phases.end("sitemap, feed, search index");
        Asset asset = new Asset(jbake.config());
        asset.copy();
        asset.copyAssetsFromContent(jbake.config().getContentFolder());
        minifyStylesheets(staging);
        for (Throwable error : asset.getErrors()) {
            problems.add(Problem.of("assets", 0, "copy", String.valueOf(error.getMessage()), "readable asset files"));
        }
        if (!problems.isEmpty()) {
            throw new BakeFailure("assets failed to copy", problems);
        }
        phases.end("assets");
    }

    /** Where every content file goes, drafts included: what a kept store may hold documents for. */
    private static Set<String> everyOutputPath(Site site) {
        Set<String> paths = new HashSet<>();
        for (Page page : site.built(true)) {
            paths.add(page.outputPath());
        }
        return paths;
    }

    /** Every page we publish must have been read by JBake: a file it skipped would silently vanish. */
    private Map<String, DocumentModel> documentsByUri(LinearRenderer renderer, Site site) throws BakeFailure {
        Map<String, DocumentModel> byUri = renderer.byUri();
        List<Problem> missing = new ArrayList<>();
        for (Page page : site.built(withDrafts)) {
            if (!byUri.containsKey(page.outputPath())) {
                missing.add(Problem.of(
                        page.path(),
                        0,
                        "file",
                        "was not read by JBake, so its page would be missing",
                        "a file JBake can parse"));
            }
        }
        if (!missing.isEmpty()) {
            throw new BakeFailure("JBake dropped " + missing.size() + " file(s)", missing);
        }
        return byUri;
    }

    private String renderFigure(DelegatingTemplateEngine engine, Site site, String key) {
        TemplateModel model = new TemplateModel();
        model.put("figure", site.figures().get(key).toModel());
        java.io.StringWriter out = new java.io.StringWriter();
        try {
            engine.renderDocument(model, "figure.ftl", out);
        } catch (Exception e) {
            throw new IllegalStateException("figure " + key + " failed to render: " + e.getMessage(), e);
        }
        return out.toString().strip();
    }

    private static void write(
            DelegatingTemplateEngine engine,
            String template,
            TemplateModel model,
            Path target,
            String what,
            List<Problem> problems)
            throws IOException {
        Files.createDirectories(target.getParent());
        java.io.StringWriter buffer = new java.io.StringWriter();
        try {
            engine.renderDocument(model, template, buffer);
        } catch (Exception e) {
            problems.add(templateProblem(what, template, e));
            return;
        }
        // Rendered into memory first, so a template error never leaves a half-written page behind.
        try (Writer out = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
            out.write(buffer.toString());
        }
    }

    private static Problem templateProblem(String what, String template, Exception failure) {
        Throwable cause = failure.getCause() == null ? failure : failure.getCause();
        return Problem.of(
                what,
                0,
                "template " + template,
                firstLine(cause.getMessage()),
                "a template that renders without errors");
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unknown template error";
        }
        return message.lines()
                .filter(l -> !l.isBlank())
                .limit(3)
                .map(String::strip)
                .reduce((a, b) -> a + " " + b)
                .orElse(message);
    }

    private void swapInto(Path staging) throws IOException {
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

    private static void minifyStylesheets(Path staging) throws IOException {
        try (Stream<Path> files = Files.walk(staging)) {
            for (Path css : files.filter(p -> p.toString().endsWith(".css")).toList()) {
                Files.writeString(
                        css, CssMinifier.minify(Files.readString(css, StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
            }
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
