package org.hitpath;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.hitpath.load.SiteLoader;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.NodeList;

/** What a static host and its visitors' tools read: sitemap, feed, structured data, 404, and sub-path hosting. */
class HostingTest {

    static final String BASE = "https://hit-path.example.org/";
    static final ObjectMapper JSON = new ObjectMapper();

    static TestSite.Bake bake;

    @BeforeAll
    static void bakeTheRealSite() {
        bake = TestSite.realSiteBakedOnce();
        assertTrue(bake.ok(), bake::describe);
    }

    static List<String> contentPages() throws IOException {
        Path content = TestSite.PROJECT.resolve("content");
        try (Stream<Path> walk = Files.walk(content)) {
            return walk.filter(p -> p.toString().endsWith(".md"))
                    .map(p ->
                            content.relativize(p).toString().replace('\\', '/').replaceAll("\\.md$", ".html"))
                    .sorted()
                    .toList();
        }
    }

    static org.w3c.dom.Document xml(String file) throws Exception {
        return xml(bake.site(), file);
    }

    static org.w3c.dom.Document xml(Path site, String file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(site.resolve(file).toFile());
    }

    static List<String> texts(org.w3c.dom.Element parent, String ns, String name) {
        List<String> out = new ArrayList<>();
        NodeList nodes = parent.getElementsByTagNameNS(ns, name);
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add(nodes.item(i).getTextContent());
        }
        return out;
    }

    @Test
    void sitemapListsExactlyThePublishedPagesWithTheirReviewDates() throws Exception {
        org.w3c.dom.Element urlset = xml("sitemap.xml").getDocumentElement();
        String ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        assertEquals("urlset", urlset.getLocalName());
        assertEquals(ns, urlset.getNamespaceURI());
        Set<String> expected = new TreeSet<>(bake.pages());
        expected.removeAll(Set.of("404.html", "search.html"));
        expected.removeIf(p -> p.startsWith("editors/"));
        assertTrue(
                expected.containsAll(List.of(
                        "credentials/compare-exams.html",
                        "credentials/compare-costs.html",
                        "career/glossary-a-c.html",
                        "career/glossary-d-z.html")),
                "pages split off an index are listed too");
        List<String> locs = texts(urlset, ns, "loc");
        assertEquals(
                expected,
                new TreeSet<>(locs.stream().map(l -> l.substring(BASE.length())).toList()));
        assertEquals(locs.size(), new TreeSet<>(locs).size(), "no page twice");
        NodeList urls = urlset.getElementsByTagNameNS(ns, "url");
        for (int i = 0; i < urls.getLength(); i++) {
            org.w3c.dom.Element url = (org.w3c.dom.Element) urls.item(i);
            String page = texts(url, ns, "loc").get(0).substring(BASE.length());
            String lastmod = texts(url, ns, "lastmod").get(0);
            assertEquals(bake.page(page).selectFirst(".hit-reviewed time").attr("datetime"), lastmod, page);
        }
    }

    @Test
    void robotsTxtKeepsCrawlersOutOfTheEditorsPagesAndNamesTheSitemap() throws IOException {
        assertEquals(
                "User-agent: *\nDisallow: /editors/\nAllow: /\nSitemap: " + BASE + "sitemap.xml\n",
                Files.readString(bake.site().resolve("robots.txt")));
    }

    /** robots.txt is only read at a host's root, so under a sub-path only the meta tag keeps them out. */
    @Test
    void everyEditorsPageAlsoCarriesNoindex() throws IOException {
        List<String> editors =
                bake.pages().stream().filter(p -> p.startsWith("editors/")).toList();
        long unchecked = SiteLoader.load(TestSite.PROJECT).site().figures().values().stream()
                .filter(f -> !f.checkedAgainstPrimary())
                .count();
        List<String> expected = new ArrayList<>(List.of(
                "editors/coverage.html",
                "editors/pages-past-review.html",
                "editors/review-queue.html",
                "editors/stale-schools.html"));
        for (int page = 1; page <= (unchecked + 14) / 15; page++) {
            expected.add("editors/unchecked-figures-" + page + ".html");
        }
        assertEquals(expected, editors, "15 unchecked figures to a page");
        for (String path : editors) {
            assertEquals(
                    "noindex", bake.page(path).selectFirst("meta[name=robots]").attr("content"), path);
        }
    }

    @Test
    void feedIsAtomWithEveryPublishedPageNewestFirst() throws Exception {
        org.w3c.dom.Element feed = xml("feed.xml").getDocumentElement();
        String atom = "http://www.w3.org/2005/Atom";
        assertEquals("feed", feed.getLocalName());
        assertEquals(atom, feed.getNamespaceURI());
        for (String required : List.of("id", "title", "updated", "author")) {
            assertFalse(texts(feed, atom, required).isEmpty(), "feed has " + required);
        }
        NodeList entries = feed.getElementsByTagNameNS(atom, "entry");
        List<String> ids = new ArrayList<>();
        OffsetDateTime previous = OffsetDateTime.MAX;
        for (int i = 0; i < entries.getLength(); i++) {
            org.w3c.dom.Element entry = (org.w3c.dom.Element) entries.item(i);
            assertEquals(1, texts(entry, atom, "title").size());
            assertEquals(1, texts(entry, atom, "summary").size());
            OffsetDateTime updated =
                    OffsetDateTime.parse(texts(entry, atom, "updated").get(0));
            assertFalse(updated.isAfter(previous), "newest first");
            previous = updated;
            String id = texts(entry, atom, "id").get(0);
            org.w3c.dom.Element link = (org.w3c.dom.Element)
                    entry.getElementsByTagNameNS(atom, "link").item(0);
            assertEquals(id, link.getAttribute("href"));
            ids.add(id.substring(BASE.length()));
        }
        assertEquals(contentPages(), ids.stream().sorted().toList(), "every published content page, once");
        assertTrue(bake.page("whats-new.html").select("main ol a").size() == ids.size());
    }

    /** A place not confirmed by the evidence is shown as unconfirmed to readers and left out of structured data. */
    private static void schoolAddressStatesOnlyWhatTheEvidenceConfirms(String path, JsonNode node) {
        String location =
                bake.page(path).select("dt:containsOwn(Location) + dd").text();
        JsonNode address = node.path("address");
        if (location.contains("(location not confirmed)")) {
            assertTrue(address.isMissingNode(), path + ": no address the evidence does not state");
        } else if (location.contains("(city not confirmed)")) {
            assertTrue(address.path("addressLocality").isMissingNode(), path + ": no city the evidence does not state");
            assertFalse(address.path("addressRegion").isMissingNode(), path + ": the state it does state");
        } else {
            assertFalse(address.path("addressLocality").isMissingNode(), path + ": the city it states");
        }
    }

    @Test
    void everyJsonLdBlockParsesAndHasItsRequiredProperties() throws IOException {
        Map<String, List<String>> required = Map.of(
                "BreadcrumbList", List.of("itemListElement"),
                "Occupation", List.of("name", "description", "occupationalCategory"),
                "Course", List.of("name", "description", "url"),
                "EducationalOccupationalCredential",
                        List.of("name", "description", "credentialCategory", "recognizedBy", "url"),
                "CollegeOrUniversity", List.of("name", "subjectOf"));
        Map<String, String> mainType = Map.of(
                "index.html",
                "Occupation",
                "courses/anatomy.html",
                "Course",
                "credentials/rhit.html",
                "EducationalOccupationalCredential",
                "schools/college-of-dupage.html",
                "CollegeOrUniversity");
        int blocks = 0;
        for (String path : bake.pages()) {
            List<String> types = new ArrayList<>();
            for (Element script : bake.page(path).select("script[type=application/ld+json]")) {
                JsonNode node = JSON.readTree(script.data());
                blocks++;
                assertEquals("https://schema.org", node.path("@context").asText(), path);
                String type = node.path("@type").asText();
                assertTrue(required.containsKey(type), path + ": unexpected type " + type);
                for (String property : required.get(type)) {
                    assertFalse(
                            node.path(property).isMissingNode()
                                    || node.path(property).asText().isEmpty()
                                            && !node.path(property).isContainerNode(),
                            path + ": " + type + " lacks " + property);
                }
                if (type.equals("CollegeOrUniversity")) {
                    schoolAddressStatesOnlyWhatTheEvidenceConfirms(path, node);
                }
                if (type.equals("BreadcrumbList")) {
                    JsonNode items = node.get("itemListElement");
                    assertEquals(
                            BASE + path,
                            items.get(items.size() - 1).get("item").asText(),
                            path + ": the trail ends at the page");
                    for (int i = 0; i < items.size(); i++) {
                        assertEquals(i + 1, items.get(i).get("position").asInt());
                    }
                }
                types.add(type);
            }
            assertEquals(
                    bake.page(path).select(".hit-breadcrumbs ol li").size() >= 2,
                    types.contains("BreadcrumbList"),
                    path + " has a BreadcrumbList when its trail runs through a section");
            if (mainType.containsKey(path)) {
                assertTrue(types.contains(mainType.get(path)), path + " describes itself as " + mainType.get(path));
            }
        }
        assertTrue(blocks > bake.pages().size() / 2, "structured data on most pages: " + blocks);
        JsonNode occupation = JSON.readTree(bake.page("index.html")
                .selectFirst("script[type=application/ld+json]")
                .data());
        // Every pay figure we hold is a third party quoting the BLS: structured data would state it as ours.
        assertTrue(occupation.path("estimatedSalary").isMissingNode(), "no secondary pay figure in structured data");
        assertTrue(occupation.path("sameAs").isMissingNode(), "sameAs names the entity, never a source");
    }

    @Test
    void everyPageHasCanonicalDescriptionOpenGraphAndReviewDates() {
        for (String path : bake.pages()) {
            Document page = bake.page(path);
            assertEquals(BASE + path, page.selectFirst("link[rel=canonical]").attr("href"), path);
            assertEquals(
                    page.selectFirst("meta[name=description]").attr("content"),
                    page.selectFirst("meta[property=og:description]").attr("content"),
                    path);
            assertFalse(
                    page.selectFirst("meta[property=og:title]").attr("content").isBlank(), path);
            if (!Set.of("404.html", "search.html").contains(path) && !path.startsWith("editors/")) {
                Element reviewed = page.selectFirst(".hit-reviewed");
                assertNotNull(reviewed, path);
                assertTrue(
                        reviewed.text()
                                .matches(
                                        "Page last reviewed: \\d+ \\w+ \\d{4}\\. Next review due: \\d+ \\w+ \\d{4}\\."),
                        path + ": " + reviewed.text());
            }
        }
        assertEquals(
                "2027-12-01",
                bake.page("courses/anatomy.html")
                        .select(".hit-reviewed time")
                        .get(1)
                        .attr("datetime"),
                "reviewed yearly");
    }

    @Test
    void notFoundPageLinksTheIndexesAndSearchFromTheSiteRoot() {
        Document page = bake.page("404.html");
        List<String> links = page.select("main a").eachAttr("href");
        assertTrue(
                links.containsAll(List.of(
                        "/schools/index.html", "/credentials/index.html", "/courses/index.html", "/search.html")),
                links.toString());
        assertEquals("noindex", page.selectFirst("meta[name=robots]").attr("content"));
    }

    @Test
    void searchDocumentsStayWithinBudgetAndCarryTheNamesReadersUse() throws IOException {
        byte[] raw = Files.readAllBytes(bake.site().resolve("search-index.json"));
        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(zipped)) {
            gzip.write(raw);
        }
        System.out.printf("search documents: %d bytes, %d bytes gzipped%n", raw.length, zipped.size());
        assertTrue(zipped.size() <= 100 * 1024, "search index budget is 100 KB compressed, got " + zipped.size());
        JsonNode docs = JSON.readTree(raw);
        assertEquals(contentPages(), toSortedIds(docs));
        JsonNode ods = null;
        for (JsonNode d : docs) {
            if (d.get("id").asText().equals("credentials/ods.html")) {
                ods = d;
            }
        }
        assertNotNull(ods);
        assertTrue(
                List.of(ods.get("keywords").asText().split(" ")).contains("CTR"),
                "the former name CTR is a search word of its own: " + ods.get("keywords"));
        assertTrue(Files.exists(bake.site().resolve("js/lunr.min.js")));
        for (String path : bake.pages()) {
            List<String> scripts = bake.page(path).select("script[src]").eachAttr("src");
            List<String> expected = switch (path) {
                case "search.html" -> List.of("js/search.js");
                case "schools/all.html" -> List.of("../js/finder.js");
                default -> List.of();
            };
            assertEquals(
                    expected,
                    scripts,
                    path
                            + ": search code loads only where search is used, the finder only with the list of all programs");
        }
        // Every match is shown, each labelled with its kind.
        String search = Files.readString(TestSite.PROJECT.resolve("assets/js/search.js"));
        assertFalse(search.contains(".slice(0,"), "search shows every match");
        Set<String> kinds = new TreeSet<>();
        docs.forEach(d -> kinds.add(d.get("kind").asText()));
        assertEquals(
                Set.of("Career page", "Course", "Credential", "Index", "Organisation", "Page", "Program", "Step"),
                kinds);
    }

    private static List<String> toSortedIds(JsonNode docs) {
        List<String> ids = new ArrayList<>();
        docs.forEach(d -> ids.add(d.get("id").asText()));
        return ids.stream().sorted().toList();
    }

    @Test
    void aSubPathBakeHasNoBrokenLinkOrAsset(@TempDir Path dir) throws Exception {
        Path src = TestSite.real(dir.resolve("src"));
        Path properties = src.resolve("jbake.properties");
        String base = "https://example.github.io/hit-path/";
        Files.writeString(
                properties, Files.readString(properties).replaceAll("(?m)^site\\.host=.*$", "site.host=" + base));
        TestSite.Bake sub = TestSite.bake(src, dir.resolve("site"));
        assertTrue(sub.ok(), sub::describe);
        int checked = 0;
        for (String path : sub.pages()) {
            Document page = org.jsoup.Jsoup.parse(Files.readString(sub.site().resolve(path)), base + path);
            for (Element ref : page.select("a[href], link[href], script[src], img[src]")) {
                String url = ref.hasAttr("href") ? ref.absUrl("href") : ref.absUrl("src");
                if (!url.startsWith("https://example.github.io/")) {
                    continue;
                }
                assertTrue(url.startsWith(base), path + ": " + url + " leaves the sub-path");
                String file = url.substring(base.length()).replaceAll("[?#].*$", "");
                assertTrue(
                        Files.isRegularFile(sub.site().resolve(file.isEmpty() ? "index.html" : file)),
                        path + ": " + url + " is missing");
                checked++;
            }
        }
        assertTrue(checked > 1000, "links checked: " + checked);
        List<String> locs = texts(
                xml(sub.site(), "sitemap.xml").getDocumentElement(),
                "http://www.sitemaps.org/schemas/sitemap/0.9",
                "loc");
        assertTrue(locs.contains(base + "courses/anatomy.html"), locs.toString());
        assertTrue(sub.page("404.html").select("main a").eachAttr("href").contains("/hit-path/schools/index.html"));
        assertEquals(
                "User-agent: *\nDisallow: /hit-path/editors/\nAllow: /\nSitemap: " + base + "sitemap.xml\n",
                Files.readString(sub.site().resolve("robots.txt")));
    }
}
