package org.hitpath.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.hitpath.plan.Plan;
import org.hitpath.site.Page;
import org.hitpath.site.Site;

/**
 * What every model builder reads, made once per bake: the site and its plan, the pages being built,
 * their summaries, the cross-links, the breadcrumbs and the shared {@code site} model.
 */
public final class Context {

    private final Site site;
    private final Plan plan;
    private final boolean withDrafts;
    private final LocalDate today;
    private final List<Page> built;
    private final Summaries summaries;
    private final CrossLinks links;
    private final Breadcrumbs breadcrumbs;
    private final StructuredData structuredData;
    private final Function<String, String> figureHtml;
    private final Map<String, String> renderedFigures = new HashMap<>();
    private final Map<String, Object> siteModel;

    /** FIGURE_HTML renders one figure record by key, as pages show it inline. */
    public Context(Site site, Plan plan, boolean withDrafts, LocalDate today, Function<String, String> figureHtml) {
        this.site = site;
        this.plan = plan;
        this.withDrafts = withDrafts;
        this.today = today;
        this.built = site.built(withDrafts);
        this.summaries = new Summaries(site, built, today);
        this.links = new CrossLinks(site, withDrafts);
        this.breadcrumbs = new Breadcrumbs(built);
        this.structuredData = new StructuredData(site);
        this.figureHtml = figureHtml;
        this.siteModel = siteModel();
    }

    public Site site() {
        return site;
    }

    public Plan plan() {
        return plan;
    }

    public boolean withDrafts() {
        return withDrafts;
    }

    public LocalDate today() {
        return today;
    }

    /** The pages being built, drafts included only when previewing them. */
    public List<Page> built() {
        return built;
    }

    public Summaries summaries() {
        return summaries;
    }

    public CrossLinks links() {
        return links;
    }

    public Breadcrumbs breadcrumbs() {
        return breadcrumbs;
    }

    public StructuredData structuredData() {
        return structuredData;
    }

    /** The HTML of a figure as a page body shows it, rendered once per bake. */
    public String figureHtml(String key) {
        return renderedFigures.computeIfAbsent(key, figureHtml);
    }

    /** The whole model a template sees: the page's content and the shared site model. */
    public Map<String, Object> model(Map<String, Object> content) {
        Map<String, Object> model = new HashMap<>();
        model.put("content", content);
        model.put("site", siteModel);
        return model;
    }

    /** Relative path from a page to the site root: "" at the top, "../" one folder down. */
    public static String rootpath(String outputPath) {
        int depth = (int) outputPath.chars().filter(c -> c == '/').count();
        return "../".repeat(depth);
    }

    private Map<String, Object> siteModel() {
        Map<String, Object> m = new HashMap<>();
        m.put("name", Labels.SITE_NAME);
        m.put("base_url", site.baseUrl());
        List<Map<String, Object>> nav = new ArrayList<>();
        nav.add(Links.link("Home", "index.html"));
        String[][] sections = {
            {"step", "Steps"}, {"course", "Courses"}, {"credential", "Credentials"}, {"school", "Schools"}
        };
        for (String[] entry : sections) {
            breadcrumbs.listingOf(entry[0]).ifPresent(p -> nav.add(Links.link(entry[1], p.outputPath())));
        }
        m.put("nav", nav);
        m.put("cahiim_directory", Addresses.CAHIIM_DIRECTORY);
        m.put("cahiim_home", Addresses.CAHIIM_HOME);
        m.put("cahiim_rules", Addresses.CAHIIM_WEBSITE_RULES);
        return m;
    }
}
