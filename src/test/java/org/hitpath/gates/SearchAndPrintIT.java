package org.hitpath.gates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Search and print, as a reader meets them in a real browser on the baked site. */
class SearchAndPrintIT extends BakedSiteInBrowser {

    private List<String> search(String query) {
        chromium.driver().get(server.url("search.html?q=" + query));
        new WebDriverWait(chromium.driver(), Duration.ofSeconds(15))
                .until(d ->
                        !d.findElements(By.cssSelector("#search-results h2")).isEmpty());
        return chromium.driver().findElements(By.cssSelector("#search-results .hit-card__link")).stream()
                .map(a -> a.getAttribute("href").substring(server.url("").length()))
                .toList();
    }

    @Test
    void everyMatchIsShownWithItsKindAndTheNoScriptListIsHidden() {
        List<String> hits = search("coding");
        String heading = chromium.driver()
                .findElement(By.cssSelector("#search-results h2"))
                .getText();
        int announced = Integer.parseInt(heading.replaceAll("^(\\d+) pages? match.*$", "$1"));
        assertTrue(announced > 20, "more matches than the old cap of 20: " + heading);
        assertEquals(announced, hits.size(), "as many results shown as announced");
        List<String> kinds = chromium.driver().findElements(By.cssSelector("#search-results .hit-card__kind")).stream()
                .map(WebElement::getText)
                .toList();
        assertEquals(hits.size(), kinds.size(), "every result says what it is");
        assertTrue(kinds.containsAll(List.of("Course", "Credential", "Program")), kinds.toString());
        assertTrue(
                !chromium.driver()
                        .findElement(By.cssSelector(".hit-search-browse"))
                        .isDisplayed(),
                "the no-script list of indexes is hidden when script runs");
    }

    @Test
    void searchingAStateOrACityFindsItsPrograms() {
        assertTrue(search("Texas").contains("schools/panola-college.html"));
        assertTrue(search("Utica").contains("schools/mohawk-valley-community-college.html"));
    }

    @Test
    void theProgramFinderNarrowsTheListInPlaceAndSaysHowManyMatchAndWhy() {
        chromium.driver().get(server.url("schools/all.html"));
        List<WebElement> selects = chromium.driver().findElements(By.cssSelector(".hit-finder select"));
        assertEquals(3, selects.size(), "state, delivery and credential");
        new org.openqa.selenium.support.ui.Select(selects.get(0)).selectByVisibleText("Texas");
        String result = chromium.driver()
                .findElement(By.cssSelector(".hit-finder .hit-count"))
                .getText();
        List<String> shown = chromium.driver().findElements(By.cssSelector("#program-list li")).stream()
                .filter(WebElement::isDisplayed)
                .map(li -> li.findElement(By.tagName("a")).getText())
                .toList();
        assertEquals(List.of("Panola College", "St. Philip's College"), shown);
        assertEquals("2 programs match: in Texas.", result);
        new org.openqa.selenium.support.ui.Select(selects.get(1)).selectByVisibleText("Online");
        assertEquals(
                "1 program matches: in Texas, taught online.",
                chromium.driver()
                        .findElement(By.cssSelector(".hit-finder .hit-count"))
                        .getText());
    }

    @Test
    void theProgramFinderOffersStatesByName() {
        chromium.driver().get(server.url("schools/all.html"));
        List<String> states = chromium
                .driver()
                .findElements(By.cssSelector(".hit-finder select"))
                .get(0)
                .findElements(By.tagName("option"))
                .stream()
                .map(WebElement::getText)
                .toList();
        List<String> byName = new java.util.ArrayList<>(states.subList(1, states.size()));
        byName.sort(null);
        assertEquals("Any", states.get(0));
        assertEquals(byName, states.subList(1, states.size()));
        // By code, Iowa (IA) came before Illinois (IL), and Maryland (MD) before Maine (ME).
        assertTrue(states.indexOf("Illinois") < states.indexOf("Iowa"), states.toString());
        assertTrue(states.indexOf("Maine") < states.indexOf("Maryland"), states.toString());
    }

