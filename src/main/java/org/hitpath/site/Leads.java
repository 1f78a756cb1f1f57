package org.hitpath.site;

import java.util.List;
import java.util.Map;

/**
 * Programs editors looked at but could not verify, by state: what was seen and what would verify it.
 * Only the editors' coverage page shows them; a lead is never listed to readers as a program.
 *
 * @param byState postal code to the leads in that state, in the order of the file
 */
public record Leads(Map<String, List<Lead>> byState) {

    /**
     * @param college the institution
     * @param seen    what the sources we read show, in a few words
     * @param needed  what would let us list it
     */
    public record Lead(String college, String seen, String needed) {}

    public static final Leads EMPTY = new Leads(Map.of());
}
