package org.hitpath.model.page;

import org.hitpath.model.Context;
import org.hitpath.site.Page;

/** What one type of content page adds to the model every page has. */
interface PageKind {

    void add(Page page, PageContent content, Context ctx);
}
