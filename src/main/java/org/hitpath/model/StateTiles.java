package org.hitpath.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hitpath.schema.States;

/**
 * The tile map of the program index: the 50 states, DC and Puerto Rico as one square each on a grid of
 * 12 columns and 8 rows, each roughly where it lies. The layout is ours, written by hand from the map:
 * west to the left and north at the top, Alaska and Hawaii at the lower left, Puerto Rico at the lower
 * right, DC under Maryland.
 *
 * <p>The page writes the grid's cells row by row, left to right, a tile for a state and an empty cell for
 * the sea, and the stylesheet's 12 columns do the rest: each cell takes the next place in the grid. So the
 * keyboard and screen readers meet the tiles in the order the eye reads them, and the stylesheet, which
 * every page loads within its byte budget, needs no rule per row or column.
 */
public final class StateTiles {

    /** Columns of the grid; site.css repeats it in grid-template-columns. */
    public static final int COLUMNS = 12;

    // One line per row, one cell per column: a postal code, or "." for the sea.
    private static final String LAYOUT = """
            .  .  .  .  .  .  .  .  .  .  .  ME
            WA ID MT ND MN WI .  MI .  .  VT NH
            OR NV WY SD IA IL IN OH PA NY MA .
            CA UT CO NE MO KY WV VA MD NJ CT RI
            .  AZ NM KS AR TN NC SC DC DE .  .
            .  .  .  OK LA MS AL GA .  .  .  .
            .  .  .  TX .  .  .  FL .  .  .  .
            AK HI .  .  .  .  .  .  .  .  .  PR
            """;

    /** One tile, its row and column counted from 1. */
    public record Tile(String code, int row, int column) {}

    /** Every tile, row by row and left to right. */
    public static final List<Tile> TILES = tiles(LAYOUT);

    private StateTiles() {}

    /**
     * The cells the page writes, row by row: a state's postal code, or "" for the sea; the sea after the
     * last state is left out, as nothing follows it.
     */
    public static List<String> cells() {
        Tile last = TILES.get(TILES.size() - 1);
        String[] cells = new String[(last.row() - 1) * COLUMNS + last.column()];
        Arrays.fill(cells, "");
        for (Tile t : TILES) {
            cells[(t.row() - 1) * COLUMNS + t.column() - 1] = t.code();
        }
        return List.of(cells);
    }

    /** The tiles of a layout; fails on one that is not every state once, on rows of COLUMNS cells. */
    static List<Tile> tiles(String layout) {
        List<Tile> tiles = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<String> rows = layout.lines().toList();
        for (int r = 0; r < rows.size(); r++) {
            String[] cells = rows.get(r).trim().split("\\s+");
            if (cells.length != COLUMNS) {
                throw new IllegalStateException("row " + (r + 1) + " has " + cells.length + " cells, not " + COLUMNS);
            }
            for (int c = 0; c < COLUMNS; c++) {
                if (cells[c].equals(".")) {
                    continue;
                }
                if (States.name(cells[c]) == null || !seen.add(cells[c])) {
                    throw new IllegalStateException(cells[c] + " is not a state, or is on the map twice");
                }
                tiles.add(new Tile(cells[c], r + 1, c + 1));
            }
        }
        if (!seen.equals(States.NAMES.keySet())) {
            throw new IllegalStateException(
                    "the map has " + seen.size() + " of the " + States.NAMES.size() + " states, DC and Puerto Rico");
        }
        return List.copyOf(tiles);
    }
}
