package org.hitpath.model.generated;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hitpath.model.Breadcrumbs;
import org.hitpath.model.Context;
import org.hitpath.model.Json;
import org.hitpath.model.Labels;
import org.hitpath.model.Links;
import org.hitpath.model.Notes;
import org.hitpath.plan.GeneratedPage;
import org.hitpath.plan.GeneratedPage.Kind;
import org.hitpath.plan.GeneratedPage.SchoolFilter;
import org.hitpath.site.Page;

/**
 * Builds what the template of a generated page sees: the fields every page has (title, address,
 * review dates, breadcrumbs, structured data, the pages it lists) and what its kind adds.
 */
public final class GeneratedModels {

    private static final GeneratedKind SCHOOL_FILTER = new SchoolFilterModel();
    private static final GeneratedKind REVIEW_QUEUE = new ReviewQueueModel();
    private static final Map<Kind, GeneratedKind> KINDS = Map.ofEntries(
            Map.entry(Kind.STATE, new StateModel()),
            Map.entry(Kind.ALL_PROGRAMS, new AllProgramsModel()),
            Map.entry(Kind.DELIVERY, SCHOOL_FILTER),
            Map.entry(Kind.CREDENTIAL_PROGRAMS, SCHOOL_FILTER),
            Map.entry(Kind.CREDENTIAL_COMPARISON, new ComparisonModel()),
            Map.entry(Kind.GLOSSARY_RANGE, new GlossaryRangeModel()),
            Map.entry(Kind.REVIEW_QUEUE, REVIEW_QUEUE),
            Map.entry(Kind.UNCHECKED_FIGURES, REVIEW_QUEUE),
            Map.entry(Kind.PAGES_PAST_REVIEW, REVIEW_QUEUE),
            Map.entry(Kind.STALE_SCHOOLS, REVIEW_QUEUE),
            Map.entry(Kind.COVERAGE, REVIEW_QUEUE));

    private final Context ctx;

    public GeneratedModels(Context ctx) {
        this.ctx = ctx;
    }

    public Map<String, Object> forGenerated(GeneratedPage page) {
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("title", page.title());
        content.put("description", page.description());
        content.put("type", page.kind().typeName());
        content.put("uri", page.outputPath());
        // The 404 page is served at whatever address was missing, so its links start from the site's root path.
        content.put(
                "rootpath",
                page.kind() == Kind.NOT_FOUND ? ctx.site().basePath() : Context.rootpath(page.outputPath()));
        content.put("items", ctx.summaries().list(page.pages()));
        LocalDate updated = Page.newest(page.pages().isEmpty() ? ctx.built() : page.pages());
        content.put("updated", updated.toString());
        content.put("updated_display", Labels.date(updated));
        LocalDate due = updated.plusMonths(ctx.site().reviewMonths());
        content.put("review_due", due.toString());
        content.put("review_due_display", Labels.date(due));
        content.put("canonical", ctx.structuredData().url(page.outputPath()));
        content.put("noindex", page.unlisted());
        List<Map<String, Object>> crumbs = breadcrumbs(page);
        content.put("breadcrumbs", crumbs);
        ctx.sections().mark(page.outputPath(), content::put);
        content.put(
                "json_ld",
                ctx.structuredData().forGenerated(page.title(), page.outputPath(), crumbs).stream()
                        .map(Json::write)
                        .toList());
        if (page.parent() != null) {
            content.put("parent_title", page.parent().title());
            content.put("parent_uri", page.parent().uri());
        }
        Notes notes = new Notes(ctx.site());
        GeneratedKind kind = KINDS.get(page.kind());
        if (kind != null) {
            kind.add(page, content, notes, ctx);
        }
        content.put("notes", notes.all());
        return ctx.model(content);
    }

    /** Home, then the school index for a filter page and the list of all programs, then the page it belongs under. */
    private List<Map<String, Object>> breadcrumbs(GeneratedPage page) {
        List<Map<String, Object>> crumbs = new ArrayList<>();
        crumbs.add(Links.link("Home", "index.html"));
        if (page.details() instanceof SchoolFilter || page.kind() == Kind.ALL_PROGRAMS) {
            ctx.breadcrumbs()
                    .listingOf("school")
                    .ifPresent(p -> crumbs.add(Links.link(Breadcrumbs.shortTitle(p), p.outputPath())));
        }
        if (page.parent() != null) {
            crumbs.add(Links.link(page.parent().title(), page.parent().uri()));
        }
        return crumbs;
    }
}
