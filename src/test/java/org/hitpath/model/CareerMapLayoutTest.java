package org.hitpath.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.hitpath.TestSite;
import org.hitpath.load.SiteLoader;
import org.hitpath.model.CareerMapLayout.Arrow;
import org.hitpath.model.CareerMapLayout.Box;
import org.hitpath.model.CareerMapLayout.Label;
import org.hitpath.model.Geometry.Piece;
import org.hitpath.model.Geometry.Point;
import org.hitpath.model.Geometry.Rect;
import org.hitpath.site.Career;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The career map's two pictures of the real map data (issue 21, item 4): every move is one arrow that
 * shares no stretch with another and runs clear of boxes and labels, and every arrowhead can be told
 * apart. Measured on the layout's own numbers; the geometry is this package's {@link Geometry}.
 */
class CareerMapLayoutTest {

    /** Side by side closer than this, two lines read as one bunch (the wide picture's lanes were 6px apart). */
    static final double MIN_GAP = 8;
    /** Closer than this to a box, a line seems to touch it. */
    static final double BOX_CLEARANCE = 3;
    /** A head is drawn 6 stroke widths long (7.2px); this much straight line carries it. */
    static final double STRAIGHT_END = 12;
    /** Tips closer than this, or another line this close to a tip, and the heads run together. */
    static final double TIP_ROOM = 10;
    /** Widths to fit: a 320px phone and the 1280px desktop page's 64rem column, less their padding. */
    static final int PHONE_WIDTH = 320 - 32;

    static final int DESKTOP_WIDTH = 1024 - 32;

    static Career.CareerMap map;

    @BeforeAll
    static void readTheRealMap() throws java.io.IOException {
        map = SiteLoader.load(TestSite.PROJECT).site().career().map();
    }

    /**
     * A made-up map with the kinds of move the real one lacks: from a box low in its column to one
     * columns away and back, both ways between two boxes of one column that are not neighbours (C and
     * E, with D between), over the top backwards.
     */
    static final Career.CareerMap EVERY_KIND = new Career.CareerMap(
            List.of(
                    node("a", "entry"),
                    node("b", "entry"),
                    node("c", "specialty"),
                    node("d", "specialty"),
                    node("e", "specialty"),
                    node("f", "advanced"),
                    node("g", "related")),
            List.of(
                    edge("a", "c"),
                    edge("c", "e"),
                    edge("e", "c"),
                    edge("a", "f"),
                    edge("b", "f"),
                    edge("b", "g"),
                    edge("g", "c"),
                    edge("f", "b"),
                    edge("f", "d"),
                    edge("e", "a")));

    private static Career.Node node(String id, String stage) {
        return new Career.Node(id, "Role " + id.toUpperCase(Locale.ROOT), stage, "index.html", "", 1);
    }

    private static Career.Edge edge(String from, String to) {
        return new Career.Edge(from, to, "a move");
    }

    /** The real map's pictures ("narrow", "wide") or the made-up map's ("narrow every kind", ...). */
    static CareerMapLayout layout(String which) {
        Career.CareerMap m = map(which);
        return which.startsWith("narrow") ? CareerMapLayout.narrow(m) : CareerMapLayout.wide(m);
    }

    static Career.CareerMap map(String which) {
        return which.endsWith("every kind") ? EVERY_KIND : map;
    }

    static List<Piece> pieces(Arrow a) {
        return Geometry.pieces(a.d());
    }

    static Rect rect(Box b) {
        return new Rect(b.x(), b.y(), b.x() + b.w(), b.y() + b.h());
    }

    /** A stage heading (13px bold) as the room it takes: wide letters, its descenders below the baseline. */
    static Rect rect(Label l) {
        return new Rect(l.x(), l.y() - 12, l.x() + l.text().length() * 13 * 0.68, l.y() + 4);
    }

    /** The box an arrow's point lies on the outline of, if exactly one. */
    static String boxAt(CareerMapLayout layout, Point p) {
        List<String> on = layout.boxes().stream()
                .filter(b -> rect(b).hasOnEdge(p))
                .map(Box::id)
                .toList();
        return on.size() == 1 ? on.get(0) : "no single box (" + on + ")";
    }

