package org.hitpath.model.page;

import org.hitpath.model.Context;
import org.hitpath.site.Page;

/** A course: the credentials whose exam covers it, whose issuer recommends it, and whose eligibility requires it. */
final class CourseModel implements PageKind {

    @Override
    public void add(Page page, PageContent content, Context ctx) {
        content.put("exam_credentials", ctx.summaries().refs("credential", page.list("exam_content")));
        content.put("recommended_credentials", ctx.summaries().refs("credential", page.list("recommended_for")));
        content.put("required_credentials", ctx.summaries().refs("credential", page.list("required_for")));
    }
}
