package org.hitpath.render;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hitpath.jbake.FreemarkerPages;
import org.hitpath.jbake.JBakeStore;
import org.hitpath.jbake.LinearRenderer;
import org.hitpath.model.CareerMapImages;
import org.hitpath.model.CareerMapLayout;
import org.hitpath.model.CleanBody;
import org.hitpath.model.Context;
import org.hitpath.model.Notes;
import org.hitpath.model.generated.GeneratedModels;
import org.hitpath.model.page.ContentModels;
import org.hitpath.plan.Plan;
import org.hitpath.schema.Problem;
import org.hitpath.site.KeptByText;
import org.hitpath.site.Page;
import org.hitpath.site.Parallel;
import org.hitpath.site.Site;
import org.jbake.model.DocumentModel;

/**
 * Writes the site into a staging folder: every content page through the same renderer the
 * stock-equivalence test checks against stock JBake, every generated page, the sitemap, feed and search
 * documents, and the assets JBake copies.
 */
public final class SiteRenderer {

    private final Site site;
    private final Plan plan;
    private final JBakeStore jbake;
    private final LinearRenderer renderer;
    private final FreemarkerPages templates;
    private final PageWriter writer;
    private final PageWriter fragments;
    private final PageListener listener;
    private final Stylesheets stylesheets;
    private final Context ctx;
    private final ContentModels contentModels;
    private final Map<String, String> expansions = new HashMap<>();
    private final List<Page> built;
    // Pages render on several threads at once; each figure is rendered once and shared.
    private final Map<String, BodyHtml.Figure> renderedFigures = new java.util.concurrent.ConcurrentHashMap<>();
    private volatile Problem figureFailure;
    private final KeptByText<CleanBody> cleaned;

    /** Told of every page as it is finished, on the thread that rendered it: what the output checks read. */
    @FunctionalInterface
    public interface PageListener {
        void written(String outputPath, String html, PageScan scan);
    }

    /**
     * LISTENER hears of every page as it is finished; it must be safe to call from several threads at once.
     * CLEANED holds the bodies the preview's earlier bakes cleaned (see {@link #cleanedBodies}), or is null.
     */
    public SiteRenderer(
            Site site,
            Plan plan,
            boolean withDrafts,
            LocalDate today,
            JBakeStore jbake,
            PageListener listener,
            KeptByText<CleanBody> cleaned)
            throws IOException {
        this.site = site;
        this.plan = plan;
        this.jbake = jbake;
        this.listener = listener;
        this.stylesheets = Stylesheets.of(site.root());
        this.templates = jbake.templates();
        LinearRenderer.PageEngine pages = this::renderPage;
        this.renderer = new LinearRenderer(jbake.store(), jbake.config(), pages, jbake.holdsEarlierBakes());
        this.writer = new PageWriter(pages);
        this.fragments = new PageWriter(templates);
        this.built = site.pagesToBuild(withDrafts);
        this.ctx = new Context(site, plan, withDrafts, today);
        this.contentModels = new ContentModels(ctx, this::cleanBody);
        site.glossary().terms().forEach((term, entry) -> expansions.put(term, entry.expansion()));
        this.cleaned = cleaned;
        if (cleaned != null) {
            cleaned.startBake(Map.copyOf(expansions));
        }
    }

    /** What the preview keeps of each body between bakes: cleaned, acronyms marked, figures still tokens. */
    public static KeptByText<CleanBody> cleanedBodies() {
        // 16 million characters: far more than this site, a share of the preview's heap at 10,000 pages.
        return new KeptByText<>(
                body -> body.html().length()
                        + body.text().length()
                        + body.headings().length(),
                16_000_000);
    }

    /** Every page to publish that JBake did not read: such a page would silently vanish. */
    public List<Problem> unreadPages() {
        List<Problem> missing = new ArrayList<>();
        for (Page page : built) {
            if (!renderer.byUri().containsKey(page.outputPath())) {
                missing.add(Problem.of(
                        page.path(),
                        0,
                        "file",
                        "was not read by JBake, so its page would be missing",
                        "a file JBake can parse"));
            }
        }
        return missing;
    }

    /** Every document JBake's store holds for this bake, as the renderer read them. */
    public Collection<DocumentModel> documents() {
        return renderer.byUri().values();
    }

    /** Renders every content and generated page into STAGING; the problems of the templates that failed. */
    public List<Problem> renderPages(SiteFolder staging) throws IOException {
        Map<String, Page> pages = new LinkedHashMap<>();
        built.forEach(page -> pages.put(page.outputPath(), page));
        // A document with no built page (a draft, unless previewing drafts) is left out.
        LinearRenderer.Result result = renderer.render(
                document -> Optional.ofNullable(pages.get(document.getUri())).map(contentModels::forPage), staging);
        Map<String, LinearRenderer.Failure> failed = new HashMap<>();
        result.failures().forEach(failure -> failed.put(failure.document().getUri(), failure));
        List<Problem> problems = new ArrayList<>();
        for (Page page : pages.values()) {
            LinearRenderer.Failure failure = failed.get(page.outputPath());
            if (failure != null) {
                problems.add(PageWriter.templateProblem(page.path(), failure.template(), failure.cause()));
            }
        }
        GeneratedModels generatedModels = new GeneratedModels(ctx);
        // On every core too, each page's problems kept apart and added in the plan's order.
        List<List<Problem>> generated = Parallel.map(plan.pages(), page -> {
            List<Problem> own = new ArrayList<>();
            writer.write(page.kind().template(), generatedModels.forGenerated(page), staging, page.outputPath(), own);
            return own;
        });
        generated.forEach(problems::addAll);
        if (figureFailure != null) {
            problems.add(figureFailure);
        }
        return problems;
    }

