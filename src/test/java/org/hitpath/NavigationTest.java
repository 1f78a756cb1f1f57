package org.hitpath;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jsoup.nodes.Document;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

/** Issue 21, item 3: the primary navigation says where the reader is, on every page of a section. */
class NavigationTest {

    private static final String BASE = "https://site.test/";

    @Test
    void everyPageMarksTheSectionItsAddressLiesUnderAndPagesOutsideTheSectionsMarkNone() {
        TestSite.Bake bake = TestSite.realSiteBakedOnce();
        List<String> sections = bake.page("index.html").select(".hit-nav a").eachAttr("abs:href").stream()
                .map(href -> href.substring(BASE.length()))
                .toList();
        assertEquals(
                List.of("steps/index.html", "courses/index.html", "credentials/index.html", "schools/index.html"),
                sections);
        List<String> wrong = new ArrayList<>();
        Map<String, Integer> within = new TreeMap<>();
        for (String path : bake.pages()) {
            Document page = bake.page(path);
            Elements marked = page.select(".hit-nav a[aria-current]");
            String section = sections.stream()
                    .filter(s -> path.startsWith(s.substring(0, s.lastIndexOf('/') + 1)))
                    .findFirst()
                    .orElse(null);
            String expected = section == null ? "none" : section + (path.equals(section) ? " (page)" : " (true)");
            String found = marked.isEmpty()
                    ? "none"
                    : String.join(
                            ", ",
                            marked.stream()
                                    .map(a -> a.absUrl("href").substring(BASE.length()) + " (" + a.attr("aria-current")
                                            + ")")
                                    .toList());
            if (!expected.equals(found)) {
                wrong.add(path + ": expected " + expected + ", marked " + found);
            }
            if (section != null && !path.equals(section)) {
                within.merge(section, 1, Integer::sum);
            }
        }
        assertEquals(List.of(), wrong);
        assertEquals(sections.size(), within.size(), "each section has pages within it: " + within);
        assertTrue(within.get("schools/index.html") > 50, "state, filter and program pages: " + within);
        assertTrue(
                bake.pages().stream().anyMatch(p -> !p.contains("/"))
                        && bake.pages().contains("career/career-map.html"),
                "the site has pages outside the sections");
    }
}
