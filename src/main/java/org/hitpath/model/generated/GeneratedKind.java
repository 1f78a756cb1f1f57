package org.hitpath.model.generated;

import java.util.Map;
import org.hitpath.model.Context;
import org.hitpath.plan.GeneratedPage;

/** What one kind of generated page adds to the model every generated page has. */
interface GeneratedKind {

    void add(GeneratedPage page, Map<String, Object> content, Context ctx);
}
