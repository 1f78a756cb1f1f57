package org.hitpath.schema;

import java.util.Locale;

/** The few rules of English grammar that messages and page text need: articles and plurals. */
public final class English {

    private English() {}

    /** "a" or "an", for a noun that follows. */
    public static String article(String noun) {
        return "aeiou".indexOf(Character.toLowerCase(noun.charAt(0))) >= 0 ? "an" : "a";
    }

    /** The noun for a count: "program" for one, "programs" otherwise. */
    public static String noun(long count, String singular) {
        return count == 1 ? singular : singular + "s";
    }

    /** A count and its noun: "1 program", "15 programs". */
    public static String count(long count, String singular) {
        return String.format(Locale.ROOT, "%d %s", count, noun(count, singular));
    }

    /** The verb after a count: "says" for one, "say" otherwise. */
    public static String verb(long count, String plural) {
        return count == 1 ? plural + "s" : plural;
    }
}
