package org.hitpath.model.generated;

import java.util.Map;
import org.hitpath.model.Context;
import org.hitpath.model.Notes;
import org.hitpath.plan.GeneratedPage;

/** What one kind of generated page adds to the model every generated page has. */
interface GeneratedKind {

    /** Adds to CONTENT what the kind needs; figures it shows take their numbers from NOTES. */
    void add(GeneratedPage page, Map<String, Object> content, Notes notes, Context ctx);
}
