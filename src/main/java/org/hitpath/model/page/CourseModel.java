package org.hitpath.model.page;

import org.hitpath.model.Context;
import org.hitpath.site.Page;

/** A course: the credentials whose exams it prepares for. */
final class CourseModel implements PageKind {

    @Override
    public void add(Page page, PageContent content, Context ctx) {
        content.put("credentials", ctx.summaries().refs("credential", page.list("credentials")));
    }
}
