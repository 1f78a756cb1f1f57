package org.hitpath.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.hitpath.model.CareerMapRouter.Cell;
import org.hitpath.model.CareerMapRouter.Kind;
import org.hitpath.model.CareerMapRouter.Move;
import org.hitpath.model.CareerMapRouter.Side;

/**
 * Where on its box's side each move of the career map leaves or arrives: every move a port of its own,
 * ports at least {@link CareerMapRouter#PORT_GAP} apart and clear of the corners, so that no two lines
 * start or end together and every arrowhead stands alone.
 */
final class CareerMapPorts {

    /** A port stays this far from the corners of its side. */
    static final int CORNER = 8;

    private static final int ROUNDS = 4;

    private CareerMapPorts() {}

    /**
     * Spreads the ports of every side of every placed box evenly along it, in the order that keeps the
     * lines leaving one side from crossing each other.
     */
    static void spread(Collection<Cell> cells) {
        for (Cell c : cells) {
            for (Map.Entry<Side, List<Move>> side : c.sides.entrySet()) {
                List<Move> ordered = ordered(c, side.getValue());
                boolean upright = upright(side.getKey());
                int start = upright ? c.y : c.x;
                int length = upright ? c.h : c.w;
                for (int i = 0; i < ordered.size(); i++) {
                    set(ordered.get(i), c, start + Math.round((i + 1) * length / (ordered.size() + 1f)));
                }
            }
        }
    }

    /**
     * Slides the ports on the upright sides of the wide picture's boxes, in their order and keeping their
     * gaps, as near as they go to the other end of a move across a channel: a move whose ends can be
     * level is drawn straight, and one that cannot bends by more than a few pixels.
     */
    static void straighten(Collection<Cell> cells) {
        for (int round = 0; round < ROUNDS; round++) {
            for (Cell c : cells) {
                for (Side side : List.of(Side.LEFT, Side.RIGHT)) {
                    List<Move> ordered = ordered(c, c.sides.getOrDefault(side, List.of()));
                    double[] wanted = new double[ordered.size()];
                    for (int i = 0; i < wanted.length; i++) {
                        Move m = ordered.get(i);
                        wanted[i] = m.kind == Kind.ACROSS ? at(m, m.other(c)) : at(m, c);
                    }
                    int[] placed = fit(wanted, c.y + CORNER, c.y + c.h - CORNER, CareerMapRouter.PORT_GAP);
                    for (int i = 0; i < placed.length; i++) {
                        set(ordered.get(i), c, placed[i]);
                    }
                }
            }
        }
    }

    /**
     * Positions as near WANTED as they go (least squares), in order, each at least GAP after the one
     * before, all within LOW and HIGH: pooled adjacent violators on the positions less their gaps, then
     * held within the bounds.
     */
    static int[] fit(double[] wanted, int low, int high, int gap) {
        int n = wanted.length;
        double[] value = new double[n];
        int[] size = new int[n];
        int blocks = 0;
        for (int i = 0; i < n; i++) {
            value[blocks] = wanted[i] - (double) i * gap;
            size[blocks] = 1;
            blocks++;
            while (blocks > 1 && value[blocks - 2] > value[blocks - 1]) {
                int merged = size[blocks - 2] + size[blocks - 1];
                value[blocks - 2] =
                        (value[blocks - 2] * size[blocks - 2] + value[blocks - 1] * size[blocks - 1]) / merged;
                size[blocks - 2] = merged;
                blocks--;
            }
        }
        int[] placed = new int[n];
        int i = 0;
        double top = Math.max(low, high - (double) (n - 1) * gap);
        for (int b = 0; b < blocks; b++) {
            long q = Math.round(Math.min(top, Math.max(low, value[b])));
            for (int k = 0; k < size[b]; k++, i++) {
                placed[i] = (int) q + i * gap;
            }
        }
        return placed;
    }

    private static List<Move> ordered(Cell c, List<Move> moves) {
        List<Move> ordered = new ArrayList<>(moves);
        ordered.sort(Comparator.comparingDouble(m -> order(c, m)));
        return ordered;
    }

    private static boolean upright(Side side) {
        return side == Side.LEFT || side == Side.RIGHT;
    }

    private static int at(Move m, Cell c) {
        return m.from == c ? m.fromAt : m.toAt;
    }

    private static void set(Move m, Cell c, int at) {
        if (m.from == c) {
            m.fromAt = at;
        } else {
            m.toAt = at;
        }
    }

    /**
     * Where a move's port goes along a side of C, smallest first. Through a gap: the downward move first,
     * so both boxes order the pair alike. Over the top: moves to the left first, the nearest of them
     * leftmost, then moves to the right, the farthest leftmost (so the outer lane stays outside). Round
     * the right: moves upward first, nearest on top, then moves downward, farthest on top. Across a
     * channel: by the height of the other box; up to a lane: by the height of the lane.
     */
    private static double order(Cell c, Move m) {
        Cell o = m.other(c);
        return switch (m.kind) {
            case NEIGHBOUR -> m.downward() ? 0 : 1;
            case OVER -> (o.col > c.col ? 1000 : 0) - (o.col - c.col);
            case AROUND -> (o.row > c.row ? 100_000 : 0) - o.middle();
            case LONG -> m.laneY;
            case ACROSS -> o.middle();
        };
    }
}
