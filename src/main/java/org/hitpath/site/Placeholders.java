package org.hitpath.site;

/**
 * The marker the {@code new} command writes where an editor still has to fill something in. A draft may
 * hold it; a published page may not, so nothing unfilled reaches readers.
 */
public final class Placeholders {

    /** Written in every value and section the editor must replace, followed by what goes there. */
    public static final String MARKER = "FILL IN";

    private Placeholders() {}

    public static boolean in(String text) {
        return text != null && text.contains(MARKER);
    }

    /** A placeholder that says what belongs there: "FILL IN: the college's name". */
    public static String of(String what) {
        return MARKER + ": " + what;
    }
}
