package org.hitpath.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hitpath.site.Career;

/**
 * Where each role and move of the career map goes in its picture: the stages as rows on a phone (top to
 * bottom) or as columns on a wide screen (left to right), each role a box, each move an arrow. A role
 * reached from another role of its own stage (RHIT from the associate program) sits one step further
 * along, so moves run forward. Arrows are drawn under the boxes. The nested list on the page says the
 * same in words.
 *
 * @param width  the drawing's width
 * @param height the drawing's height
 * @param labels each stage's heading and where it goes
 * @param boxes  each role's box and its label, in lines
 * @param arrows each move, from one box's edge to another's
 */
public record CareerMapLayout(int width, int height, List<Label> labels, List<Box> boxes, List<Arrow> arrows) {

    public record Label(String text, int x, int y) {}

    public record Box(String id, int x, int y, int w, int h, List<String> lines) {}

    /** A move's path, as SVG path data; its arrowhead is at the end. */
    public record Arrow(String d) {}

    /** Where a box sits in the flow: the column (wide) or row (narrow) it is drawn in. */
    record Slot(Box box, int index) {}

    static final int BOX_W = 140;
    static final int NARROW_BOX_W = 210;
    static final int LANE = 6;
    static final int LINE_H = 15;
    static final int LABEL_H = 24;
    static final int CHARS_PER_LINE = 22;

    /**
     * Stages top to bottom, one role to a row, the moves that skip rows in lanes to the right: no line
     * crosses a box, and the picture fits a 320px phone.
     */
    public static CareerMapLayout narrow(Career.CareerMap map) {
        Map<String, Slot> boxes = new LinkedHashMap<>();
        List<Label> labels = new ArrayList<>();
        int y = 0;
        int row = 0;
        String stage = null;
        for (List<Career.Node> step : steps(map)) {
            if (!step.get(0).stage().equals(stage)) {
                stage = step.get(0).stage();
                labels.add(new Label(Labels.STAGE_LABELS.get(stage), 2, y + 16));
                y += LABEL_H;
            }
            for (Career.Node node : step) {
                Box box = box(node, 4, y, NARROW_BOX_W);
                boxes.put(box.id(), new Slot(box, row++));
                y += box.h() + 22;
            }
        }
        int lanes = NARROW_BOX_W + 14;
        return new CareerMapLayout(
                lanes + LANE * (longMoves(map, boxes) + 1), y, labels, boxesOf(boxes), arrows(map, boxes, true, lanes));
    }

