package org.hitpath.model.generated;

import java.util.Map;
import org.hitpath.model.Context;
import org.hitpath.model.Notes;
import org.hitpath.plan.GeneratedPage;
import org.hitpath.schema.English;

/** A school filter page (a state, a delivery mode, a credential): how many programs it lists. */
final class SchoolFilterModel implements GeneratedKind {

    @Override
    public void add(GeneratedPage page, Map<String, Object> content, Notes notes, Context ctx) {
        content.put("count_text", English.count(page.pages().size(), "program"));
    }
}
