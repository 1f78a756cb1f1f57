package org.hitpath.render;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.hitpath.model.CleanBody;
import org.hitpath.plan.Plan;
import org.hitpath.site.Page;
import org.hitpath.site.Site;

/**
 * The files that are not pages: sitemap, robots.txt, the Atom feed, the search documents and the
 * search library. All are written from the same loaded content as the pages, in a fixed order.
 */
public final class SiteFiles {

    /** lunr, from its pinned webjar; copied, never committed into assets/. */
    static final String LUNR = "META-INF/resources/webjars/lunr/2.3.9/lunr.min.js";

    /** The folder the editors' generated pages are written into (the review queue and its lists). */
    static final String EDITORS_FOLDER = "editors/";

    private SiteFiles() {}

    /**
     * Crawlers may read everything but the editors' pages. The rule names the folder under the site's base
     * path, since the site may live under a sub-path such as /repo/. Crawlers only read robots.txt at the
     * host's root, though, so under a sub-path this file is never seen: the editors' pages keep their
     * noindex meta tag (GeneratedPage.unlisted), which works wherever the site lives.
     */
    static String robots(Site site) {
        return "User-agent: *\nDisallow: " + site.basePath() + EDITORS_FOLDER + "\nAllow: /\nSitemap: " + site.baseUrl()
                + "sitemap.xml\n";
    }

    public static void write(Site site, List<Page> pages, Plan plan, Map<String, CleanBody> bodies, SiteFolder out)
            throws IOException {
        out.writeText("sitemap.xml", Sitemap.write(site, pages, plan));
        out.writeText("robots.txt", robots(site));
        out.writeText("feed.xml", Feed.write(site, pages));
        out.writeText("search-index.json", SearchDocuments.write(pages, bodies));
        try (InputStream lunr = SiteFiles.class.getClassLoader().getResourceAsStream(LUNR)) {
            if (lunr == null) {
                throw new IOException("the lunr webjar is missing from the class path: " + LUNR);
            }
            out.write("js/lunr.min.js", lunr.readAllBytes());
        }
    }
}