    /** Stages as columns, roles stacked in each: the map read left to right on a wide screen. */
    public static CareerMapLayout wide(Career.CareerMap map) {
        Map<String, Slot> boxes = new LinkedHashMap<>();
        List<Label> labels = new ArrayList<>();
        int x = 4;
        int column = 0;
        int height = 0;
        String stage = null;
        for (List<Career.Node> step : steps(map)) {
            if (!step.get(0).stage().equals(stage)) {
                stage = step.get(0).stage();
                labels.add(new Label(Labels.STAGE_LABELS.get(stage), x, 16));
            }
            int y = LABEL_H + 4;
            for (Career.Node node : step) {
                Box box = box(node, x, y, BOX_W);
                boxes.put(box.id(), new Slot(box, column));
                y += box.h() + 14;
            }
            height = Math.max(height, y);
            x += BOX_W + 36;
            column++;
        }
        int lanes = LANE * (longMoves(map, boxes) + 1);
        List<Box> shifted = boxesOf(boxes).stream()
                .map(b -> new Box(b.id(), b.x(), b.y() + lanes, b.w(), b.h(), b.lines()))
                .toList();
        Map<String, Slot> moved = new LinkedHashMap<>();
        for (Box b : shifted) {
            moved.put(b.id(), new Slot(b, boxes.get(b.id()).index()));
        }
        // The last heading ("A related occupation") is wider than its column's boxes.
        return new CareerMapLayout(x, height + lanes, labels, shifted, arrows(map, moved, false, LABEL_H + 2));
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

    private static Box box(Career.Node node, int x, int y, int width) {
        List<String> lines = lines(node.label(), CHARS_PER_LINE * width / BOX_W);
        return new Box(node.id(), x, y, width, 16 + lines.size() * LINE_H, lines);
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

    private static List<Box> boxesOf(Map<String, Slot> slots) {
        return slots.values().stream().map(Slot::box).toList();
    }

    /** Moves that skip a row or column: they go round the boxes in a lane of their own. */
    private static int longMoves(Career.CareerMap map, Map<String, Slot> slots) {
        return (int) map.edges().stream()
                .filter(e -> slots.containsKey(e.from()) && slots.containsKey(e.to()))
                .filter(e ->
                        Math.abs(slots.get(e.from()).index() - slots.get(e.to()).index()) > 1)
                .count();
    }

    /** Each move: across the gap to the next row or column, or round the boxes in a lane starting at LANES. */
    private static List<Arrow> arrows(Career.CareerMap map, Map<String, Slot> slots, boolean down, int lanes) {
        List<Arrow> arrows = new ArrayList<>();
        // Shorter detours take the lanes nearest the boxes, so lanes cross as little as possible.
        List<Career.Edge> edges = map.edges().stream()
                .filter(e -> slots.containsKey(e.from()) && slots.containsKey(e.to()))
                .sorted(Comparator.comparingInt(e ->
                        Math.abs(slots.get(e.to()).index() - slots.get(e.from()).index())))
                .toList();
        int lane = 0;
        for (Career.Edge e : edges) {
            Slot a = slots.get(e.from());
            Slot b = slots.get(e.to());
            if (a == null || b == null) {
                continue;
            }
            int step = b.index() - a.index();
            if (Math.abs(step) > 1) {
                // Lanes run outward from the boxes: rightward on a phone, upward above the columns.
                int outward = down ? lane++ : longMoves(map, slots) - 1 - lane++;
                int at = lanes + LANE * outward + LANE / 2;
                arrows.add(down ? sideLane(a.box(), b.box(), at) : topLane(a.box(), b.box(), at));
            } else {
                arrows.add(down ? vertical(a.box(), b.box(), step) : horizontal(a.box(), b.box(), step));
            }
        }
        return arrows;
    }

    /** Phone picture, next row or the same row: through the gap between them. */
    private static Arrow vertical(Box a, Box b, int step) {
        if (step == 0) {
            boolean right = b.x() > a.x();
            int y = a.y() + 12;
            int x1 = right ? a.x() + a.w() : a.x();
            int x2 = right ? b.x() : b.x() + b.w();
            return new Arrow(path("M%d,%dC%d,%d %d,%d %d,%d", x1, y, x1 + 6, y - 10, x2 - 6, y - 10, x2, y));
        }
        boolean downward = step > 0;
        int x1 = a.x() + a.w() / 2 + (downward ? -12 : 12);
        int x2 = b.x() + b.w() / 2 + (downward ? -12 : 12);
        int y1 = downward ? a.y() + a.h() : a.y();
        int y2 = downward ? b.y() : b.y() + b.h();
        int bend = downward ? 14 : -14;
        return new Arrow(path("M%d,%dC%d,%d %d,%d %d,%d", x1, y1, x1, y1 + bend, x2, y2 - bend, x2, y2));
    }

    /** Phone picture, a move that skips rows: out to a lane on the right, along it, back in at the target. */
    private static Arrow sideLane(Box a, Box b, int lane) {
        int y1 = a.y() + a.h() / 2 + 6;
        int y2 = b.y() + b.h() / 2 - 6;
        return new Arrow(path("M%d,%dH%dV%dH%d", a.x() + a.w(), y1, lane, y2, b.x() + b.w()));
    }

    /** Wide picture, next column or the same column: through the gap between them. */
    private static Arrow horizontal(Box a, Box b, int step) {
        if (step == 0) {
            int x = a.x() + a.w();
            int y1 = a.y() + a.h() / 2;
            int y2 = b.y() + b.h() / 2;
            return new Arrow(path("M%d,%dC%d,%d %d,%d %d,%d", x, y1, x + 14, y1, x + 14, y2, x, y2));
        }
        boolean forward = step > 0;
        int x1 = forward ? a.x() + a.w() : a.x();
        int x2 = forward ? b.x() : b.x() + b.w();
        int y1 = a.y() + a.h() / 2 + (forward ? -4 : 6);
        int y2 = b.y() + b.h() / 2 + (forward ? -4 : 6);
        int bend = forward ? 16 : -16;
        return new Arrow(path("M%d,%dC%d,%d %d,%d %d,%d", x1, y1, x1 + bend, y1, x2 - bend, y2, x2, y2));
    }

    /** Wide picture, a move that skips columns: up to a lane above the boxes, along it, down into the target. */
    private static Arrow topLane(Box a, Box b, int lane) {
        int x1 = a.x() + a.w() - 24;
        int x2 = b.x() + 24;
        return new Arrow(path("M%d,%dV%dH%dV%d", x1, a.y(), lane, x2, b.y()));
    }

    private static String path(String format, Object... numbers) {
        return String.format(java.util.Locale.ROOT, format, numbers);
    }
}
