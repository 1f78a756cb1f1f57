package org.hitpath.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.hitpath.plan.GeneratedPage;
import org.hitpath.plan.Plan;
import org.hitpath.site.Page;
import org.hitpath.site.Site;

/** sitemap.xml: every page a reader can land on, with the date it was last reviewed. */
final class Sitemap {

    private Sitemap() {}

    static String write(Site site, List<Page> pages, Plan plan) {
        return Xml.document(w -> {
            w.writeStartElement("urlset");
            w.writeDefaultNamespace("http://www.sitemaps.org/schemas/sitemap/0.9");
            for (String[] e : entries(pages, plan)) {
                w.writeStartElement("url");
                Xml.element(w, "loc", site.baseUrl() + e[0]);
                Xml.element(w, "lastmod", e[1]);
                w.writeEndElement();
            }
            w.writeEndElement();
        });
    }

    /** Output path and review date of each page, in path order. */
    private static List<String[]> entries(List<Page> pages, Plan plan) {
        List<String[]> entries = new ArrayList<>();
        for (Page p : pages) {
            entries.add(new String[] {p.outputPath(), p.updated().toString()});
        }
        for (GeneratedPage g : plan.pages()) {
            if (!g.unlisted()) {
                // A page that lists nothing (a state with no program yet) was last reviewed with the site.
                List<Page> dated = g.pages().isEmpty() ? pages : g.pages();
                entries.add(new String[] {g.outputPath(), Page.newest(dated).toString()});
            }
        }
        entries.sort(Comparator.comparing((String[] e) -> e[0]));
        return entries;
    }
}
