package org.hitpath.gates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Search and print, as a reader meets them in a real browser on the baked site. */
class SearchAndPrintIT {

    static StaticServer server;
    static Chromium chromium;

    @BeforeAll
    static void serveTheSite() {
        server = StaticServer.serve(Path.of(System.getProperty("site.dir", "target/site")));
        chromium = Chromium.start();
    }

    @AfterAll
    static void stop() {
        chromium.close();
        server.close();
    }

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
                            "return getComputedStyle(document.querySelector('.hit-figure a'), '::after').content");
            assertEquals("none", header);
            assertEquals("none", footer);
            assertTrue(String.valueOf(after).contains("https://"), "outside links show their address: " + after);
        } finally {
            chromium.driver().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        }
    }
}
