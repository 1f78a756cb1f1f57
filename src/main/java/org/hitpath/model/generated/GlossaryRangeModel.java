package org.hitpath.model.generated;

import java.util.Map;
import org.hitpath.model.Context;
import org.hitpath.model.GlossaryModels;
import org.hitpath.model.Notes;
import org.hitpath.plan.GeneratedPage;
import org.hitpath.plan.GeneratedPage.GlossaryRange;

/** A range of the glossary: its terms, and the other ranges to move between. */
final class GlossaryRangeModel implements GeneratedKind {

    @Override
    public void add(GeneratedPage page, Map<String, Object> content, Notes notes, Context ctx) {
        GlossaryRange range = (GlossaryRange) page.details();
        content.put("label", range.label());
        content.put("terms", GlossaryModels.terms(range.terms()));
        content.put("ranges", GlossaryModels.ranges(range.all()));
    }
}
