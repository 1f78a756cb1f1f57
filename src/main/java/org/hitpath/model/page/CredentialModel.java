package org.hitpath.model.page;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hitpath.model.Context;
import org.hitpath.model.Labels;
import org.hitpath.plan.SchoolFilters;
import org.hitpath.schema.English;
import org.hitpath.site.Page;

/**
 * A credential: its issuer, its key figures, the courses that prepare for its exam, and the programs
 * that prepare for it, listed on the page when there are few and linked when there are many.
 */
final class CredentialModel implements PageKind {

    /** The header fields that hold the figures every credential page shows in its facts box. */
    static final List<String> KEY_FIGURE_FIELDS =
            List.of("exam_time", "exam_questions", "exam_format", "fee", "renewal");

    /** Up to this many programs are listed on the credential's page; more are linked, to keep the page light. */
    static final int PROGRAMS_LISTED_MAX = 6;

    @Override
    public void add(Page page, PageContent content, Context ctx) {
        String slug = page.slug();
        content.put(
                "issuer_page",
                ctx.summaries()
                        .refs("organisation", List.of(page.text("issuer")))
                        .get(0));
        content.put("specialty_label", Labels.SPECIALTIES.get(page.text("specialty")));
        content.put("exam_courses", ctx.summaries().list(ctx.links().coursesFor(slug, "exam_content")));
        content.put("recommended_courses", ctx.summaries().list(ctx.links().coursesFor(slug, "recommended_for")));
        content.put("required_courses", ctx.summaries().list(ctx.links().coursesFor(slug, "required_for")));
        List<Page> schools = ctx.links().schoolsFor(slug);
        content.put("schools", ctx.summaries().list(schools));
        content.put("schools_count", English.count(schools.size(), "program"));
        content.put("schools_listed", schools.size() <= PROGRAMS_LISTED_MAX);
        String programsPage = SchoolFilters.credentialPath(slug);
        content.put("programs_page", ctx.plan().has(programsPage) ? programsPage : "");
        // The summary box, in its order: a figure where a record gives one, "" where our sources do not.
        Map<String, Object> key = new LinkedHashMap<>();
        for (String field : KEY_FIGURE_FIELDS) {
            key.put(field, page.text(field) == null ? "" : content.figure(page.text(field)));
        }
        content.put("key", key);
    }
}
