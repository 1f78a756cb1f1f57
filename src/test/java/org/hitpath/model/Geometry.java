package org.hitpath.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Plane geometry for the career map tests, written here so the tests do not trust the layout's own
 * arithmetic: SVG path data read into straight pieces (a cubic curve is cut into short chords), and the
 * few measures the tests need between pieces, points and rectangles.
 */
final class Geometry {

    private static final double EPSILON = 0.01;
    private static final Pattern TOKEN = Pattern.compile("[MLHVCZmlhvcz]|-?\\d+(?:\\.\\d+)?");
    private static final int CHORDS_PER_CURVE = 16;

    private Geometry() {}

    record Point(double x, double y) {
        double distance(Point o) {
            return Math.hypot(x - o.x, y - o.y);
        }
    }

    /** A straight piece of a line, from A to B. */
    record Piece(Point a, Point b) {
        double length() {
            return a.distance(b);
        }

        double dx() {
            return b.x - a.x;
        }

        double dy() {
            return b.y - a.y;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "(%.1f,%.1f)-(%.1f,%.1f)", a.x, a.y, b.x, b.y);
        }
    }

    /** A rectangle by its edges. */
    record Rect(double left, double top, double right, double bottom) {
        Rect grown(double by) {
            return new Rect(left - by, top - by, right + by, bottom + by);
        }

        boolean contains(Point p) {
            return p.x >= left && p.x <= right && p.y >= top && p.y <= bottom;
        }

        boolean overlaps(Rect o) {
            return left < o.right && o.left < right && top < o.bottom && o.top < bottom;
        }

        /** Whether P lies on the rectangle's outline, within a pixel. */
        boolean hasOnEdge(Point p) {
            return grown(1).contains(p) && !grown(-1).contains(p);
        }
    }

    /** The pieces of SVG path data in absolute commands (M, L, H, V, C, Z), in drawing order. */
    static List<Piece> pieces(String d) {
        List<String> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(d);
        while (m.find()) {
            tokens.add(m.group());
        }
        List<Piece> pieces = new ArrayList<>();
        Point at = null;
        Point start = null;
        String command = null;
        int i = 0;
        while (i < tokens.size()) {
            if (Character.isLetter(tokens.get(i).charAt(0))) {
                command = tokens.get(i++);
            }
            if (!command.equals(command.toUpperCase(Locale.ROOT))) {
                throw new IllegalArgumentException("relative path command in " + d);
            }
            Point next;
            switch (command) {
                case "M" -> {
                    at = new Point(num(tokens, i++), num(tokens, i++));
                    start = at;
                    command = "L";
                    continue;
                }
                case "L" -> next = new Point(num(tokens, i++), num(tokens, i++));
                case "H" -> next = new Point(num(tokens, i++), at.y);
                case "V" -> next = new Point(at.x, num(tokens, i++));
                case "C" -> {
                    Point c1 = new Point(num(tokens, i++), num(tokens, i++));
                    Point c2 = new Point(num(tokens, i++), num(tokens, i++));
                    Point end = new Point(num(tokens, i++), num(tokens, i++));
                    Point from = at;
                    for (int k = 1; k <= CHORDS_PER_CURVE; k++) {
                        Point p = bezier(from, c1, c2, end, (double) k / CHORDS_PER_CURVE);
                        pieces.add(new Piece(at, p));
                        at = p;
                    }
                    continue;
                }
                case "Z" -> {
                    next = start;
                    command = null;
                }
                default -> throw new IllegalArgumentException(command + " in " + d);
            }
            pieces.add(new Piece(at, next));
            at = next;
            if (command == null) {
                break;
            }
        }
        return pieces.stream().filter(p -> p.length() > EPSILON).toList();
    }

    private static double num(List<String> tokens, int i) {
        return Double.parseDouble(tokens.get(i));
    }

    private static Point bezier(Point p0, Point p1, Point p2, Point p3, double t) {
        double u = 1 - t;
        double a = u * u * u;
        double b = 3 * u * u * t;
        double c = 3 * u * t * t;
        double e = t * t * t;
        return new Point(a * p0.x + b * p1.x + c * p2.x + e * p3.x, a * p0.y + b * p1.y + c * p2.y + e * p3.y);
    }

    /** Whether two pieces point the same or the opposite way (within about half a degree). */
    static boolean parallel(Piece p, Piece q) {
        return Math.abs(p.dx() * q.dy() - p.dy() * q.dx()) <= 0.01 * p.length() * q.length();
    }

    /** For parallel pieces: how far apart their lines are. */
    static double lineDistance(Piece p, Piece q) {
        return Math.abs(p.dx() * (q.a.y - p.a.y) - p.dy() * (q.a.x - p.a.x)) / p.length();
    }

    /** For parallel pieces: how long a stretch of P lies beside Q (their overlap along P's direction). */
    static double sideBySide(Piece p, Piece q) {
        double ux = p.dx() / p.length();
        double uy = p.dy() / p.length();
        double q1 = (q.a.x - p.a.x) * ux + (q.a.y - p.a.y) * uy;
        double q2 = (q.b.x - p.a.x) * ux + (q.b.y - p.a.y) * uy;
        return Math.min(p.length(), Math.max(q1, q2)) - Math.max(0, Math.min(q1, q2));
    }

    /** Whether the piece has any point in or on the rectangle (Liang-Barsky clipping). */
    static boolean meets(Piece p, Rect r) {
        double t0 = 0;
        double t1 = 1;
        double[] dirs = {-p.dx(), p.dx(), -p.dy(), p.dy()};
        double[] room = {p.a.x - r.left, r.right - p.a.x, p.a.y - r.top, r.bottom - p.a.y};
        for (int k = 0; k < 4; k++) {
            if (Math.abs(dirs[k]) < 1e-12) {
                if (room[k] < 0) {
                    return false;
                }
            } else {
                double t = room[k] / dirs[k];
                if (dirs[k] < 0) {
                    t0 = Math.max(t0, t);
                } else {
                    t1 = Math.min(t1, t);
                }
            }
        }
        return t0 <= t1;
    }

    /** The shortest distance from a point to a piece. */
    static double distance(Point c, Piece p) {
        double len2 = p.dx() * p.dx() + p.dy() * p.dy();
        double t = ((c.x - p.a.x) * p.dx() + (c.y - p.a.y) * p.dy()) / len2;
        t = Math.max(0, Math.min(1, t));
        return c.distance(new Point(p.a.x + t * p.dx(), p.a.y + t * p.dy()));
    }
}
