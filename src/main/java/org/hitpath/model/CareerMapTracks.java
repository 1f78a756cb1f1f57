package org.hitpath.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.hitpath.model.CareerMapRouter.Kind;
import org.hitpath.model.CareerMapRouter.Move;

/**
 * The tracks and lanes the career map's lines run along between the boxes, one per line wherever two
 * could meet. Lanes above the wide picture and the tracks right of the narrow one are stacked so that a
 * line that spans another runs outside it; the tracks of a channel between two columns are ordered so
 * that the lines in it cross as little as possible and never touch.
 */
final class CareerMapTracks {

    /** Side by side, tracks and lanes stand this far apart (wide picture). */
    static final int GAP = 10;
    /** The outermost tracks of a channel stand this far from its boxes: room for an arrowhead. */
    static final int MARGIN = 16;
    /** A channel with no line in it is this wide. */
    static final int EMPTY_CHANNEL = 32;
    /** Two lines may share a track when this much clear space is left between them. */
    static final int SHARE_GAP = 12;

    private static final int TOUCH = 1000;

    /** A move's stretch in one channel: where it joins the channel's sides ({x, y}), and its lane if any. */
    record Run(Move move, int slot, List<int[]> joins, int laneY, int laneTo) {}

    private CareerMapTracks() {}

    /** Gives each move over the top its lane (0 nearest the boxes) and returns how many lanes there are. */
    static int lanes(List<Move> moves) {
        List<Move> laned = moves.stream()
                .filter(m -> m.kind == Kind.OVER || m.kind == Kind.LONG)
                .toList();
        List<int[]> spans = laned.stream()
                .map(m -> new int[] {Math.min(m.from.col, m.to.col), Math.max(m.from.col, m.to.col)})
                .toList();
        int[] levels = stack(spans, 1);
        int count = 0;
        for (int i = 0; i < laned.size(); i++) {
            laned.get(i).lane = levels[i];
            count = Math.max(count, levels[i] + 1);
        }
        return count;
    }

    /**
     * Gives each move round the right of the narrow picture its track, from FIRST outward in steps of
     * STEP, and returns the x of the outermost track used.
     */
    static int aroundTheRight(List<Move> moves, int first, int step) {
        List<Move> around = moves.stream().filter(m -> m.kind == Kind.AROUND).toList();
        List<int[]> spans = around.stream()
                .map(m -> new int[] {Math.min(m.fromAt, m.toAt), Math.max(m.fromAt, m.toAt)})
                .toList();
        int[] levels = stack(spans, SHARE_GAP);
        int outer = first;
        for (int i = 0; i < around.size(); i++) {
            around.get(i).tracks[0] = first + levels[i] * step;
            outer = Math.max(outer, around.get(i).tracks[0]);
        }
        return outer;
    }

