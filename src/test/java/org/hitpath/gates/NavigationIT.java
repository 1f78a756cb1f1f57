package org.hitpath.gates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 21, item 3, as a reader sees it: the navigation marks the section of the page, on its index
 * and on the pages within it alike, by the line under the link (not by colour alone), at a phone's and
 * a desktop's width.
 */
class NavigationIT extends BakedSiteInBrowser {

    private static final String STYLE = "const a = document.querySelector(arguments[0]); const s = getComputedStyle(a);"
            + " return [s.textDecorationLine, s.textDecorationThickness, s.color];";

    @ParameterizedTest
    @CsvSource({
        "courses/index.html, page, 1280",
        "courses/anatomy.html, true, 1280",
        "schools/states/ny.html, true, 375",
        "credentials/compare-costs.html, true, 375"
    })
    void theSectionsLinkIsUnderlinedMoreThickly(String path, String current, int width) {
        chromium.viewport(width, 900, width < 700);
        chromium.driver().get(server.url(path));
        String marked = ".hit-nav a[aria-current=\"" + current + "\"]";
        String other = ".hit-nav a:not([aria-current])";
        List<?> mark = (List<?>) chromium.driver().executeScript(STYLE, marked);
        List<?> plain = (List<?>) chromium.driver().executeScript(STYLE, other);
        assertEquals("underline", mark.get(0), path);
        assertNotEquals(plain.get(1), mark.get(1), path + ": the marked link's underline is thicker");
        assertEquals(plain.get(2), mark.get(2), path + ": the same colour, so the mark is not colour alone");
    }
}
