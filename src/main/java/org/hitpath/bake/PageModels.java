package org.hitpath.bake;

import org.hitpath.content.Figure;
import org.hitpath.content.GeneratedPage;
import org.hitpath.content.Page;
import org.hitpath.content.Schema;
import org.hitpath.content.Site;
import org.jbake.model.DocumentModel;
import org.jbake.template.model.TemplateModel;

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

    PageModels(Site site, boolean withDrafts, Map<String, DocumentModel> documents, Function<String, String> figureHtml) {
        this.site = site;
        this.withDrafts = withDrafts;
        this.documents = documents;
        this.figureHtml = figureHtml;
        for (Page p : site.built(withDrafts)) {
            summaries.put(p, summary(p));
        }
        this.siteModel = siteModel();
    }

    TemplateModel forPage(Page page) {
        Map<String, Object> content = new LinkedHashMap<>(summaries.get(page));
        String rootpath = rootpath(page.outputPath());
        content.put("rootpath", rootpath);
        content.put("source_path", page.path());
        content.put("body", body(documents.get(page.outputPath()).getBody()));
        content.put("breadcrumbs", breadcrumbs(page));
        List<String> figureKeys = new ArrayList<>();
        switch (page.type().name()) {
            case "home", "step" -> {
                content.put("quick_facts", figures(page.list("figures")));
                figureKeys.addAll(page.list("figures"));
                if (page.type().name().equals("step")) {
                    List<Page> steps = site.ofType("step", withDrafts);
                    int i = steps.indexOf(page);
                    content.put("step_number", i + 1);
                    content.put("step_count", steps.size());
                    content.put("previous", i > 0 ? summaries.get(steps.get(i - 1)) : null);
                    content.put("next", i < steps.size() - 1 ? summaries.get(steps.get(i + 1)) : null);
                }
            }
            case "listing" -> content.put("items", list(site.ofType(page.text("lists"), withDrafts)));
            case "course" -> content.put("credentials", refs("credential", page.list("credentials")));
            default -> {
            }
        }
        figureKeys.addAll(bodyFigureKeys(page.body()));
        content.put("sources", sources(figureKeys));
        return model(content);
    }

    TemplateModel forGenerated(GeneratedPage page) {
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("title", page.title());
        content.put("description", page.description());
        content.put("type", page.kind());
        content.put("uri", page.outputPath());
        content.put("rootpath", rootpath(page.outputPath()));
        content.put("items", list(page.pages()));
        content.putAll(page.extra());
        return model(content);
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
        List<Map<String, Object>> nav = new ArrayList<>();
        nav.add(link("Home", "index.html"));
        for (String[] entry : new String[][]{{"step", "Steps"}, {"course", "Courses"}, {"credential", "Credentials"}, {"school", "Schools"}}) {
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
        String folder = page.outputPath().contains("/") ? page.outputPath().substring(0, page.outputPath().lastIndexOf('/')) : "";
        if (!folder.isEmpty() && !page.slug().equals("index")) {
            site.built(withDrafts).stream()
                    .filter(p -> p.type().name().equals("listing") && p.outputPath().equals(folder + "/index.html"))
                    .findFirst()
                    .ifPresent(p -> crumbs.add(link(p.title(), p.outputPath())));
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

    private String body(String html) {
        return BodyHtml.clean(html, key -> renderedFigures.computeIfAbsent(key, figureHtml));
    }
}
