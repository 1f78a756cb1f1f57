package org.hitpath.tools;

import java.util.ArrayList;
import java.util.List;

/**
 * A line-based diff of our own: the longest common subsequence of two lists of lines, and the runs of
 * lines between its matches as hunks of removed and added lines.
 */
final class LineDiff {

    /** Past this many cells the table is not worth its memory: the differing middle is one hunk. */
    private static final long MAX_CELLS = 4_000_000L;

    /**
     * One run of change.
     *
     * @param oldStart where the removed lines start in the old list
     * @param newStart where the added lines start (or would start) in the new list
     * @param removed  the lines only the old list has
     * @param added    the lines only the new list has
     */
    record Hunk(int oldStart, int newStart, List<String> removed, List<String> added) {}

    private LineDiff() {}

    static List<Hunk> diff(List<String> before, List<String> after) {
        int prefix = 0;
        while (prefix < before.size()
                && prefix < after.size()
                && before.get(prefix).equals(after.get(prefix))) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < before.size() - prefix
                && suffix < after.size() - prefix
                && before.get(before.size() - 1 - suffix).equals(after.get(after.size() - 1 - suffix))) {
            suffix++;
        }
        List<String> a = before.subList(prefix, before.size() - suffix);
        List<String> b = after.subList(prefix, after.size() - suffix);
        List<Hunk> hunks = new ArrayList<>();
        if (a.isEmpty() && b.isEmpty()) {
            return hunks;
        }
        if ((long) (a.size() + 1) * (b.size() + 1) > MAX_CELLS) {
            hunks.add(new Hunk(prefix, prefix, List.copyOf(a), List.copyOf(b)));
            return hunks;
        }
        walk(a, b, lengths(a, b), prefix, hunks);
        return hunks;
    }

    /** LENGTHS[i][j]: the longest common subsequence of A from i and B from j. */
    private static int[][] lengths(List<String> a, List<String> b) {
        int[][] lengths = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                lengths[i][j] = a.get(i).equals(b.get(j))
                        ? lengths[i + 1][j + 1] + 1
                        : Math.max(lengths[i + 1][j], lengths[i][j + 1]);
            }
        }
        return lengths;
    }

    private static void walk(List<String> a, List<String> b, int[][] lengths, int offset, List<Hunk> hunks) {
        int i = 0;
        int j = 0;
        List<String> removed = new ArrayList<>();
        List<String> added = new ArrayList<>();
        int oldStart = 0;
        int newStart = 0;
        while (i < a.size() || j < b.size()) {
            boolean same = i < a.size() && j < b.size() && a.get(i).equals(b.get(j));
            if (same) {
                close(removed, added, offset + oldStart, offset + newStart, hunks);
                i++;
                j++;
                continue;
            }
            if (removed.isEmpty() && added.isEmpty()) {
                oldStart = i;
                newStart = j;
            }
            if (j >= b.size() || (i < a.size() && lengths[i + 1][j] >= lengths[i][j + 1])) {
                removed.add(a.get(i++));
            } else {
                added.add(b.get(j++));
            }
        }
        close(removed, added, offset + oldStart, offset + newStart, hunks);
    }

    private static void close(List<String> removed, List<String> added, int oldStart, int newStart, List<Hunk> hunks) {
        if (!removed.isEmpty() || !added.isEmpty()) {
            hunks.add(new Hunk(oldStart, newStart, List.copyOf(removed), List.copyOf(added)));
            removed.clear();
            added.clear();
        }
    }
}
