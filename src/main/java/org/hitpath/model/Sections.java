package org.hitpath.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.hitpath.site.Page;

/**
 * The sections the primary navigation lists (each the index of a folder: steps, courses, credentials,
 * programs) and which of them a page lies in, so that the navigation can say where the reader is
 * (issue 21, item 3): the index itself is that page, any page under its folder is within it.
 */
public final class Sections {

    /** The listings the navigation links, in its order, by the type of page each lists. */
    static final List<String> LISTED = List.of("step", "course", "credential", "school");

    private final List<Page> indexes = new ArrayList<>();

    public Sections(Breadcrumbs breadcrumbs) {
        for (String type : LISTED) {
            // A listing at the site's root would hold every page; only a folder's index makes a section.
            breadcrumbs
                    .listingOf(type)
                    .filter(p -> p.outputPath().contains("/"))
                    .ifPresent(indexes::add);
        }
    }

    /** The navigation's items: each section's short name and its index. */
    public List<Map<String, Object>> nav() {
        return indexes.stream()
                .map(p -> Links.link(Breadcrumbs.shortTitle(p), p.outputPath()))
                .toList();
    }

    /** The index of the section whose folder holds the page at OUTPUT_PATH, or "" outside the sections. */
    public String of(String outputPath) {
        for (Page index : indexes) {
            String folder = index.outputPath().substring(0, index.outputPath().lastIndexOf('/') + 1);
            if (outputPath.startsWith(folder)) {
                return index.outputPath();
            }
        }
        return "";
    }

    /**
     * What a page's template needs to mark its section in the navigation: {@code nav_section}, the
     * address of the item to mark ("" for none), and {@code nav_current}, its aria-current value:
     * "page" on the section's index, "true" on a page within the section.
     */
    public void mark(String outputPath, BiConsumer<String, Object> content) {
        String section = of(outputPath);
        content.accept("nav_section", section);
        content.accept("nav_current", section.equals(outputPath) ? "page" : "true");
    }
}
