package org.hitpath.gates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hitpath.model.StateTiles;
import org.junit.jupiter.api.Test;

/** The program index's tile map as the browser draws it: where each tile lands, how big it is, and print. */
class StateMapIT extends BakedSiteInBrowser {

    // Each tile's code, then its left, top, width and height in CSS pixels, from the map's top left corner.
    private static final String TILES = """
            const map = document.querySelector('.hit-tiles').getBoundingClientRect();
            return [...document.querySelectorAll('.hit-tiles > a')].map(a => {
              const r = a.getBoundingClientRect();
              return [a.firstChild.textContent.split(' ')[0], r.left - map.left, r.top - map.top, r.width, r.height];
            });""";

    @SuppressWarnings("unchecked")
    private static List<List<Object>> tilesAt(int width) {
        chromium.viewport(width, 900, width < 500);
        chromium.driver().get(server.url("schools/index.html"));
        return (List<List<Object>>) chromium.driver().executeScript(TILES);
    }

    private static double num(Object o) {
        return ((Number) o).doubleValue();
    }

    @Test
    void everyTileLandsInTheRowAndColumnOfTheLayout() {
        for (int width : new int[] {320, 375, 1280}) {
            List<List<Object>> tiles = tilesAt(width);
            double size = num(tiles.get(0).get(3));
            List<String> expected = new ArrayList<>();
            List<String> drawn = new ArrayList<>();
            for (StateTiles.Tile t : StateTiles.TILES) {
                expected.add(t.code() + " " + t.row() + "," + t.column());
            }
            // Rows are as tall as their tallest tile, so a row is found by the tops, in order.
            List<Double> tops =
                    tiles.stream().map(t -> num(t.get(2))).distinct().sorted().toList();
            for (List<Object> t : tiles) {
                drawn.add(t.get(0) + " " + (tops.indexOf(num(t.get(2))) + 1) + ","
                        + (Math.round(num(t.get(1)) / size) + 1));
            }
            assertEquals(expected, drawn, "at " + width + "px");
        }
    }

    @Test
    void tilesAreAtLeast24PixelsEachWayFrom320PixelsUp() {
        for (int width : new int[] {320, 375}) {
            for (List<Object> t : tilesAt(width)) {
                assertTrue(num(t.get(3)) >= 24 && num(t.get(4)) >= 24, t + " at " + width + "px");
            }
            Map<?, ?> page = (Map<?, ?>) chromium.driver()
                    .executeScript("return {scroll: document.documentElement.scrollWidth, client: innerWidth};");
            assertEquals(width, num(page.get("scroll")), "no sideways scrolling at " + width + "px");
        }
    }

    @Test
    void theMapIsLeftOutOfPrintAndTheListByNameIsPrinted() {
        chromium.viewport(1280, 900, false);
        chromium.driver().get(server.url("schools/index.html"));
        chromium.devTools("Emulation.setEmulatedMedia", Map.of("media", "print"));
        try {
            assertEquals(
                    "none",
                    chromium.driver()
                            .executeScript("return getComputedStyle(document.querySelector('.hit-tiles')).display"));
            assertEquals(
                    52L,
                    chromium.driver()
                            .executeScript(
                                    "return [...document.querySelectorAll('.hit-states a')].filter(a => a.getClientRects().length).length"));
        } finally {
            chromium.devTools("Emulation.setEmulatedMedia", Map.of("media", ""));
        }
    }
}
