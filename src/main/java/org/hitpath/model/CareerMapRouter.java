package org.hitpath.model;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hitpath.site.Career;

/**
 * The career map's moves as lines of their own. Each move leaves its role's box at a port of its own on
 * one side and enters the next role's box at a port of its own, so no two lines start, end or run
 * together; between the boxes it runs along a track of its own (see {@link CareerMapTracks}). Every line
 * is made of horizontal and vertical stretches.
 */
final class CareerMapRouter {

    /** Ports on one side of a box stand this far apart, and this far from its corners. */
    static final int PORT_GAP = 12;

    enum Side {
        LEFT,
        RIGHT,
        TOP,
        BOTTOM
    }

    /** How a move gets from one box to the other. */
    enum Kind {
        /** Through the gap between two boxes one above the other. */
        NEIGHBOUR,
        /** Wide picture: through the channel between two neighbouring columns. */
        ACROSS,
        /** Wide picture, both boxes at the top of their columns: up, along a lane above the boxes, down. */
        OVER,
        /** Wide picture, columns apart otherwise: out to a channel, up to a lane, along it, down a channel, in. */
        LONG,
        /** Out of the box's right side, along a track to the right of the boxes, and back in. */
        AROUND
    }

    /** A role while its picture is laid out: where it stands in the flow, then its size and place. */
    static final class Cell {
        final String id;
        final String stage;
        final int col;
        final int row;
        final int w;
        final List<String> lines;
        int x;
        int y;
        int h;
        final Map<Side, List<Move>> sides = new EnumMap<>(Side.class);

        Cell(Career.Node node, int col, int row, int w, List<String> lines) {
            this.id = node.id();
            this.stage = node.stage();
            this.col = col;
            this.row = row;
            this.w = w;
            this.lines = lines;
        }

        /** Tall enough for its text and for its ports on either upright side. */
        void size(int lineHeight) {
            int ports = Math.max(ports(Side.LEFT), ports(Side.RIGHT));
            h = Math.max(16 + lines.size() * lineHeight, (ports + 1) * PORT_GAP);
        }

        int ports(Side side) {
            return sides.getOrDefault(side, List.of()).size();
        }

        int edge(Side side) {
            return switch (side) {
                case LEFT -> x;
                case RIGHT -> x + w;
                case TOP -> y;
                case BOTTOM -> y + h;
            };
        }

        int middle() {
            return y + h / 2;
        }

        CareerMapLayout.Box box() {
            return new CareerMapLayout.Box(id, x, y, w, h, lines);
        }
    }

    /** One move: its boxes and sides, then its ports (y on an upright side, x otherwise), lane and tracks. */
    static final class Move {
        final Cell from;
        final Cell to;
        final Kind kind;
        final Side fromSide;
        final Side toSide;
        int fromAt;
        int toAt;
        int lane = -1;
        int laneY;
        final int[] tracks = new int[2];

        Move(Cell from, Cell to, Kind kind, Side fromSide, Side toSide) {
            this.from = from;
            this.to = to;
            this.kind = kind;
            this.fromSide = fromSide;
            this.toSide = toSide;
            from.sides.computeIfAbsent(fromSide, s -> new ArrayList<>()).add(this);
            to.sides.computeIfAbsent(toSide, s -> new ArrayList<>()).add(this);
        }

        Cell other(Cell c) {
            return c == from ? to : from;
        }

        boolean downward() {
            return to.row > from.row;
        }
    }

    private CareerMapRouter() {}

    /** The moves of the wide picture, each with the sides of its boxes it uses; then every box is sized. */
    static List<Move> wideMoves(Career.CareerMap map, Map<String, Cell> cells, int lineHeight) {
        List<Move> moves = new ArrayList<>();
        for (Career.Edge e : map.edges()) {
            Cell a = cells.get(e.from());
            Cell b = cells.get(e.to());
            if (a == null || b == null) {
                continue;
            }
            int dc = b.col - a.col;
            if (dc == 0) {
                moves.add(Math.abs(b.row - a.row) == 1 ? neighbours(a, b) : around(a, b));
            } else if (Math.abs(dc) == 1 || a.row > 0 || b.row > 0) {
                Kind kind = Math.abs(dc) == 1 ? Kind.ACROSS : Kind.LONG;
                moves.add(new Move(a, b, kind, dc > 0 ? Side.RIGHT : Side.LEFT, dc > 0 ? Side.LEFT : Side.RIGHT));
            } else {
                moves.add(new Move(a, b, Kind.OVER, Side.TOP, Side.TOP));
            }
        }
        cells.values().forEach(c -> c.size(lineHeight));
        return moves;
    }

    /** The moves of the narrow picture: neighbours in a stage through the gap, the others round the right. */
    static List<Move> narrowMoves(Career.CareerMap map, Map<String, Cell> cells, int lineHeight) {
        List<Move> moves = new ArrayList<>();
        for (Career.Edge e : map.edges()) {
            Cell a = cells.get(e.from());
            Cell b = cells.get(e.to());
            if (a == null || b == null) {
                continue;
            }
            boolean neighbours = a.stage.equals(b.stage) && Math.abs(b.row - a.row) == 1;
            moves.add(neighbours ? neighbours(a, b) : around(a, b));
        }
        cells.values().forEach(c -> c.size(lineHeight));
        return moves;
    }

    private static Move neighbours(Cell a, Cell b) {
        boolean down = b.row > a.row;
        return new Move(a, b, Kind.NEIGHBOUR, down ? Side.BOTTOM : Side.TOP, down ? Side.TOP : Side.BOTTOM);
    }

    private static Move around(Cell a, Cell b) {
        return new Move(a, b, Kind.AROUND, Side.RIGHT, Side.RIGHT);
    }

    /** Where a move starts, as x and y. */
    static int[] start(Move m) {
        return point(m.from, m.fromSide, m.fromAt);
    }

    /** Where a move's arrowhead touches its box, as x and y. */
    static int[] end(Move m) {
        return point(m.to, m.toSide, m.toAt);
    }

    private static int[] point(Cell c, Side side, int at) {
        return side == Side.LEFT || side == Side.RIGHT ? new int[] {c.edge(side), at} : new int[] {at, c.edge(side)};
    }

    /** The move as SVG path data, from its start to its arrowhead, once its tracks and lane are known. */
    static String path(Move m) {
        int[] s = start(m);
        int[] e = end(m);
        return switch (m.kind) {
            case NEIGHBOUR -> numbers("M%d,%dV%d", s[0], s[1], e[1]);
            case OVER -> numbers("M%d,%dV%dH%dV%d", s[0], s[1], m.laneY, e[0], e[1]);
            case LONG -> numbers("M%d,%dH%dV%dH%dV%dH%d", s[0], s[1], m.tracks[0], m.laneY, m.tracks[1], e[1], e[0]);
            case ACROSS, AROUND ->
                s[1] == e[1] && m.kind == Kind.ACROSS
                        ? numbers("M%d,%dH%d", s[0], s[1], e[0])
                        : numbers("M%d,%dH%dV%dH%d", s[0], s[1], m.tracks[0], e[1], e[0]);
        };
    }

    private static String numbers(String format, Object... numbers) {
        return String.format(Locale.ROOT, format, numbers);
    }
}
