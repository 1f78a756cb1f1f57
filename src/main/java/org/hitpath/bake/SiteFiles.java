package org.hitpath.bake;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.hitpath.content.GeneratedPage;
import org.hitpath.content.Page;
import org.hitpath.content.Site;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * The files that are not pages: sitemap, robots.txt, the Atom feed, the search documents and the
 * search library. All are written from the same loaded content as the pages, in a fixed order.
 */
final class SiteFiles {

    /** Pages search engines should not index: they have no content of their own, or are for editors only. */
    static boolean unlisted(String path) {
        return path.equals("404.html") || path.equals("search.html") || path.startsWith(EDITORS_FOLDER);
    }

    /** Pages for editors: linked from CONTRIBUTING.md, never from the site. */
    static final String EDITORS_FOLDER = "editors/";
    /** lunr, from its pinned webjar; copied, never committed into assets/. */
    static final String LUNR = "META-INF/resources/webjars/lunr/2.3.9/lunr.min.js";

    private final Site site;
    private final List<Page> pages;
    private final List<GeneratedPage> generated;

    SiteFiles(Site site, List<Page> pages, List<GeneratedPage> generated) {
        this.site = site;
        this.pages = pages;
        this.generated = generated;
    }

    void write(Path out, Map<String, String> bodyHtmlByUri) throws IOException {
        Files.writeString(out.resolve("sitemap.xml"), sitemap(), StandardCharsets.UTF_8);
        Files.writeString(
                out.resolve("robots.txt"),
                "User-agent: *\nAllow: /\nSitemap: " + site.baseUrl() + "sitemap.xml\n",
                StandardCharsets.UTF_8);
        Files.writeString(out.resolve("feed.xml"), feed(), StandardCharsets.UTF_8);
        Files.writeString(out.resolve("search-index.json"), searchDocuments(bodyHtmlByUri), StandardCharsets.UTF_8);
        Files.createDirectories(out.resolve("js"));
        try (InputStream lunr = SiteFiles.class.getClassLoader().getResourceAsStream(LUNR)) {
            if (lunr == null) {
                throw new IOException("the lunr webjar is missing from the class path: " + LUNR);
            }
            Files.write(out.resolve("js/lunr.min.js"), lunr.readAllBytes());
        }
    }

    /** Every page a reader can land on, with the date it was last reviewed. */
    List<String[]> sitemapEntries() {
        List<String[]> entries = new ArrayList<>();
        for (Page p : pages) {
            entries.add(new String[] {p.outputPath(), p.updated().toString()});
        }
        for (GeneratedPage g : generated) {
            if (!unlisted(g.outputPath())) {
                entries.add(new String[] {g.outputPath(), newest(g.pages()).toString()});
            }
        }
        entries.sort(Comparator.comparing((String[] e) -> e[0]));
        return entries;
    }

    private String sitemap() {
        return xml(w -> {
            w.writeStartElement("urlset");
            w.writeDefaultNamespace("http://www.sitemaps.org/schemas/sitemap/0.9");
            for (String[] e : sitemapEntries()) {
                w.writeStartElement("url");
                element(w, "loc", site.baseUrl() + e[0]);
                element(w, "lastmod", e[1]);
                w.writeEndElement();
            }
            w.writeEndElement();
        });
    }

    private String feed() {
        List<Page> newest = pages.stream()
                .sorted(Comparator.comparing(Page::updated)
                        .reversed()
                        .thenComparing(Page::title)
                        .thenComparing(Page::path))
                .toList();
        return xml(w -> {
            w.writeStartElement("feed");
            w.writeDefaultNamespace("http://www.w3.org/2005/Atom");
            element(w, "title", PageModels.SITE_NAME + ": what's new");
            element(w, "subtitle", "Pages of the guide as they are added and reviewed.");
            element(w, "id", site.baseUrl());
            element(w, "updated", instant(newest.get(0).updated()));
            link(w, "self", site.baseUrl() + "feed.xml", "application/atom+xml");
            link(w, "alternate", site.baseUrl() + "whats-new.html", "text/html");
            w.writeStartElement("author");
            element(w, "name", PageModels.SITE_NAME + " editors");
            w.writeEndElement();
            for (Page p : newest) {
                w.writeStartElement("entry");
                element(w, "title", p.title());
                link(w, "alternate", site.baseUrl() + p.outputPath(), "text/html");
                element(w, "id", site.baseUrl() + p.outputPath());
                element(w, "updated", instant(p.updated()));
                element(w, "summary", p.text("description"));
                w.writeEndElement();
            }
            w.writeEndElement();
        });
    }

    /** What search looks through: titles, descriptions, headings, body text, and the names readers use. */
    private String searchDocuments(Map<String, String> bodyHtmlByUri) {
        List<Map<String, Object>> docs = new ArrayList<>();
        for (Page p : pages) {
            Document body = Jsoup.parseBodyFragment(bodyHtmlByUri.getOrDefault(p.outputPath(), ""));
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("id", p.outputPath());
            doc.put("title", p.title());
            doc.put("description", p.text("description"));
            doc.put("headings", String.join(" ", body.select("h2, h3, h4").eachText()));
            doc.put("keywords", String.join(" ", keywords(p)));
            doc.put("body", body.text());
            docs.add(doc);
        }
        return Json.write(docs);
    }

    /** Names a page is known by that its text may not use: codes, former names, what a specialty's workers are called. */
    private Set<String> keywords(Page p) {
        Set<String> words = new LinkedHashSet<>();
        for (String field : List.of("code", "full_name", "acronym", "institution", "city", "program", "award")) {
            if (p.text(field) != null) {
                words.add(p.text(field));
            }
        }
        words.addAll(p.list("aliases"));
        if (p.text("specialty") != null) {
            words.add(PageModels.SPECIALTY_LABELS.get(p.text("specialty")));
            if (p.text("specialty").equals("coding")) {
                words.add("coder coders medical coding");
            }
            if (p.text("specialty").equals("cancer-registry")) {
                words.add("cancer registrar tumor registrar");
            }
        }
        if (p.text("state") != null) {
            words.add(p.text("state") + " " + org.hitpath.content.Schema.STATES.get(p.text("state")));
        }
        if (p.text("delivery") != null) {
            words.add(org.hitpath.content.GeneratedPages.deliveryLabel(p.text("delivery")));
        }
        return words;
    }

    static LocalDate newest(List<Page> pages) {
        return pages.stream().map(Page::updated).max(LocalDate::compareTo).orElseThrow();
    }

    private static String instant(LocalDate date) {
        return date + "T00:00:00Z";
    }

    private interface XmlBody {
        void write(XMLStreamWriter w) throws XMLStreamException;
    }

    private static String xml(XmlBody body) {
        StringWriter text = new StringWriter();
        try {
            XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(text);
            w.writeStartDocument("UTF-8", "1.0");
            text.write("\n");
            body.write(w);
            w.writeEndDocument();
            w.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return text + "\n";
    }

    private static void element(XMLStreamWriter w, String name, String value) throws XMLStreamException {
        w.writeStartElement(name);
        w.writeCharacters(value);
        w.writeEndElement();
    }

    private static void link(XMLStreamWriter w, String rel, String href, String type) throws XMLStreamException {
        w.writeEmptyElement("link");
        w.writeAttribute("rel", rel);
        w.writeAttribute("type", type);
        w.writeAttribute("href", href);
    }
}