    static Point start(Arrow a) {
        return pieces(a).get(0).a();
    }

    static Point tip(Arrow a) {
        List<Piece> p = pieces(a);
        return p.get(p.size() - 1).b();
    }

    static String name(CareerMapLayout layout, Arrow a) {
        return boxAt(layout, start(a)) + "->" + boxAt(layout, tip(a));
    }

    @ParameterizedTest
    @ValueSource(strings = {"narrow", "wide", "narrow every kind", "wide every kind"})
    void everyMoveIsOneArrowFromTheEdgeOfItsRoleToTheEdgeOfTheNext(String which) {
        CareerMapLayout layout = layout(which);
        List<String> drawn = new ArrayList<>(
                layout.arrows().stream().map(a -> name(layout, a)).sorted().toList());
        List<String> moves = map(which).edges().stream()
                .map(e -> e.from() + "->" + e.to())
                .sorted()
                .toList();
        assertEquals(moves, drawn);
    }

    @ParameterizedTest
    @ValueSource(strings = {"narrow", "wide", "narrow every kind", "wide every kind"})
    void noTwoArrowsShareAStretch(String which) {
        CareerMapLayout layout = layout(which);
        List<String> shared = besideEachOther(layout, 0.5);
        assertEquals(List.of(), shared, which + ": stretches drawn by two arrows");
    }

    @ParameterizedTest
    @ValueSource(strings = {"narrow", "wide", "narrow every kind", "wide every kind"})
    void linesOfTwoArrowsRunningSideBySideStayAtLeastEightPixelsApart(String which) {
        CareerMapLayout layout = layout(which);
        assertEquals(List.of(), besideEachOther(layout, MIN_GAP), which + ": bunched lines");
    }

    /** Each stretch where pieces of two arrows run parallel, closer than GAP, for more than a pixel. */
    private static List<String> besideEachOther(CareerMapLayout layout, double gap) {
        List<String> found = new ArrayList<>();
        List<Arrow> arrows = layout.arrows();
        for (int i = 0; i < arrows.size(); i++) {
            for (int j = i + 1; j < arrows.size(); j++) {
                for (Piece p : pieces(arrows.get(i))) {
                    for (Piece q : pieces(arrows.get(j))) {
                        if (Geometry.parallel(p, q)
                                && Geometry.lineDistance(p, q) < gap
                                && Geometry.sideBySide(p, q) > 1) {
                            found.add(name(layout, arrows.get(i)) + " " + p + " and " + name(layout, arrows.get(j))
                                    + " " + q);
                        }
                    }
                }
            }
        }
        return found;
    }

    @ParameterizedTest
    @ValueSource(strings = {"narrow", "wide", "narrow every kind", "wide every kind"})
    void noArrowCrossesOrTouchesABoxItDoesNotStartOrEndAt(String which) {
        CareerMapLayout layout = layout(which);
        List<String> hits = new ArrayList<>();
        for (Arrow a : layout.arrows()) {
            String from = boxAt(layout, start(a));
            String to = boxAt(layout, tip(a));
            for (Box b : layout.boxes()) {
                boolean own = b.id().equals(from) || b.id().equals(to);
                // Its own boxes it may meet on their outline, at its ends; another box it keeps clear of.
                Rect zone = own ? rect(b).grown(-1) : rect(b).grown(BOX_CLEARANCE);
                for (Piece p : pieces(a)) {
                    if (Geometry.meets(p, zone)) {
                        hits.add(from + "->" + to + " " + p + (own ? " inside its own box " : " at ") + b.id());
                    }
                }
            }
        }
        assertEquals(List.of(), hits, which);
    }

    @ParameterizedTest
    @ValueSource(strings = {"narrow", "wide", "narrow every kind", "wide every kind"})
    void arrowheadsStayApartAndEachSitsOnAStraightEnd(String which) {
        CareerMapLayout layout = layout(which);
        List<String> problems = new ArrayList<>();
        List<Arrow> arrows = layout.arrows();
        for (Arrow a : arrows) {
            if (straightEnd(pieces(a)) < STRAIGHT_END) {
                problems.add(name(layout, a) + " ends in a straight stretch of " + round(straightEnd(pieces(a))));
            }
            for (Arrow other : arrows) {
                if (other == a) {
                    continue;
                }
                if (tip(a).distance(tip(other)) < TIP_ROOM) {
                    problems.add(name(layout, a) + " has its tip by the tip of " + name(layout, other));
                }
                for (Piece q : pieces(other)) {
                    if (Geometry.distance(tip(a), q) < TIP_ROOM - 2) {
                        problems.add(name(layout, other) + " " + q + " passes the tip of " + name(layout, a));
                    }
                }
            }
        }
        assertEquals(List.of(), problems.stream().distinct().toList(), which);
    }

