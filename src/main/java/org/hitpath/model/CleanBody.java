package org.hitpath.model;

/**
 * A page's body once cleaned, its figures in place: the HTML the page shows, and what search reads of
 * it (its text and the text of its headings), taken from the same parse.
 */
public record CleanBody(String html, String text, String headings) {

    /** What search keeps of a body once its page is written: its words, not its markup. */
    public CleanBody forSearch() {
        return new CleanBody("", text, headings);
    }
}
