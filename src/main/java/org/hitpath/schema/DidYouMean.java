package org.hitpath.schema;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** The "did you mean ...?" hint of a message: the allowed name closest to a misspelled one. */
public final class DidYouMean {

    private DidYouMean() {}

    /**
     * The closest of the given names to a misspelled one, if it is close enough to be a likely typo. Letter
     * case does not count: CAHIIM finds cahiim.
     */
    public static Optional<String> closest(String wrong, Collection<String> names) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        String lower = wrong.toLowerCase(Locale.ROOT);
        for (String name : names) {
            int d = distance(lower, name.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                bestDistance = d;
                best = name;
            }
        }
        return bestDistance <= Math.max(2, wrong.length() / 3) ? Optional.ofNullable(best) : Optional.empty();
    }

    /** "; did you mean NAME?" for the closest name, or "" when none is close. */
    public static String hint(String wrong, Collection<String> names) {
        return closest(wrong, names).map(n -> "; did you mean " + n + "?").orElse("");
    }

    /** Levenshtein distance: one insertion, deletion or substitution is one step. */
    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