    /** How long the arrow runs straight into its tip. */
    private static double straightEnd(List<Piece> pieces) {
        Piece last = pieces.get(pieces.size() - 1);
        double length = 0;
        for (int k = pieces.size() - 1; k >= 0 && Geometry.parallel(pieces.get(k), last); k--) {
            length += pieces.get(k).length();
        }
        return length;
    }

    @ParameterizedTest
    @ValueSource(strings = {"narrow", "wide", "narrow every kind", "wide every kind"})
    void noLabelOverlapsALineABoxOrAnotherLabel(String which) {
        CareerMapLayout layout = layout(which);
        List<String> problems = new ArrayList<>();
        Rect drawing = new Rect(0, 0, layout.width(), layout.height());
        for (Label l : layout.labels()) {
            Rect room = rect(l);
            if (!drawing.contains(new Point(room.left(), room.top()))
                    || !drawing.contains(new Point(room.right(), room.bottom()))) {
                problems.add(l.text() + " runs off the picture");
            }
            for (Arrow a : layout.arrows()) {
                if (pieces(a).stream().anyMatch(p -> Geometry.meets(p, room.grown(2)))) {
                    problems.add(l.text() + " is crossed by " + name(layout, a));
                }
            }
            for (Box b : layout.boxes()) {
                if (room.overlaps(rect(b))) {
                    problems.add(l.text() + " overlaps the box " + b.id());
                }
            }
            for (Label other : layout.labels()) {
                if (other != l && room.overlaps(rect(other))) {
                    problems.add(l.text() + " overlaps " + other.text());
                }
            }
        }
        assertEquals(List.of(), problems, which);
    }

    @ParameterizedTest
    @ValueSource(strings = {"narrow", "wide", "narrow every kind", "wide every kind"})
    void everyBoxHoldsItsTextAndEveryLineStaysInThePicture(String which) {
        CareerMapLayout layout = layout(which);
        List<String> problems = new ArrayList<>();
        for (Box b : layout.boxes()) {
            for (String line : b.lines()) {
                // 12px text, about 0.6em a letter in a wide sans-serif, 8px in from the left, 4px spare.
                if (line.length() * 12 * 0.6 > b.w() - 12) {
                    problems.add(b.id() + ": \"" + line + "\" is wider than its box");
                }
            }
            if (b.lines().size() * 15 + 10 > b.h()) {
                problems.add(b.id() + ": " + b.lines().size() + " lines in a box " + b.h() + "px tall");
            }
        }
        Rect drawing = new Rect(0, 0, layout.width(), layout.height());
        for (Arrow a : layout.arrows()) {
            for (Piece p : pieces(a)) {
                if (!drawing.contains(p.a()) || !drawing.contains(p.b())) {
                    problems.add(name(layout, a) + " " + p + " leaves the picture");
                }
            }
        }
        assertEquals(List.of(), problems, which);
    }

    @Test
    void thePhonePictureFitsA320PixelScreenAndTheWideOneTheDesktopColumn() {
        assertTrue(
                CareerMapLayout.narrow(map).width() <= PHONE_WIDTH,
                "narrow: " + CareerMapLayout.narrow(map).width() + "px");
        assertTrue(
                CareerMapLayout.wide(map).width() <= DESKTOP_WIDTH,
                "wide: " + CareerMapLayout.wide(map).width() + "px");
    }

    @Test
    void theLayoutIsTheSameEveryTime() {
        assertEquals(CareerMapLayout.narrow(map), CareerMapLayout.narrow(map));
        assertEquals(CareerMapLayout.wide(map), CareerMapLayout.wide(map));
    }

    private static String round(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
