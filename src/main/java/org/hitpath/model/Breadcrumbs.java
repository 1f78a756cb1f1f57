package org.hitpath.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.hitpath.site.Page;

/** The trail above a page: Home, then the listing of the page's folder when it has one. */
public final class Breadcrumbs {

    private final Map<String, Page> listings = new TreeMap<>();

    public Breadcrumbs(List<Page> built) {
        for (Page p : built) {
            if (p.type().name().equals("listing")) {
                listings.put(p.outputPath(), p);
            }
        }
    }

    public List<Map<String, Object>> of(Page page) {
        List<Map<String, Object>> crumbs = new ArrayList<>();
        if (page.type().name().equals("home")) {
            return crumbs;
        }
        crumbs.add(Links.link("Home", "index.html"));
        String folder = page.outputPath().contains("/")
                ? page.outputPath().substring(0, page.outputPath().lastIndexOf('/'))
                : "";
        if (!folder.isEmpty() && !page.slug().equals("index")) {
            Page listing = listings.get(folder + "/index.html");
            if (listing != null) {
                crumbs.add(Links.link(shortTitle(listing), listing.outputPath()));
            }
        }
        return crumbs;
    }

    /** The short names the navigation gives the indexes; breadcrumbs use the same, so one section has one name. */
    static final java.util.Map<String, String> SECTION_NAMES =
            java.util.Map.of("step", "Steps", "course", "Courses", "credential", "Credentials", "school", "Programs");

    /** A listing's name in the navigation and the breadcrumbs. */
    public static String shortTitle(Page listing) {
        return SECTION_NAMES.getOrDefault(listing.text("lists"), listing.title());
    }

    /** The listing page that lists pages of TYPE, if the site has one. */
    public java.util.Optional<Page> listingOf(String type) {
        return listings.values().stream()
                .filter(p -> type.equals(p.text("lists")))
                .findFirst();
    }
}
