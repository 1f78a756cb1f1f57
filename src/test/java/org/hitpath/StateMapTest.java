package org.hitpath;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hitpath.model.StateTiles;
import org.hitpath.schema.English;
import org.hitpath.schema.States;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The states on the program index (issue 21, item 2): a tile map, each state a link roughly where it
 * lies, written row by row; then the same states by name, the text version.
 */
class StateMapTest {

    private static final String BASE = "https://site.test/";
    private static final int COLUMNS = 12;

    static TestSite.Bake bake;
    static Document index;

    @BeforeAll
    static void bakeTheRealSite() {
        bake = TestSite.realSiteBakedOnce();
        assertTrue(bake.ok(), bake::describe);
        index = bake.page("schools/index.html");
    }

    /** The list of every state, by name. */
    private static List<Element> listedStates() {
        return index.select("#by-state ~ ul.hit-states > li a");
    }

    private static Element map() {
        Element map = index.selectFirst("main nav.hit-tiles");
        assertNotNull(map, "the index has a tile map");
        return map;
    }

    /** Each tile by postal code, with its row and column, counted from 1, as the grid's cells fall in order. */
    private static Map<String, int[]> placed() {
        Map<String, int[]> placed = new LinkedHashMap<>();
        List<Element> cells = map().children();
        for (int i = 0; i < cells.size(); i++) {
            Element cell = cells.get(i);
            if (cell.tagName().equals("a")) {
                placed.put(visibleText(cell).split(" ")[0], new int[] {i / COLUMNS + 1, i % COLUMNS + 1});
            }
        }
        return placed;
    }

    /** What a tile shows: its text without the visually hidden rest of its name. */
    private static String visibleText(Element tile) {
        Element copy = tile.clone();
        copy.select("span").remove();
        return copy.text();
    }