    /**
     * A level for each span, shortest spans first: the lowest level above every span it holds, among
     * those where no span already there comes within SEPARATION of it. So nested lines never cross.
     */
    static int[] stack(List<int[]> spans, int separation) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < spans.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingInt((Integer i) -> spans.get(i)[1] - spans.get(i)[0])
                .thenComparingInt(i -> spans.get(i)[0]));
        int[] level = new int[spans.size()];
        List<Integer> placed = new ArrayList<>();
        for (int i : order) {
            int[] s = spans.get(i);
            int floor = 0;
            for (int j : placed) {
                int[] t = spans.get(j);
                if (s[0] <= t[0] && t[1] <= s[1]) {
                    floor = Math.max(floor, level[j] + 1);
                }
            }
            int at = floor;
            while (taken(at, s, placed, spans, level, separation)) {
                at++;
            }
            level[i] = at;
            placed.add(i);
        }
        return level;
    }

    private static boolean taken(int at, int[] s, List<Integer> placed, List<int[]> spans, int[] level, int sep) {
        return placed.stream()
                .anyMatch(j -> level[j] == at && s[0] < spans.get(j)[1] + sep && spans.get(j)[0] < s[1] + sep);
    }

    /** How many tracks each channel of the wide picture needs; channel C is the one right of column C. */
    static int[] tracksPerChannel(List<Move> moves, int columns) {
        int[] count = new int[columns];
        for (Move m : moves) {
            boolean right = m.to.col > m.from.col;
            switch (m.kind) {
                case ACROSS -> count[Math.min(m.from.col, m.to.col)]++;
                case AROUND -> count[m.from.col]++;
                case LONG -> {
                    count[right ? m.from.col : m.from.col - 1]++;
                    count[right ? m.to.col - 1 : m.to.col]++;
                }
                default -> {
                    // through a gap or over the top: no channel
                }
            }
        }
        return count;
    }

    /** Orders the tracks of every channel of the wide picture; LEFT and WIDTH give each channel's place. */
    static void channels(List<Move> moves, int[] left, int[] width) {
        Map<Integer, List<Run>> channels = new TreeMap<>();
        for (Move m : moves) {
            int[] s = CareerMapRouter.start(m);
            int[] e = CareerMapRouter.end(m);
            boolean right = m.to.col > m.from.col;
            switch (m.kind) {
                case ACROSS -> add(channels, Math.min(m.from.col, m.to.col), new Run(m, 0, List.of(s, e), -1, 0));
                case AROUND -> add(channels, m.from.col, new Run(m, 0, List.of(s, e), -1, 0));
                case LONG -> {
                    int out = right ? m.from.col : m.from.col - 1;
                    int in = right ? m.to.col - 1 : m.to.col;
                    add(channels, out, new Run(m, 0, List.of(s), m.laneY, right ? left[out] + width[out] : left[out]));
                    add(channels, in, new Run(m, 1, List.of(e), m.laneY, right ? left[in] : left[in] + width[in]));
                }
                default -> {
                    // through a gap or over the top: no channel
                }
            }
        }
        channels.forEach((c, runs) -> order(runs, left[c] + (width[c] - (runs.size() - 1) * GAP) / 2));
    }

    private static void add(Map<Integer, List<Run>> channels, int channel, Run run) {
        channels.computeIfAbsent(channel, c -> new ArrayList<>()).add(run);
    }

    /**
     * Puts the runs of one channel on tracks from FIRST rightward: starting from the order of their
     * first joins, any two swap places while that lowers the cost (a crossing costs 1, a touch 1000).
     */
    private static void order(List<Run> runs, int first) {
        List<Run> order = new ArrayList<>(runs);
        order.sort(Comparator.comparingInt(r -> r.joins().get(0)[1]));
        int cost = cost(order, first);
        boolean better = true;
        while (better) {
            better = false;
            for (int i = 0; i < order.size(); i++) {
                for (int j = i + 1; j < order.size(); j++) {
                    java.util.Collections.swap(order, i, j);
                    int c = cost(order, first);
                    if (c < cost) {
                        cost = c;
                        better = true;
                    } else {
                        java.util.Collections.swap(order, i, j);
                    }
                }
            }
        }
        for (int k = 0; k < order.size(); k++) {
            order.get(k).move().tracks[order.get(k).slot()] = first + k * GAP;
        }
    }

    private static int cost(List<Run> order, int first) {
        List<List<int[]>> pieces = new ArrayList<>();
        for (int k = 0; k < order.size(); k++) {
            pieces.add(pieces(order.get(k), first + k * GAP));
        }
        int cost = 0;
        for (int a = 0; a < pieces.size(); a++) {
            for (int b = a + 1; b < pieces.size(); b++) {
                for (int[] p : pieces.get(a)) {
                    for (int[] q : pieces.get(b)) {
                        cost += meet(p, q);
                    }
                }
            }
        }
        return cost;
    }

    /** A run on the track at X as pieces {x1, y1, x2, y2}: a stub from each join, the upright, the lane. */
    private static List<int[]> pieces(Run r, int x) {
        List<int[]> pieces = new ArrayList<>();
        int top = r.laneY() >= 0 ? r.laneY() : Integer.MAX_VALUE;
        int bottom = r.laneY() >= 0 ? r.laneY() : Integer.MIN_VALUE;
        for (int[] j : r.joins()) {
            pieces.add(new int[] {Math.min(j[0], x), j[1], Math.max(j[0], x), j[1]});
            top = Math.min(top, j[1]);
            bottom = Math.max(bottom, j[1]);
        }
        pieces.add(new int[] {x, top, x, bottom});
        if (r.laneY() >= 0) {
            pieces.add(new int[] {Math.min(x, r.laneTo()), r.laneY(), Math.max(x, r.laneTo()), r.laneY()});
        }
        return pieces;
    }

    /** What two upright or level pieces cost together: 0 apart, 1 crossing, TOUCH meeting any other way. */
    private static int meet(int[] p, int[] q) {
        boolean pLevel = p[1] == p[3];
        boolean qLevel = q[1] == q[3];
        if (p[0] == p[2] && p[1] == p[3] || q[0] == q[2] && q[1] == q[3]) {
            return 0;
        }
        if (pLevel == qLevel) {
            boolean inLine = pLevel ? p[1] == q[1] : p[0] == q[0];
            int lo = pLevel ? Math.max(p[0], q[0]) : Math.max(p[1], q[1]);
            int hi = pLevel ? Math.min(p[2], q[2]) : Math.min(p[3], q[3]);
            return inLine && lo <= hi ? TOUCH : 0;
        }
        int[] level = pLevel ? p : q;
        int[] upright = pLevel ? q : p;
        int x = upright[0];
        int y = level[1];
        if (x < level[0] || x > level[2] || y < upright[1] || y > upright[3]) {
            return 0;
        }
        return x > level[0] && x < level[2] && y > upright[1] && y < upright[3] ? 1 : TOUCH;
    }
}
