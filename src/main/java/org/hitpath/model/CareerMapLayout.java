package org.hitpath.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hitpath.model.CareerMapRouter.Cell;
import org.hitpath.model.CareerMapRouter.Move;
import org.hitpath.site.Career;

/**
 * Where each role and move of the career map goes in its picture: the stages as rows on a phone (top to
 * bottom) or as columns on a wide screen (left to right), each role a box, each move an arrow. A role
 * reached from another role of its own stage (RHIT from the associate program) sits one step further
 * along, so moves run forward. No two arrows share a stretch, start or end at one point, or come near a
 * box other than their own or a heading ({@link CareerMapRouter} gives every move its own ports,
 * {@link CareerMapTracks} its own track); {@code CareerMapLayoutTest} measures it. Arrows are drawn
 * under the boxes. The nested list on the page says the same in words.
 *
 * @param width  the drawing's width
 * @param height the drawing's height
 * @param labels each stage's heading and where it goes (x, and y of its baseline)
 * @param boxes  each role's box and its label, in lines
 * @param arrows each move, from one box's edge to another's
 */
public record CareerMapLayout(int width, int height, List<Label> labels, List<Box> boxes, List<Arrow> arrows) {

    public record Label(String text, int x, int y) {}

    public record Box(String id, int x, int y, int w, int h, List<String> lines) {}

    /** A move's path, as SVG path data of horizontal and vertical stretches; its arrowhead is at the end. */
    public record Arrow(String d) {}

    static final int BOX_W = 150;
    static final int NARROW_BOX_W = 190;
    static final int LINE_H = 15;
    static final int LABEL_H = 24;
    /** Between the rows of the phone picture, and between the boxes of a column: room for an arrow. */
    static final int ROW_GAP = 22;

    static final int STACK_GAP = 24;
    /** The first track right of the phone picture's boxes stands this far out: room for an arrowhead. */
    static final int NARROW_MARGIN = 12;

    /** The phone picture's tracks stand this far apart. */
    static final int NARROW_TRACK = 10;
    /** The wide picture's outermost lane, below the headings; the innermost this far above the boxes. */
    static final int LANE_TOP = 30;

    static final int LANE_CLEAR = 14;
    /** Tenths of a pixel a letter of a box's text may take (12px in a wide sans-serif: 0.6em). */
    static final int LETTER_TENTHS = 72;
    /** Pixels a letter of a stage heading may take (13px bold). */
    static final int HEADING_LETTER = 9;

    /**
     * Stages top to bottom, one role to a row; neighbours in a stage joined through the gap between
     * them, every other move round the right of the boxes on a track of its own. Fits a 320px phone.
     */
    public static CareerMapLayout narrow(Career.CareerMap map) {
        Map<String, Cell> cells = new LinkedHashMap<>();
        for (List<Career.Node> step : steps(map)) {
            for (Career.Node node : step) {
                cells.put(node.id(), cell(node, 0, cells.size(), NARROW_BOX_W));
            }
        }
        List<Move> moves = CareerMapRouter.narrowMoves(map, cells, LINE_H);
        List<Label> labels = new ArrayList<>();
        int y = 0;
        String stage = null;
        for (Cell c : cells.values()) {
            if (!c.stage.equals(stage)) {
                stage = c.stage;
                labels.add(new Label(Labels.STAGE_LABELS.get(stage), 2, y + 16));
                y += LABEL_H;
            }
            c.x = 4;
            c.y = y;
            y += c.h + ROW_GAP;
        }
        CareerMapPorts.spread(cells.values());
        int outer = CareerMapTracks.aroundTheRight(moves, 4 + NARROW_BOX_W + NARROW_MARGIN, NARROW_TRACK);
        return new CareerMapLayout(outer + 6, y - ROW_GAP + 4, labels, boxes(cells), arrows(moves));
    }

