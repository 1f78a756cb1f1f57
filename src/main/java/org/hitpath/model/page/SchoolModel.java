package org.hitpath.model.page;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hitpath.model.Context;
import org.hitpath.model.Labels;
import org.hitpath.plan.Eligibility;
import org.hitpath.plan.SchoolFilters;
import org.hitpath.site.Page;

/**
 * A program: its accreditor and evidence, the credentials it leads to and on what grounds, the facts a
 * reader decides on (length, cost, start, outcomes) or where the evidence says nothing of them, and its
 * state's page.
 */
final class SchoolModel implements PageKind {

    /** The facts a reader decides on, in the order of the summary, each a figure field of the school type. */
    static final List<String> DECISION_FIELDS =
            List.of("length", "cost", "starts", "graduation_rate", "employment_rate", "pass_rate");

    static final Map<String, String> DECISION_LABELS = Map.of(
            "length", "Length",
            "cost", "Cost",
            "starts", "Start dates",
            "graduation_rate", "Graduation rate",
            "employment_rate", "Employment rate",
            "pass_rate", "Exam pass rate");

    @Override
    public void add(Page page, PageContent content, Context ctx) {
        content.put("leads_to", leadsTo(page, ctx));
        content.put("rhit_by_rule", Eligibility.byRule(page));
        content.put("level_stated", "associate".equals(page.text("level")));
        content.put(
                "accreditor",
                ctx.summaries()
                        .refs("organisation", List.of(page.text("accreditation")))
                        .get(0));
        Map<String, Object> decision = new LinkedHashMap<>();
        for (String field : DECISION_FIELDS) {
            String key = page.text(field);
            decision.put(field, key == null ? "" : content.figure(key));
        }
        content.put("decision", decision);
        content.put("decision_labels", DECISION_LABELS);
        content.put("evidence_read_display", Labels.date((java.time.LocalDate)
                page.values().get("evidence_read")));
        content.put("outcome_figures", content.figures(page.list("outcomes")));
        content.put("state_page", SchoolFilters.statePath(page.text("state")));
        content.put(
                "copy_host",
                page.text("copy_url") == null ? "" : org.hitpath.schema.UrlRules.copyPlace(page.text("copy_url")));
    }

    /** Each credential the program leads to, with whether its evidence says so or the issuer's rule does. */
    private static List<Map<String, Object>> leadsTo(Page page, Context ctx) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (String slug : Eligibility.of(page)) {
            for (Map<String, Object> credential : ctx.summaries().refs("credential", List.of(slug))) {
                Map<String, Object> entry = new LinkedHashMap<>(credential);
                entry.put("named", Eligibility.named(page, slug));
                out.add(entry);
            }
        }
        return out;
    }
}
