package org.hitpath.site;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hitpath.schema.States;

/** Finds the acronyms a text uses: words with two or more capitals, such as RHIT, CCS-P, ICD-10-CM or O*NET. */
public final class Acronyms {

    /** A capital, then capitals and digits, optionally O*NET's star, optionally hyphenated parts; a plural s is dropped. */
    public static final Pattern WORD =
            Pattern.compile("(?<![\\w*-])([A-Z](?:\\*[A-Z]+|[A-Z0-9]*)(?:-[A-Z0-9]+)*)s?(?![\\w*-])");

    private Acronyms() {}

    /**
     * The acronyms of TEXT, in the order they first appear. An acronym never spans white space, so only the
     * runs of text between spaces that hold two capitals are matched against {@link #WORD}: the same words
     * as matching the whole text, for a fraction of the work on a long page.
     */
    public static Set<String> in(String text) {
        Set<String> found = new LinkedHashSet<>();
        int n = text.length();
        int start = 0;
        int capitals = 0;
        for (int i = 0; i <= n; i++) {
            char c = i < n ? text.charAt(i) : ' ';
            if (Character.isWhitespace(c)) {
                if (capitals >= 2) {
                    matchIn(text.substring(start, i), found);
                }
                start = i + 1;
                capitals = 0;
            } else if (Character.isUpperCase(c)) {
                capitals++;
            }
        }
        return found;
    }

    private static void matchIn(String run, Set<String> found) {
        Matcher m = WORD.matcher(run);
        while (m.find()) {
            String word = m.group(1);
            if (word.chars().filter(Character::isUpperCase).count() >= 2) {
                found.add(word);
            }
        }
    }

    /** Upper-case words any page may use without a glossary entry: state codes and Roman numerals. */
    static boolean exempt(String word) {
        return States.NAMES.containsKey(word) || word.matches("[IVX]+");
    }
}
