package org.hitpath.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hitpath.site.Page;
import org.hitpath.site.Site;

/** schema.org JSON-LD for each page: what the page is about, and where it sits in the site. */
public final class StructuredData {

    private final Site site;

    StructuredData(Site site) {
        this.site = site;
    }

    /** The page's blocks: its main entity (for the types that have one) and its breadcrumb trail. */
    public List<Map<String, Object>> forPage(Page page, List<Map<String, Object>> crumbs) {
        List<Map<String, Object>> blocks = new ArrayList<>();
        Map<String, Object> main = switch (page.type().name()) {
            case "home" -> occupation(page);
            case "course" -> course(page);
            case "credential" -> credential(page);
            case "school" -> school(page);
            default -> null;
        };
        if (main != null) {
            blocks.add(main);
        }
        if (crumbs.size() >= MIN_CRUMBS) {
            blocks.add(breadcrumbs(crumbs, page.title(), page.outputPath()));
        }
        return blocks;
    }

    public List<Map<String, Object>> forGenerated(String title, String uri, List<Map<String, Object>> crumbs) {
        return crumbs.size() >= MIN_CRUMBS ? List.of(breadcrumbs(crumbs, title, uri)) : List.of();
    }

    /**
     * A trail is described to search engines from two steps above the page (Home, a section): "Home, then
     * this page" says nothing the address does not, and every page's bytes count on a slow phone.
     */
    static final int MIN_CRUMBS = 2;

    private Map<String, Object> base(String type, Page page) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("@context", "https://schema.org");
        m.put("@type", type);
        m.put("name", page.title());
        m.put("description", page.text("description"));
        m.put("url", url(page.outputPath()));
        return m;
    }

    /**
     * The career overview: the occupation and its SOC code. Pay is left out: every pay figure we hold comes
     * from a third party quoting the BLS, and structured data would state it as the page's own.
     */
    private Map<String, Object> occupation(Page page) {
        Map<String, Object> m = base("Occupation", page);
        m.put("name", "Medical Records Specialists (health information technicians)");
        m.put("occupationalCategory", "29-2072.00");
        return m;
    }

    private Map<String, Object> course(Page page) {
        Map<String, Object> m = base("Course", page);
        m.put("educationalLevel", "Associate degree or postsecondary certificate");
        return m;
    }

    private Map<String, Object> credential(Page page) {
        Map<String, Object> m = base("EducationalOccupationalCredential", page);
        m.put("name", page.text("full_name") + " (" + page.text("code") + ")");
        m.put("credentialCategory", "certification");
        List<String> alternate = new ArrayList<>(List.of(page.text("code")));
        alternate.addAll(page.list("aliases"));
        m.put("alternateName", alternate);
        site.bySlug("organisation", page.text("issuer")).ifPresent(org -> {
            Map<String, Object> by = new LinkedHashMap<>();
            by.put("@type", "Organization");
            by.put("name", org.text("full_name"));
            by.put("url", org.text("website"));
            m.put("recognizedBy", by);
        });
        return m;
    }

    /**
     * A program's college: its name and only what the evidence confirms of its place. No {@code url}: the
     * addresses we hold are the program's or its evidence's, never the college's own site.
     */
    private Map<String, Object> school(Page page) {
        Map<String, Object> m = base("CollegeOrUniversity", page);
        m.put("name", page.text("institution"));
        m.remove("url");
        String located = page.text("location_stated");
        if (!"none".equals(located)) {
            Map<String, Object> address = new LinkedHashMap<>();
            address.put("@type", "PostalAddress");
            if ("city-and-state".equals(located) && page.text("city") != null) {
                address.put("addressLocality", page.text("city"));
            }
            address.put("addressRegion", page.text("state"));
            address.put("addressCountry", "US");
            m.put("address", address);
        }
        m.put("subjectOf", url(page.outputPath()));
        return m;
    }

    private Map<String, Object> breadcrumbs(List<Map<String, Object>> crumbs, String title, String uri) {
        List<Map<String, Object>> items = new ArrayList<>();
        for (Map<String, Object> crumb : crumbs) {
            items.add(item(items.size() + 1, (String) crumb.get("title"), (String) crumb.get("uri")));
        }
        items.add(item(items.size() + 1, title, uri));
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("@context", "https://schema.org");
        m.put("@type", "BreadcrumbList");
        m.put("itemListElement", items);
        return m;
    }

    private Map<String, Object> item(int position, String name, String uri) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("@type", "ListItem");
        m.put("position", position);
        m.put("name", name);
        m.put("item", url(uri));
        return m;
    }

    public String url(String uri) {
        return site.baseUrl() + uri;
    }
}