    @Test
    void searchingCtrFindsTheOdsCredential() {
        List<String> hits = search("CTR");
        assertTrue(hits.indexOf("credentials/ods.html") == 0, "ODS (formerly CTR) ranks first: " + hits);
    }

    @Test
    void searchingRhitFindsTheRhitCredentialFirst() {
        assertEquals("credentials/rhit.html", search("RHIT").get(0));
    }

    @Test
    void searchingOnlineFindsOnlinePrograms() {
        List<String> hits = search("online");
        assertTrue(
                hits.contains("schools/mohawk-valley-community-college.html")
                        && hits.contains("schools/edgecombe-community-college.html"),
                hits.toString());
    }

    @Test
    void searchingAnatomyFindsTheAnatomyCourse() {
        assertTrue(search("anatomy").subList(0, 3).contains("courses/anatomy.html"));
    }

    @Test
    void searchingCoderFindsTheCodingCredentials() {
        List<String> hits = search("coder");
        for (String credential : List.of("credentials/cca.html", "credentials/ccs.html", "credentials/cpc.html")) {
            assertTrue(hits.contains(credential), credential + " in " + hits);
        }
    }

    @Test
    void theHeaderSearchBoxLeadsToResultsFromAnyPage() {
        chromium.driver().get(server.url("courses/anatomy.html"));
        WebElement box = chromium.driver().findElement(By.id("site-search"));
        box.sendKeys("cancer registry", Keys.ENTER);
        new WebDriverWait(chromium.driver(), Duration.ofSeconds(15))
                .until(d -> !d.findElements(By.cssSelector("#search-results .hit-card__link"))
                        .isEmpty());
        assertTrue(
                chromium.driver().getCurrentUrl().contains("search.html?q=cancer"),
                chromium.driver().getCurrentUrl());
    }

    @Test
    void aCredentialPagePrintsWithoutNavigationAndWithLinkAddresses() {
        chromium.driver().get(server.url("credentials/rhit.html"));
        chromium.driver().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        try {
            Object header = chromium.driver()
                    .executeScript("return getComputedStyle(document.querySelector('.hit-header')).display");
            Object footer = chromium.driver()
                    .executeScript("return getComputedStyle(document.querySelector('.hit-footer')).display");
            Object after = chromium.driver()
                    .executeScript(
                            "return getComputedStyle(document.querySelector('.hit-sources a[href^=\"https://\"]'), '::after').content");
            assertEquals("none", header);
            assertEquals("none", footer);
            assertTrue(String.valueOf(after).contains("https://"), "outside links show their address: " + after);
        } finally {
            chromium.driver().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        }
    }

    /**
     * Issue 21, item 4: the career map prints as a picture a reader can follow, on an A4 page (about
     * 718px between the margins) and from a wide window: shown whole, within the page's width, no
     * smaller than 70% of its drawn size (so its 12px-apart arrowheads stay apart), and on one page.
     */
    @Test
    void theCareerMapPrintsItsPictureWholeAndLegible() {
        String measure = "const i = document.querySelector('.hit-map-picture img');"
                + " const m = document.querySelector('main').getBoundingClientRect();"
                + " return [getComputedStyle(i).display, i.getBoundingClientRect().width, i.naturalWidth,"
                + " i.getBoundingClientRect().height, m.width, i.currentSrc];";
        try {
            for (int width : new int[] {718, 1280}) {
                chromium.viewport(width, 1000, false);
                chromium.driver().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
                chromium.driver().get(server.url("career/career-map.html"));
                List<?> m = (List<?>) chromium.driver().executeScript(measure);
                double shown = ((Number) m.get(1)).doubleValue();
                double drawn = ((Number) m.get(2)).doubleValue();
                String what = width + "px, " + m;
                assertTrue(!"none".equals(m.get(0)) && drawn > 0, what);
                assertTrue(shown >= 0.7 * drawn && shown <= ((Number) m.get(4)).doubleValue(), what);
                assertTrue(((Number) m.get(3)).doubleValue() <= 1000, "fits one page: " + what);
            }
        } finally {
            chromium.driver().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
            chromium.driver().executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }
}