    /**
     * Stages as columns, roles stacked in each: the map read left to right on a wide screen. Moves
     * between neighbouring columns run through the channel between them, each on a track of its own;
     * moves that skip columns run along lanes above the boxes, a lane that spans another above it.
     */
    public static CareerMapLayout wide(Career.CareerMap map) {
        List<List<Career.Node>> steps = steps(map);
        Map<String, Cell> cells = new LinkedHashMap<>();
        for (int col = 0; col < steps.size(); col++) {
            for (int row = 0; row < steps.get(col).size(); row++) {
                Career.Node node = steps.get(col).get(row);
                cells.put(node.id(), cell(node, col, row, BOX_W));
            }
        }
        List<Move> moves = CareerMapRouter.wideMoves(map, cells, LINE_H);
        int lanes = CareerMapTracks.lanes(moves);
        for (Move m : moves) {
            m.laneY = LANE_TOP + (lanes - 1 - m.lane) * CareerMapTracks.GAP;
        }
        int top = lanes == 0 ? LABEL_H + 4 : LANE_TOP + (lanes - 1) * CareerMapTracks.GAP + LANE_CLEAR;
        int[] tracks = CareerMapTracks.tracksPerChannel(moves, steps.size());
        int[] left = new int[steps.size()];
        int[] width = new int[steps.size()];
        List<Label> labels = new ArrayList<>();
        int x = 4;
        int right = 0;
        int bottom = 0;
        for (int col = 0; col < steps.size(); col++) {
            String stage = steps.get(col).get(0).stage();
            if (col == 0 || !stage.equals(steps.get(col - 1).get(0).stage())) {
                String heading = Labels.STAGE_LABELS.get(stage);
                labels.add(new Label(heading, x, 16));
                right = Math.max(right, x + heading.length() * HEADING_LETTER);
            }
            int y = top;
            for (Career.Node node : steps.get(col)) {
                Cell c = cells.get(node.id());
                c.x = x;
                c.y = y;
                y += c.h + STACK_GAP;
            }
            bottom = Math.max(bottom, y - STACK_GAP);
            left[col] = x + BOX_W;
            width[col] = tracks[col] == 0
                    ? CareerMapTracks.EMPTY_CHANNEL
                    : 2 * CareerMapTracks.MARGIN + (tracks[col] - 1) * CareerMapTracks.GAP;
            x += BOX_W + width[col];
        }
        CareerMapPorts.spread(cells.values());
        CareerMapPorts.straighten(cells.values());
        CareerMapTracks.channels(moves, left, width);
        int last = steps.size() - 1;
        int drawn = left[last] + (tracks[last] > 0 ? width[last] : 0);
        return new CareerMapLayout(Math.max(drawn, right) + 4, bottom + 4, labels, boxes(cells), arrows(moves));
    }

    /**
     * The roles in the order they are drawn: each stage in turn, split where a role is reached from another
     * of its own stage, each group ordered by where the roles leading to it sit.
     */
    static List<List<Career.Node>> steps(Career.CareerMap map) {
        Map<String, Integer> position = new HashMap<>();
        List<List<Career.Node>> steps = new ArrayList<>();
        for (String stage : Labels.STAGES) {
            List<Career.Node> left = new ArrayList<>(
                    map.nodes().stream().filter(n -> stage.equals(n.stage())).toList());
            while (!left.isEmpty()) {
                List<Career.Node> step = left.stream()
                        .filter(n -> map.edges().stream()
                                .noneMatch(e -> e.to().equals(n.id())
                                        && isIn(left, e.from())
                                        && !reaches(map, n.id(), e.from())))
                        .toList();
                if (step.isEmpty()) {
                    step = List.copyOf(left);
                }
                List<Career.Node> ordered = new ArrayList<>(step);
                ordered.sort(Comparator.comparingDouble(n -> from(map, n, position)));
                for (int i = 0; i < ordered.size(); i++) {
                    position.put(ordered.get(i).id(), i);
                }
                steps.add(ordered);
                left.removeAll(step);
            }
        }
        return steps;
    }

    private static boolean isIn(List<Career.Node> nodes, String id) {
        return nodes.stream().anyMatch(n -> n.id().equals(id));
    }

    /** Whether a move leads straight back: the two roles point at each other (CCS and CCS-P). */
    private static boolean reaches(Career.CareerMap map, String from, String to) {
        return map.edges().stream().anyMatch(e -> e.from().equals(from) && e.to().equals(to));
    }

    /** The mean position of the roles already drawn that lead to NODE, so its group follows theirs. */
    private static double from(Career.CareerMap map, Career.Node node, Map<String, Integer> position) {
        return map.edges().stream()
                .filter(e -> e.to().equals(node.id()) && position.containsKey(e.from()))
                .mapToInt(e -> position.get(e.from()))
                .average()
                .orElse(99);
    }

    private static Cell cell(Career.Node node, int col, int row, int width) {
        return new Cell(node, col, row, width, lines(node.label(), (width - 12) * 10 / LETTER_TENTHS));
    }

    /** The label in lines of at most PER_LINE characters, broken between words. */
    static List<String> lines(String label, int perLine) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : label.split(" ")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > perLine) {
                lines.add(line.toString());
                line = new StringBuilder();
            }
            line.append(line.length() == 0 ? "" : " ").append(word);
        }
        lines.add(line.toString());
        return lines;
    }

    private static List<Box> boxes(Map<String, Cell> cells) {
        return cells.values().stream().map(Cell::box).toList();
    }

    private static List<Arrow> arrows(List<Move> moves) {
        return moves.stream().map(m -> new Arrow(CareerMapRouter.path(m))).toList();
    }
}
