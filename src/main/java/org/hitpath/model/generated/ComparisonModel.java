package org.hitpath.model.generated;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hitpath.model.Context;
import org.hitpath.model.Links;
import org.hitpath.model.Notes;
import org.hitpath.plan.CredentialComparison;
import org.hitpath.plan.GeneratedPage;
import org.hitpath.plan.GeneratedPage.ComparisonPart;
import org.hitpath.site.Page;

/** One table of the credential comparison: a row per credential, a cell per column, every figure sourced. */
final class ComparisonModel implements GeneratedKind {

    @Override
    public void add(GeneratedPage page, Map<String, Object> content, Notes notes, Context ctx) {
        ComparisonPart part = (ComparisonPart) page.details();
        List<String> columns = part.part().columns();
        content.put("caption", part.part().caption());
        content.put(
                "columns",
                columns.stream().map(CredentialComparison.HEADINGS::get).toList());
        content.put("rows", rows(ctx, notes, page.pages(), columns));
        content.put("comparisons", Links.cards(part.all()));
    }

    /** One row per credential, in the order of the credential index; a cell without a record stays empty. */
    private static List<Map<String, Object>> rows(
            Context ctx, Notes notes, List<Page> credentials, List<String> columns) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Page c : credentials) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("code", c.text("code"));
            row.put("uri", c.outputPath());
            row.put(
                    "issuer_acronym",
                    ctx.site()
                            .bySlug("organisation", c.text("issuer"))
                            .map(o -> o.text("acronym"))
                            .orElse(""));
            List<Map<String, Object>> cells = new ArrayList<>();
            for (String column : columns) {
                Map<String, Object> cell = new LinkedHashMap<>();
                cell.put("label", CredentialComparison.HEADINGS.get(column));
                if (column.equals("eligibility")) {
                    cell.put("text", c.text("eligibility"));
                } else if (c.text(column) != null) {
                    cell.put("figure", notes.figure(c.text(column)));
                }
                cells.add(cell);
            }
            row.put("cells", cells);
            rows.add(row);
        }
        return rows;
    }
}
