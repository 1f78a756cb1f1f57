package org.hitpath.model;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hitpath.plan.Plan;
import org.hitpath.plan.SchoolFilters;
import org.hitpath.schema.Schema;
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
    private final List<Page> schools;
    private final Summaries summaries;
    private final CrossLinks links;
    private final Breadcrumbs breadcrumbs;
    private final Sections sections;
    private final StructuredData structuredData;
    private final Map<String, Object> siteModel;
    private final List<Page> taughtOnline;

    public Context(Site site, Plan plan, boolean withDrafts, LocalDate today) {
        this.site = site;
        this.plan = plan;
        this.withDrafts = withDrafts;
        this.today = today;
        this.built = site.pagesToBuild(withDrafts);
        // Sorted once: every state page and the programs index list them in this order.
        this.schools = SchoolFilters.schoolsInOrder(site, withDrafts);
        this.taughtOnline = schools.stream()
                .filter(s -> "online".equals(s.text("delivery")) || "campus-or-online".equals(s.text("delivery")))
                .toList();
        this.summaries = new Summaries(site, built, today);
        this.links = new CrossLinks(site, withDrafts);
        this.breadcrumbs = new Breadcrumbs(built);
        this.sections = new Sections(breadcrumbs);
        this.structuredData = new StructuredData(site);
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

    /** The programs being built, in the order every list of them uses. */
    public List<Page> schools() {
        return schools;
    }

    /**
     * The programs whose evidence says they can be taken online, in list order: found once, as every state
     * page lists those of the other states.
     */
    public List<Page> taughtOnline() {
        return taughtOnline;
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

    /** The navigation's sections, and which of them a page lies in. */
    public Sections sections() {
        return sections;
    }

    public StructuredData structuredData() {
        return structuredData;
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
        m.put("nav", sections.nav());
        // The career pages, in every footer: the job day to day, the map, the self-check, the glossary.
        m.put(
                "career",
                built.stream()
                        .filter(p -> p.text("shows") != null)
                        .sorted(java.util.Comparator.comparing((Page p) -> Schema.PAGE_PARTS.indexOf(p.text("shows"))))
                        .map(p -> Links.link(p.title(), p.outputPath()))
                        .toList());
        m.put("cahiim_directory", Addresses.CAHIIM_DIRECTORY);
        m.put("cahiim_home", Addresses.CAHIIM_HOME);
        m.put("cahiim_rules", Addresses.CAHIIM_WEBSITE_RULES);
        return m;
    }
}
