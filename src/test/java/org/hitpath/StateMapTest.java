package org.hitpath;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.hitpath.schema.States;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The states on the program index (issue 21, item 2): listed by name, as readers scan. */
class StateMapTest {

    private static final String BASE = "https://site.test/";

    static Document index;

    @BeforeAll
    static void bakeTheRealSite() {
        TestSite.Bake bake = TestSite.realSiteBakedOnce();
        assertTrue(bake.ok(), bake::describe);
        index = bake.page("schools/index.html");
    }

    /** The list of every state, by name. */
    private static List<Element> listedStates() {
        return index.select("#by-state ~ ul.hit-tiles > li a");
    }

    @Test
    void statesAreListedByName() {
        List<String> names = listedStates().stream().map(Element::text).toList();
        assertEquals(52, names.size(), "50 states, DC and Puerto Rico");
        assertEquals(names.stream().sorted().toList(), names);
        // Where the codes would put them elsewhere: AK before AL, DC before DE, IA before IL and IN, PR after PA.
        assertEquals(List.of("Alabama", "Alaska", "Arizona", "Arkansas"), names.subList(0, 4));
        assertEquals(List.of("Delaware", "District of Columbia", "Florida"), around(names, "District of Columbia"));
        assertEquals(List.of("Indiana", "Iowa", "Kansas"), around(names, "Iowa"));
        assertEquals(List.of("Pennsylvania", "Puerto Rico", "Rhode Island"), around(names, "Puerto Rico"));
    }

    @Test
    void everyListedStateLinksItsOwnPage() {
        for (Element a : listedStates()) {
            String code = States.codeOf(a.text()).orElseThrow();
            assertEquals(BASE + "schools/states/" + code.toLowerCase() + ".html", a.absUrl("href"), a.text());
        }
    }

    private static List<String> around(List<String> names, String name) {
        int i = names.indexOf(name);
        return names.subList(i - 1, i + 2);
    }
}
