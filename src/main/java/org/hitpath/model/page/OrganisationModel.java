package org.hitpath.model.page;

import org.hitpath.model.Context;
import org.hitpath.site.Page;

/** An organisation: the credentials it issues and the programs it accredits that we list. */
final class OrganisationModel implements PageKind {

    @Override
    public void add(Page page, PageContent content, Context ctx) {
        content.put("credentials", ctx.summaries().list(ctx.links().credentialsIssuedBy(page.slug())));
        content.put("schools", ctx.summaries().list(ctx.links().schoolsAccreditedBy(page.slug())));
    }
}
