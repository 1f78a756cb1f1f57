package org.hitpath.model.page;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.hitpath.model.CleanBody;
import org.hitpath.model.Context;
import org.hitpath.model.Json;
import org.hitpath.model.Labels;
import org.hitpath.model.Notes;
import org.hitpath.site.Page;

/**
 * Builds what the template of a content page sees: {@code content} (the page, its typed fields, its
 * body, breadcrumbs, structured data, review dates and sources, plus what its type adds) and the shared
 * {@code site} model.
 */
public final class ContentModels {

    private static final Map<String, PageKind> KINDS = Map.of(
            "home", new HomeModel(),
            "step", new StepModel(),
            "listing", new ListingModel(),
            "course", new CourseModel(),
            "credential", new CredentialModel(),
            "organisation", new OrganisationModel(),
            "school", new SchoolModel(),
            "page", new CareerPartModel());

    private final Context ctx;
    private final BiFunction<Page, Notes, CleanBody> cleanBody;
    // Filled as pages render, on several threads at once.
    private final Map<String, CleanBody> searchTexts = new java.util.concurrent.ConcurrentSkipListMap<>();

    /**
     * CLEAN_BODY gives a page's body as HTML, rendered, cleaned and with its figures in place, each
     * figure numbered in the page's notes.
     */
    public ContentModels(Context ctx, BiFunction<Page, Notes, CleanBody> cleanBody) {
        this.ctx = ctx;
        this.cleanBody = cleanBody;
    }

    public Map<String, Object> forPage(Page page) {
        Notes notes = new Notes(ctx.site());
        PageContent content = new PageContent(ctx.summaries().of(page), notes, () -> cleanBody.apply(page, notes));
        content.put("rootpath", Context.rootpath(page.outputPath()));
        content.put("source_path", page.path());
        List<Map<String, Object>> crumbs = ctx.breadcrumbs().of(page);
        content.put("breadcrumbs", crumbs);
        ctx.sections().mark(page.outputPath(), content::put);
        PageKind kind = KINDS.get(page.type().name());
        if (kind != null) {
            kind.add(page, content, ctx);
        }
        content.put("body", content.body());
        content.put("body_after", content.bodyAfter());
        searchTexts.put(page.outputPath(), content.cleaned().forSearch());
        content.put(
                "json_ld",
                ctx.structuredData().forPage(page, crumbs).stream()
                        .map(Json::write)
                        .toList());
        content.put("canonical", ctx.structuredData().url(page.outputPath()));
        LocalDate due = page.updated().plusMonths(ctx.site().reviewMonths());
        content.put("review_due", due.toString());
        content.put("review_due_display", Labels.date(due));
        content.put("notes", notes.all());
        return ctx.model(content.values());
    }

    /** What search reads of every page built so far (its body's text and headings), by output path. */
    public Map<String, CleanBody> searchTexts() {
        return searchTexts;
    }
}
