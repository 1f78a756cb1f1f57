package org.hitpath.render;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.hitpath.model.Labels;
import org.hitpath.site.Page;
import org.hitpath.site.Site;

/** feed.xml: an Atom feed of every published content page, most recently reviewed first. */
final class Feed {

    private Feed() {}

    static String write(Site site, List<Page> pages) {
        List<Page> newest = pages.stream()
                .sorted(Comparator.comparing(Page::updated)
                        .reversed()
                        .thenComparing(Page::title)
                        .thenComparing(Page::path))
                .toList();
        return Xml.document(w -> {
            w.writeStartElement("feed");
            w.writeDefaultNamespace("http://www.w3.org/2005/Atom");
            Xml.element(w, "title", Labels.SITE_NAME + ": what's new");
            Xml.element(w, "subtitle", "Pages of the guide as they are added and reviewed.");
            Xml.element(w, "id", site.baseUrl());
            Xml.element(w, "updated", instant(newest.get(0).updated()));
            Xml.link(w, "self", site.baseUrl() + "feed.xml", "application/atom+xml");
            Xml.link(w, "alternate", site.baseUrl() + "whats-new.html", "text/html");
            w.writeStartElement("author");
            Xml.element(w, "name", Labels.SITE_NAME + " editors");
            w.writeEndElement();
            for (Page p : newest) {
                w.writeStartElement("entry");
                Xml.element(w, "title", p.title());
                Xml.link(w, "alternate", site.baseUrl() + p.outputPath(), "text/html");
                Xml.element(w, "id", site.baseUrl() + p.outputPath());
                Xml.element(w, "updated", instant(p.updated()));
                Xml.element(w, "summary", p.text("description"));
                w.writeEndElement();
            }
            w.writeEndElement();
        });
    }

    private static String instant(LocalDate date) {
        return date + "T00:00:00Z";
    }
}
