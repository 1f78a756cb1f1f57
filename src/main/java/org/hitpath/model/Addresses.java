package org.hitpath.model;

import java.util.Locale;

/**
 * Addresses the site links from its own templates rather than from content, each one seen in a stored
 * copy of a public page (facts.md): a link never goes to an address nobody has seen.
 */
public final class Addresses {

    /** CAHIIM's program directory (facts.md 8.7: seen as a link in a stored page). */
    public static final String CAHIIM_DIRECTORY = "https://www.cahiim.org/programs/program-directory";

    /** CAHIIM's home page, where a reader can find the directory if it moves. */
    public static final String CAHIIM_HOME = "https://www.cahiim.org/";

    /** What an accredited program's own page must publish (facts.md 5.1, CAHIIM's website requirements). */
    public static final String CAHIIM_WEBSITE_RULES = "https://www.cahiim.org/accreditation/website-requirements";

    private Addresses() {}

    /**
     * The BLS's table of jobs and pay by occupation in one state, May 2023: the last year BLS published a
     * page per state at this address (facts.md 8.7); later years are in its data tool.
     */
    public static String blsStateTable(String stateCode) {
        return "https://www.bls.gov/oes/2023/may/oes_" + stateCode.toLowerCase(Locale.ROOT) + ".htm";
    }
}