    /** The sitemap, robots.txt, feed and search documents; after the pages, whose bodies search reads. */
    public void writeSiteFiles(SiteFolder staging) throws IOException {
        SiteFiles.write(site, built, plan, contentModels.searchTexts(), staging);
        for (Page page : built) {
            if ("career-map".equals(page.text("shows")) && site.career().map() != null) {
                String title = "The career map: " + page.title();
                staging.writeText(
                        CareerMapImages.narrow(page),
                        CareerMapSvg.svg(CareerMapLayout.narrow(site.career().map()), title));
                staging.writeText(
                        CareerMapImages.wide(page),
                        CareerMapSvg.svg(CareerMapLayout.wide(site.career().map()), title));
            }
        }
    }

    /** Copies assets/ (and images under content/) as JBake does, then minifies our stylesheets and scripts. */
    public List<Problem> copyAssets(SiteFolder staging) throws IOException {
        return Assets.copy(jbake.config(), staging);
    }

    /** The page's body: rendered by JBake, cleaned, acronyms marked, and each figure in place with its note. */
    private CleanBody cleanBody(Page page, Notes notes) {
        String html = renderer.byUri().get(page.outputPath()).getBody();
        CleanBody parts = cleaned == null
                ? BodyHtml.withoutFigures(html, expansions)
                : cleaned.get(html, body -> BodyHtml.withoutFigures(body, expansions));
        return BodyHtml.withFigures(parts, key -> figureHtml(notes.figure(key)));
    }

    /** A figure as a body shows it, rendered through the figure template once per value and note number. */
    private BodyHtml.Figure figureHtml(Map<String, Object> figure) {
        return renderedFigures.computeIfAbsent(figure.get("key") + "#" + figure.get("note"), id -> {
            List<Problem> problems = new ArrayList<>();
            String html = fragments.render("figure.ftl", Map.of("figure", figure), id, problems);
            if (html == null) {
                // The figure template is broken: every figure fails alike, so its first problem says it all.
                synchronized (this) {
                    if (figureFailure == null) {
                        figureFailure = problems.get(0);
                    }
                }
                return BodyHtml.Figure.of("");
            }
            return BodyHtml.Figure.of(html.strip());
        });
    }

    /** Renders a whole page, then finishes it from what a reader will see of it (its contents list). */
    private void renderPage(Map<String, Object> model, String template, Writer out) throws Exception {
        StringWriter page = new StringWriter();
        templates.render(model, template, page);
        String path = String.valueOf(((Map<?, ?>) model.get("content")).get("uri"));
        out.write(finished(path, page.toString()));
    }

    /**
     * HTML finished from what a reader will see of it: its contents list in the place its template gave
     * (a list of the sections that follow, when the page's main content is long, or nothing), and a link to
     * each component stylesheet its markup needs.
     */
    private String finished(String path, String html) throws Exception {
        PageScan scan = PageScan.of(html);
        String page = html;
        if (page.contains(PageScan.CONTENTS_PLACE)) {
            String list = "";
            if (scan.mainWords() > PageScan.LONG_PAGE_WORDS && !scan.sections().isEmpty()) {
                List<Map<String, String>> sections = scan.sections().stream()
                        .map(section -> Map.of("id", section.id(), "title", section.title()))
                        .toList();
                list = fragment("contents.ftl", Map.of("sections", sections));
            }
            page = fill(page, PageScan.CONTENTS_PLACE, list);
        }
        if (page.contains(Stylesheets.PLACE)) {
            Set<String> sheets = stylesheets.neededBy(scan.classes(), scan.scripts());
            String links = sheets.isEmpty()
                    ? ""
                    : fragment(
                            "stylesheets.ftl", Map.of("sheets", List.copyOf(sheets), "root", Context.rootpath(path)));
            page = fill(page, Stylesheets.PLACE, links);
        }
        listener.written(path, page, scan);
        return page;
    }

    /** A piece of a page, rendered through its own small template. */
    private String fragment(String template, Map<String, Object> model) throws Exception {
        StringWriter out = new StringWriter();
        templates.render(model, template, out);
        return out.toString().strip();
    }

    /** HTML with PLACE replaced by WHAT; an empty WHAT leaves no trace, not even the place's line. */
    private static String fill(String html, String place, String what) {
        int at = html.indexOf(place);
        int after = at + place.length();
        if (what.isEmpty() && html.startsWith("\n", after)) {
            after++;
        }
        return html.substring(0, at) + what + html.substring(after);
    }
}