    /** The number of programs we list in each state, read from the programs' own pages. */
    private static Map<String, Integer> programsByState() {
        Map<String, Integer> counts = new TreeMap<>();
        for (String path : bake.pages()) {
            if (path.matches("schools/[a-z0-9-]+\\.html")
                    && bake.page(path).body().hasClass("hit-page--school")) {
                String state = bake.page(path)
                        .selectFirst("a[href*=states/]")
                        .attr("href")
                        .replaceAll(".*/|\\.html$", "")
                        .toUpperCase(Locale.ROOT);
                counts.merge(state, 1, Integer::sum);
            }
        }
        return counts;
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
            assertEquals(
                    BASE + "schools/states/" + code.toLowerCase(Locale.ROOT) + ".html", a.absUrl("href"), a.text());
        }
    }

    @Test
    void tileMapLinksEveryStateOnceInRowMajorOrder() {
        List<Element> tiles = map().select("> a");
        List<String> codes =
                tiles.stream().map(t -> visibleText(t).split(" ")[0]).toList();
        assertEquals(
                States.NAMES.keySet().stream().sorted().toList(),
                codes.stream().sorted().toList(),
                "each once");
        for (Element tile : tiles) {
            String code = visibleText(tile).split(" ")[0];
            assertEquals(
                    BASE + "schools/states/" + code.toLowerCase(Locale.ROOT) + ".html",
                    tile.absUrl("href"),
                    "the same page the list links");
        }
        // Row by row, left to right: the order the keyboard meets them in is the order the eye reads them.
        assertEquals(
                StateTiles.TILES.stream().map(StateTiles.Tile::code).toList(), codes, "written in the layout's order");
        Map<String, int[]> placed = placed();
        for (StateTiles.Tile t : StateTiles.TILES) {
            assertEquals(t.row() + "," + t.column(), placed.get(t.code())[0] + "," + placed.get(t.code())[1], t.code());
        }
        // The other cells are the sea: empty, so nothing is announced or focused there.
        for (Element cell : map().children()) {
            if (!cell.tagName().equals("a")) {
                assertEquals("i", cell.tagName());
                assertTrue(cell.childNodes().isEmpty() && cell.attributes().isEmpty(), cell.outerHtml());
            }
        }
    }

    @Test
    void tilesSitRoughlyWhereTheirStatesLie() {
        Map<String, int[]> at = placed();
        int lastRow = at.values().stream().mapToInt(p -> p[0]).max().orElseThrow();
        assertTrue(lastRow <= 8, "about 8 rows: " + lastRow);
        // Alaska and Hawaii at the lower left, Puerto Rico at the lower right, Maine top right.
        assertEquals("8,1 8,2 8,12", pos(at, "AK") + " " + pos(at, "HI") + " " + pos(at, "PR"));
        assertEquals(1, at.get("ME")[0]);
        assertEquals(COLUMNS, at.get("ME")[1]);
        // DC shares an edge with Maryland.
        int[] dc = at.get("DC");
        int[] md = at.get("MD");
        assertEquals(1, Math.abs(dc[0] - md[0]) + Math.abs(dc[1] - md[1]), "DC beside Maryland");
        // West to east and north to south, for a few neighbours.
        for (String[] westEast :
                new String[][] {{"WA", "ID"}, {"CA", "NV"}, {"NY", "MA"}, {"TX", "LA"}, {"AL", "GA"}}) {
            assertTrue(at.get(westEast[0])[1] < at.get(westEast[1])[1], westEast[0] + " west of " + westEast[1]);
        }
        for (String[] northSouth :
                new String[][] {{"WA", "OR"}, {"ND", "SD"}, {"OK", "TX"}, {"GA", "FL"}, {"NY", "NJ"}}) {
            assertTrue(
                    at.get(northSouth[0])[0] < at.get(northSouth[1])[0], northSouth[0] + " north of " + northSouth[1]);
        }
    }

    @Test
    void tilesOfStatesWithAProgramShowTheirCount() {
        Map<String, Integer> counts = programsByState();
        assertTrue(counts.size() >= 10, "the real site lists programs in many states: " + counts);
        for (Element tile : map().select("> a")) {
            String code = visibleText(tile).split(" ")[0];
            int count = counts.getOrDefault(code, 0);
            Element strong = tile.selectFirst("strong");
            if (count > 0) {
                assertNotNull(strong, code + " is bold");
                assertEquals(code + " " + count, strong.text(), "the count under the code");
                assertEquals(code + " " + count, visibleText(tile));
            } else {
                assertEquals(null, strong, code + " has no program on our list");
                assertEquals(code, visibleText(tile));
            }
        }
        assertEquals("TX 2", visibleText(map().selectFirst("> a[href=\"states/tx.html\"]")));
    }

    @Test
    void eachTilesAccessibleNameStartsWithWhatItShows() {
        Map<String, Integer> counts = programsByState();
        for (Element tile : map().select("> a")) {
            String shown = visibleText(tile);
            String code = shown.split(" ")[0];
            int count = counts.getOrDefault(code, 0);
            // Label in name (WCAG 2.5.3): the shown text first, then the rest of the name, visually hidden.
            String rest = (count > 0 ? English.noun(count, "program") + " in " : "") + States.name(code);
            assertEquals(shown + " " + rest, tile.text(), code);
            assertEquals(" " + rest, tile.selectFirst("span").wholeText(), code);
        }
        assertEquals(
                "MI 2 programs in Michigan",
                map().selectFirst("> a[href=\"states/mi.html\"]").text());
        assertEquals(
                "WA Washington",
                map().selectFirst("> a[href=\"states/wa.html\"]").text());
    }

    @Test
    void theMapIsALabelledSetOfLinksFollowedByTheListByName() {
        Element map = map();
        assertEquals("Map of the states", map.attr("aria-label"));
        assertEquals("ul", map.nextElementSibling().tagName());
        assertTrue(map.nextElementSibling().hasClass("hit-states"), "the text version comes right after the map");
        assertEquals(
                index.selectFirst("#by-state"), map.previousElementSibling().previousElementSibling());
    }

    @Test
    void theStylesheetHidesTheRestOfEachTilesNameAndTheMapInPrintButNotTheList() throws IOException {
        String css = Files.readString(bake.site().resolve("css/programs.css"));
        Matcher hidden =
                Pattern.compile("([^{}]*\\.hit-tiles span[^{}]*)\\{([^}]*)}").matcher(css);
        assertTrue(hidden.find(), "a rule hides the rest of each tile's name");
        assertTrue(
                hidden.group(2).contains("position:absolute") && hidden.group(2).contains("clip:rect(0 0 0 0)"));
        String print = css.substring(css.indexOf("@media print"));
        Matcher none = Pattern.compile("([^{}]*)\\{display:none}").matcher(print);
        List<String> hiddenInPrint = new ArrayList<>();
        while (none.find()) {
            hiddenInPrint.addAll(
                    List.of(none.group(1).replace("@media print{", "").split(",")));
        }
        assertTrue(hiddenInPrint.contains(".hit-tiles"), hiddenInPrint.toString());
        assertTrue(hiddenInPrint.stream().noneMatch(s -> s.contains("hit-states")), hiddenInPrint.toString());
    }

    @Test
    void theSheetsGridHasTheLayoutsColumnsAndThePageNoInlineStyle() throws IOException {
        assertEquals(COLUMNS, StateTiles.COLUMNS);
        List<String> cells = StateTiles.cells();
        assertEquals(8 * COLUMNS, cells.size(), "8 rows, the last ending with Puerto Rico");
        assertEquals("PR", cells.get(cells.size() - 1));
        String css = Files.readString(bake.site().resolve("css/programs.css"));
        assertTrue(
                css.contains(".hit-tiles{display:grid;grid-template-columns:repeat(" + COLUMNS + ","),
                "the grid has as many columns as the layout");
        assertEquals(List.of(), index.select("[style]").eachAttr("style"), "positions come from the sheet");
    }

    private static String pos(Map<String, int[]> at, String code) {
        return at.get(code)[0] + "," + at.get(code)[1];
    }

    private static List<String> around(List<String> names, String name) {
        int i = names.indexOf(name);
        return names.subList(i - 1, i + 2);
    }
}
