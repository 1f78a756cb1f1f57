package org.hitpath.bake;

import org.hitpath.content.ContentType;
import org.hitpath.content.GeneratedPage;
import org.hitpath.content.GeneratedPages;
import org.hitpath.content.Page;
import org.hitpath.content.Problem;
import org.hitpath.content.Schema;
import org.hitpath.content.Site;
import org.hitpath.content.SiteLoader;
import org.jbake.app.Asset;
import org.jbake.app.ContentStore;
import org.jbake.app.Crawler;
import org.jbake.app.DBUtil;
import org.jbake.app.configuration.DefaultJBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;
import org.jbake.model.DocumentModel;
import org.jbake.model.DocumentTypes;
import org.jbake.template.DelegatingTemplateEngine;
import org.jbake.template.ModelExtractors;
import org.jbake.template.ModelExtractorsDocumentTypeListener;
import org.jbake.template.model.TemplateModel;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The bake, start to finish: load and validate, let JBake crawl and render Markdown into its store,
 * render every page once through JBake's Freemarker engine, check the output, then swap it into place.
 * Any problem stops the bake before the old site is touched.
 */
public final class SiteBaker {

    /**
     * OrientDB, JBake's content store, logs its start-up chatter (memory sizing, "running as root",
     * "default password" for an in-memory database nobody can reach) through java.util.logging.
     * Held in a field because java.util.logging keeps loggers only weakly.
     */
    private static final java.util.logging.Logger ORIENT_LOG = java.util.logging.Logger.getLogger("com.orientechnologies");

    static {
        ORIENT_LOG.setLevel(java.util.logging.Level.OFF);
        // OrientDB hashes the passwords of the default users of every new database with 65,536 PBKDF2
        // rounds: about a fifth of a small bake. The store lives in memory for one bake and nobody can
        // connect to it, so one round is enough.
        System.setProperty("security.userPasswordSaltIterations", "1");
    }

    private final Path source;
    private final Path output;
    private final boolean withDrafts;
    private final java.time.LocalDate today;

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

    /** What a successful bake produced. */
    public record Report(int pages, int generated, int files, long millis, String reviewSummary) {
    }

    public Report bake() throws BakeFailure, IOException {
        long start = System.nanoTime();
        SiteLoader.Result loaded = SiteLoader.load(source);
        if (!loaded.ok()) {
            throw new BakeFailure(loaded.problems().size() + " problem(s) in the site source; nothing was baked", loaded.problems());
        }
        Site site = loaded.site();
        Files.createDirectories(output.getParent());
        Path staging = Files.createTempDirectory(output.getParent(), "." + output.getFileName() + "-baking-");
        try {
            List<GeneratedPage> generated = GeneratedPages.plan(site, withDrafts);
            int files;
            try (LogCapture log = LogCapture.begin()) {
                render(site, generated, staging);
                List<Problem> problems = new ArrayList<>(OutputChecks.check(site, generated, staging, withDrafts));
                for (String message : log.messages()) {
                    problems.add(Problem.of("(jbake)", 0, "log", message, "a bake that logs no warning or error"));
                }
                if (!problems.isEmpty()) {
                    throw new BakeFailure(problems.size() + " problem(s) in the baked output; the previous site was kept", problems);
                }
                files = countFiles(staging);
            }
            swapInto(staging);
            long millis = (System.nanoTime() - start) / 1_000_000;
            return new Report(site.built(withDrafts).size(), generated.size(), files, millis,
                    org.hitpath.content.ReviewQueue.of(site, withDrafts, today).summary());
        } finally {
            deleteTree(staging);
        }
    }

    private void render(Site site, List<GeneratedPage> generated, Path staging) throws BakeFailure, IOException {
        DefaultJBakeConfiguration config = (DefaultJBakeConfiguration) new JBakeConfigurationFactory()
                .createDefaultJbakeConfiguration(source.toFile(), staging.toFile(), true);
        for (ContentType type : Schema.TYPES) {
            config.setTemplateFileNameForDocType(type.name(), type.template());
        }
        registerDocumentTypes(config);
        ContentStore store = DBUtil.createDataStore(config);
        try {
            store.startup();
            store.updateSchema();
            new Crawler(store, config).crawl();
            Map<String, DocumentModel> documents = documentsByUri(store, site);
            DelegatingTemplateEngine engine = new DelegatingTemplateEngine(store, config);
            PageModels models = new PageModels(site, withDrafts, today, generated, documents, figureKey -> renderFigure(engine, site, figureKey));
            List<Problem> problems = new ArrayList<>();
            for (Page page : site.built(withDrafts)) {
                write(engine, page.type().template(), models.forPage(page), staging.resolve(page.outputPath()), page.path(), problems);
            }
            for (GeneratedPage page : generated) {
                write(engine, page.template(), models.forGenerated(page), staging.resolve(page.outputPath()), page.outputPath(), problems);
            }
            if (!problems.isEmpty()) {
                throw new BakeFailure(problems.size() + " page(s) failed to render; the previous site was kept", problems);
            }
            new SiteFiles(site, site.built(withDrafts), generated).write(staging, models.bodies());
            Asset asset = new Asset(config);
            asset.copy();
            asset.copyAssetsFromContent(config.getContentFolder());
            minifyStylesheets(staging);
            for (Throwable error : asset.getErrors()) {
                problems.add(Problem.of("assets", 0, "copy", String.valueOf(error.getMessage()), "readable asset files"));
            }
            if (!problems.isEmpty()) {
                throw new BakeFailure("assets failed to copy", problems);
            }
        } finally {
            store.close();
            store.shutdown();
        }
    }

    /** JBake only crawls files whose type it knows; the schema is the list of types. */
    private static void registerDocumentTypes(DefaultJBakeConfiguration config) {
        DocumentTypes.resetDocumentTypes();
        ModelExtractors.getInstance().reset();
        DocumentTypes.addListener(new ModelExtractorsDocumentTypeListener());
        for (String type : config.getDocumentTypes()) {
            DocumentTypes.addDocumentType(type);
        }
    }

    /** One query per type, so the lookup stays linear in the number of pages. */
    private Map<String, DocumentModel> documentsByUri(ContentStore store, Site site) throws BakeFailure {
        Map<String, DocumentModel> byUri = new HashMap<>();
        for (ContentType type : Schema.TYPES) {
            for (DocumentModel doc : store.getAllContent(type.name())) {
                byUri.put(doc.getUri(), doc);
            }
        }
        List<Problem> missing = new ArrayList<>();
        for (Page page : site.built(withDrafts)) {
            if (!byUri.containsKey(page.outputPath())) {
                missing.add(Problem.of(page.path(), 0, "file", "was not read by JBake, so its page would be missing", "a file JBake can parse"));
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

    private static void write(DelegatingTemplateEngine engine, String template, TemplateModel model, Path target,
                              String what, List<Problem> problems) throws IOException {
        Files.createDirectories(target.getParent());
        java.io.StringWriter buffer = new java.io.StringWriter();
        try {
            engine.renderDocument(model, template, buffer);
        } catch (Exception e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            problems.add(Problem.of(what, 0, "template " + template, firstLine(cause.getMessage()), "a template that renders without errors"));
            return;
        }
        // Rendered into memory first, so a template error never leaves a half-written page behind.
        try (Writer out = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
            out.write(buffer.toString());
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unknown template error";
        }
        return message.lines().filter(l -> !l.isBlank()).limit(3).map(String::strip).reduce((a, b) -> a + " " + b).orElse(message);
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
                Files.writeString(css, CssMinifier.minify(Files.readString(css, StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
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
