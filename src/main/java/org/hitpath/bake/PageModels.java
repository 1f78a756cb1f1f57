package org.hitpath.bake;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import org.hitpath.content.CredentialComparison;
import org.hitpath.content.Figure;
import org.hitpath.content.GeneratedPage;
import org.hitpath.content.GeneratedPages;
import org.hitpath.content.GlossaryPages;
import org.hitpath.content.Page;
import org.hitpath.content.Schema;
import org.hitpath.content.Site;
import org.jbake.model.DocumentModel;
import org.jbake.template.model.TemplateModel;

/**
 * Builds what each template sees: {@code content} (the page, its typed fields, its body and the links
 * generated to and from it) and {@code site} (navigation and shared lists). Everything is computed once
 * per bake, so rendering stays linear in the number of pages.
 */
final class PageModels {

    static final String SITE_NAME = "HIT Path";
    private static final DateTimeFormatter DISPLAY_DATE = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);
    private final Site site;
    private final boolean withDrafts;
    private final Map<String, DocumentModel> documents;
    private final Function<String, String> figureHtml;
    private final Map<String, String> renderedFigures = new HashMap<>();
    private final Map<String, Object> siteModel;
    private final Map<Page, Map<String, Object>> summaries = new HashMap<>();
    /** Built once: looking them up per page made the bake quadratic in the number of pages. */
    private final List<Page> built;

    private final Map<String, Page> listings = new java.util.TreeMap<>();
    private final CrossLinks links;
    private final LocalDate today;
    private final StructuredData structuredData;
    private final Map<String, String> expansions = new HashMap<>();
    private final Map<String, String> bodies = new java.util.TreeMap<>();
    private final List<GeneratedPage> generated;
    private final java.util.Set<String> generatedUris;

    static final List<String> KEY_FIGURE_FIELDS = List.of("exam_time", "exam_questions", "fee", "renewal");
    static final Map<String, String> SPECIALTY_LABELS = Map.of(
            "general", "General health information",
            "coding", "Medical coding",
            "cancer-registry", "Cancer registry",
            "home-care", "Home care and hospice coding");

    PageModels(
            Site site,
            boolean withDrafts,
            LocalDate today,
            List<GeneratedPage> generated,
            Map<String, DocumentModel> documents,
            Function<String, String> figureHtml) {
        this.site = site;
        this.today = today;
        this.generated = generated;
        this.generatedUris = new java.util.HashSet<>();
        generated.forEach(g -> generatedUris.add(g.outputPath()));
        this.links = new CrossLinks(site, withDrafts);
        this.structuredData = new StructuredData(site);
        site.career().glossary().forEach((term, entry) -> expansions.put(term, entry.expansion()));
        this.withDrafts = withDrafts;
        this.documents = documents;
        this.figureHtml = figureHtml;
        this.built = site.built(withDrafts);
        for (Page p : built) {
            summaries.put(p, summary(p));
            if (p.type().name().equals("listing")) {
                listings.put(p.outputPath(), p);
            }
        }
        this.siteModel = siteModel();
    }

    @SuppressWarnings("unchecked")
    TemplateModel forPage(Page page) {
        List<Map<String, Object>> extraSources = new ArrayList<>();
        Map<String, Object> content = new LinkedHashMap<>(summaries.get(page));
        String rootpath = rootpath(page.outputPath());
        content.put("rootpath", rootpath);
        content.put("source_path", page.path());
        String body = body(documents.get(page.outputPath()).getBody());
        content.put("breadcrumbs", breadcrumbs(page));
        List<String> figureKeys = new ArrayList<>();
        String slug = page.slug();
        switch (page.type().name()) {
            case "home" -> {
                content.put("quick_facts", figures(page.list("figures")));
                figureKeys.addAll(page.list("figures"));
                content.put(
                        "featured",
                        list(GeneratedPages.schoolsInOrder(site, withDrafts).stream()
                                .filter(s -> Boolean.TRUE.equals(s.values().get("featured")))
                                .toList()));
            }
            case "step" -> {
                content.put("quick_facts", figures(page.list("figures")));
                figureKeys.addAll(page.list("figures"));
                List<Page> steps = site.ofType("step", withDrafts);
                int i = steps.indexOf(page);
                content.put("step_number", i + 1);
                content.put("step_count", steps.size());
                content.put("previous", i > 0 ? summaries.get(steps.get(i - 1)) : null);
                content.put("next", i < steps.size() - 1 ? summaries.get(steps.get(i + 1)) : null);
            }
            case "listing" -> {
                // The introduction comes before the generated list; any ## sections of the body after it.
                int split = body.indexOf("<h2");
                content.put("body_after", split < 0 ? "" : body.substring(split));
                body = split < 0 ? body : body.substring(0, split);
                listing(page.text("lists"), content);
            }
            case "course" -> content.put("credentials", refs("credential", page.list("credentials")));
            case "credential" -> {
                content.put(
                        "issuer_page",
                        refs("organisation", List.of(page.text("issuer"))).get(0));
                content.put("specialty_label", SPECIALTY_LABELS.get(page.text("specialty")));
                content.put("courses", list(links.coursesFor(slug)));
                content.put("schools", list(links.schoolsFor(slug)));
                content.put(
                        "programs_page",
                        generatedUris.contains("schools/credentials/" + slug + ".html")
                                ? "schools/credentials/" + slug + ".html"
                                : "");
                List<String> keys = keyFigureKeys(page);
                content.put("key_figures", figures(keys));
                figureKeys.addAll(keys);
            }
            case "organisation" -> {
                content.put("credentials", list(links.credentialsIssuedBy(slug)));
                content.put("schools", list(links.schoolsAccreditedBy(slug)));
            }
            case "school" -> {
                content.put("credential_pages", refs("credential", page.list("credentials")));
                content.put(
                        "accreditor",
                        refs("organisation", List.of(page.text("accreditation")))
                                .get(0));
                content.put("outcome_figures", figures(page.list("outcomes")));
                figureKeys.addAll(page.list("outcomes"));
                content.put("state_page", "schools/states/" + page.text("state").toLowerCase(Locale.ROOT) + ".html");
            }
            case "page" -> {
                String shows = page.text("shows");
                if (shows != null) {
                    Map<String, Object> part = site.career().parts().get(shows);
                    content.put("part", part);
                    if (shows.equals("glossary")) {
                        content.put(
                                "glossary_ranges",
                                generated.stream()
                                        .filter(g -> g.kind().equals(GlossaryPages.KIND))
                                        .findFirst()
                                        .map(g -> g.extra().get("ranges"))
                                        .orElse(List.of()));
                    }
                    if (shows.equals("day-to-day")) {
                        extraSources.add((Map<String, Object>) part.get("tasks_source"));
                        extraSources.add((Map<String, Object>) part.get("titles_source"));
                        extraSources.add((Map<String, Object>) part.get("schedule"));
                        ((List<Map<String, Object>>) part.get("employers"))
                                .forEach(f -> figureKeys.add((String) f.get("key")));
                    }
                }
            }
            default -> {}
        }
        content.put("body", body);
        bodies.put(page.outputPath(), body + content.getOrDefault("body_after", ""));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> crumbs = (List<Map<String, Object>>) content.get("breadcrumbs");
        content.put(
                "json_ld",
                structuredData.forPage(page, crumbs).stream().map(Json::write).toList());
        content.put("canonical", structuredData.url(page.outputPath()));
        LocalDate due = page.updated().plusMonths(site.reviewMonths());
        content.put("review_due", due.toString());
        content.put("review_due_display", DISPLAY_DATE.format(due));
        figureKeys.addAll(bodyFigureKeys(page.body()));
        List<Map<String, Object>> sources = sources(figureKeys);
        for (Map<String, Object> extra : extraSources) {
            if (sources.stream().noneMatch(s -> s.get("url").equals(extra.get("url")))) {
                sources.add(extra);
            }
        }
        content.put("sources", sources);
        return model(content);
    }

    TemplateModel forGenerated(GeneratedPage page) {
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("title", page.title());
        content.put("description", page.description());
        content.put("type", page.kind());
        content.put("uri", page.outputPath());
        // The 404 page is served at whatever address was missing, so its links start from the site's root path.
        content.put("rootpath", page.kind().equals("not-found") ? site.basePath() : rootpath(page.outputPath()));
        content.put("items", list(page.pages()));
        LocalDate updated = SiteFiles.newest(page.pages().isEmpty() ? built : page.pages());
        content.put("updated", updated.toString());
        content.put("updated_display", DISPLAY_DATE.format(updated));
        LocalDate due = updated.plusMonths(site.reviewMonths());
        content.put("review_due", due.toString());
        content.put("review_due_display", DISPLAY_DATE.format(due));
        content.put("canonical", structuredData.url(page.outputPath()));
        content.put("noindex", SiteFiles.unlisted(page.outputPath()));
        List<Map<String, Object>> crumbs = new ArrayList<>();
        crumbs.add(link("Home", "index.html"));
        if (page.extra().containsKey("filter")) {
            listings.values().stream()
                    .filter(p -> "school".equals(p.text("lists")))
                    .findFirst()
                    .ifPresent(p -> crumbs.add(link(p.title(), p.outputPath())));
        }
        if (page.extra().containsKey("parent_uri")) {
            crumbs.add(link((String) page.extra().get("parent_title"), (String)
                    page.extra().get("parent_uri")));
        }
        content.put("breadcrumbs", crumbs);
        content.put(
                "json_ld",
                structuredData.forGenerated(page.title(), page.outputPath(), crumbs).stream()
                        .map(Json::write)
                        .toList());
        if (List.of("review-queue", "pages-past-review", "stale-schools").contains(page.kind())) {
            content.put(
                    "queue",
                    org.hitpath.content.ReviewQueue.of(site, withDrafts, today).toModel(site.reviewMonths()));
        }
        content.putAll(page.extra());
        if (page.extra().get("figure_keys") instanceof List<?> keys) {
            content.put("sources", sources(keys.stream().map(String::valueOf).toList()));
        }
        return model(content);
    }

    /** The generated parts of an index page: groups, filters and the links to the comparison pages. */
    private void listing(String lists, Map<String, Object> content) {
        if (lists.equals("school")) {
            List<Page> schools = GeneratedPages.schoolsInOrder(site, withDrafts);
            content.put("items", list(schools));
            List<Map<String, Object>> states = new ArrayList<>();
            GeneratedPages.byState(schools).forEach((code, pages) -> {
                Map<String, Object> group = new LinkedHashMap<>();
                group.put("code", code);
                group.put("name", Schema.STATES.get(code));
                group.put("uri", "schools/states/" + code.toLowerCase(Locale.ROOT) + ".html");
                group.put("items", list(pages));
                states.add(group);
            });
            content.put("state_groups", states);
            List<Map<String, Object>> filters = new ArrayList<>();
            for (GeneratedPage g : generated) {
                if (!g.kind().equals("state")) {
                    Map<String, Object> f = link((String) g.extra().get("filter_label"), g.outputPath());
                    f.put("kind", g.kind());
                    f.put("count", g.pages().size());
                    filters.add(f);
                }
            }
            content.put("filters", filters);
            content.put(
                    "delivery_unstated",
                    schools.stream().filter(s -> s.text("delivery") == null).count());
            return;
        }
        List<Page> pages = site.ofType(lists, withDrafts);
        content.put("items", list(pages));
        if (!lists.equals("credential")) {
            return;
        }
        List<Map<String, Object>> byIssuer = new ArrayList<>();
        for (Page org : site.ofType("organisation", withDrafts)) {
            List<Page> issued = links.credentialsIssuedBy(org.slug());
            if (!issued.isEmpty()) {
                Map<String, Object> group = new LinkedHashMap<>(summaries.get(org));
                group.put("items", list(issued));
                byIssuer.add(group);
            }
        }
        content.put("by_issuer", byIssuer);
        List<Map<String, Object>> bySpecialty = new ArrayList<>();
        for (String specialty : Schema.SPECIALTIES) {
            List<Page> matching = pages.stream()
                    .filter(p -> specialty.equals(p.text("specialty")))
                    .toList();
            if (!matching.isEmpty()) {
                Map<String, Object> group = new LinkedHashMap<>();
                group.put("id", specialty);
                group.put("label", SPECIALTY_LABELS.get(specialty));
                group.put("items", list(matching));
                bySpecialty.add(group);
            }
        }
        content.put("by_specialty", bySpecialty);
        content.put(
                "comparisons",
                generated.stream()
                        .filter(g -> g.kind().equals(CredentialComparison.KIND))
                        .findFirst()
                        .map(g -> g.extra().get("comparisons"))
                        .orElse(List.of()));
        List<Map<String, Object>> names = new ArrayList<>();
        for (Page c : pages) {
            List<String> all = new ArrayList<>(List.of(c.text("code"), c.text("full_name")));
            all.addAll(c.list("aliases"));
            for (String name : all) {
                Map<String, Object> entry = link(name, c.outputPath());
                entry.put("credential", c.title());
                entry.put("alias", c.list("aliases").contains(name));
                names.add(entry);
            }
        }
        names.sort(java.util.Comparator.comparing(
                        (Map<String, Object> m) -> ((String) m.get("title")).toLowerCase(Locale.ROOT))
                .thenComparing(m -> (String) m.get("uri")));
        content.put("names", names);
    }

    private static List<String> keyFigureKeys(Page credential) {
        List<String> keys = new ArrayList<>();
        for (String field : KEY_FIGURE_FIELDS) {
            if (credential.text(field) != null) {
                keys.add(credential.text(field));
            }
        }
        return keys;
    }

    private TemplateModel model(Map<String, Object> content) {
        TemplateModel model = new TemplateModel();
        model.put("content", content);
        model.put("site", siteModel);
        return model;
    }

    private Map<String, Object> siteModel() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", SITE_NAME);
        m.put("base_url", site.baseUrl());
        List<Map<String, Object>> nav = new ArrayList<>();
        nav.add(link("Home", "index.html"));
        for (String[] entry : new String[][] {
            {"step", "Steps"}, {"course", "Courses"}, {"credential", "Credentials"}, {"school", "Schools"}
        }) {
            site.built(withDrafts).stream()
                    .filter(p -> p.type().name().equals("listing") && entry[0].equals(p.text("lists")))
                    .findFirst()
                    .ifPresent(p -> nav.add(link(entry[1], p.outputPath())));
        }
        m.put("nav", nav);
        return m;
    }

    private Map<String, Object> summary(Page p) {
        Map<String, Object> m = new TreeMap<>();
        p.values().forEach((k, v) -> m.put(k, v instanceof LocalDate d ? d.toString() : v));
        m.put("slug", p.slug());
        m.put("type", p.type().name());
        m.put("uri", p.outputPath());
        m.put("draft", !p.published());
        m.put("updated_display", DISPLAY_DATE.format(p.updated()));
        if (p.values().containsKey("state")) {
            m.put("state_name", Schema.STATES.get(p.text("state")));
        }
        if (p.values().containsKey("delivery")) {
            m.put("delivery_label", GeneratedPages.deliveryLabel(p.text("delivery")));
        }
        if (p.values().containsKey("specialty")) {
            m.put("specialty_label", SPECIALTY_LABELS.get(p.text("specialty")));
        }
        return m;
    }

    private List<Map<String, Object>> list(List<Page> pages) {
        return pages.stream().map(summaries::get).toList();
    }

    private List<Map<String, Object>> refs(String type, List<String> slugs) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (String slug : slugs) {
            site.bySlug(type, slug).filter(summaries::containsKey).ifPresent(p -> out.add(summaries.get(p)));
        }
        return out;
    }

    private List<Map<String, Object>> figures(List<String> keys) {
        return keys.stream().map(k -> site.figures().get(k).toModel()).toList();
    }

    private List<Map<String, Object>> sources(List<String> figureKeys) {
        Map<String, Map<String, Object>> byUrl = new LinkedHashMap<>();
        for (String key : new LinkedHashSet<>(figureKeys)) {
            Figure f = site.figures().get(key);
            byUrl.computeIfAbsent(f.sourceUrl(), url -> {
                Map<String, Object> s = new LinkedHashMap<>();
                s.put("title", f.sourceTitle());
                s.put("url", url);
                s.put("check", f.check());
                s.put("checked", f.checkedAgainstPrimary());
                s.put("primary_source", f.primarySource() == null ? "" : f.primarySource());
                return s;
            });
        }
        return new ArrayList<>(byUrl.values());
    }

    private static List<String> bodyFigureKeys(String markdown) {
        List<String> keys = new ArrayList<>();
        Matcher m = Figure.TOKEN.matcher(markdown);
        while (m.find()) {
            keys.add(m.group(1));
        }
        return keys;
    }

    private List<Map<String, Object>> breadcrumbs(Page page) {
        List<Map<String, Object>> crumbs = new ArrayList<>();
        if (page.type().name().equals("home")) {
            return crumbs;
        }
        crumbs.add(link("Home", "index.html"));
        String folder = page.outputPath().contains("/")
                ? page.outputPath().substring(0, page.outputPath().lastIndexOf('/'))
                : "";
        if (!folder.isEmpty() && !page.slug().equals("index")) {
            Page listing = listings.get(folder + "/index.html");
            if (listing != null) {
                crumbs.add(link(listing.title(), listing.outputPath()));
            }
        }
        return crumbs;
    }

    private static Map<String, Object> link(String title, String uri) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("title", title);
        m.put("uri", uri);
        return m;
    }

    static String rootpath(String outputPath) {
        int depth = (int) outputPath.chars().filter(c -> c == '/').count();
        return "../".repeat(depth);
    }

    /** The cleaned body of every page rendered so far, by output path, for the search documents. */
    Map<String, String> bodies() {
        return bodies;
    }

    private String body(String html) {
        return BodyHtml.clean(html, key -> renderedFigures.computeIfAbsent(key, figureHtml), expansions);
    }
}
