package org.hitpath.site;

/**
 * A source a data file cites for a list (tasks, job titles, schedules), with how far it is checked.
 *
 * @param title         the source page's title
 * @param url           the source page (https)
 * @param asOf          the date or period the source itself states, or "undated"
 * @param check         one of {@link Figure#CHECKS}
 * @param primarySource who it still has to be checked against, or "" when check is primary
 * @param file          the data file that cites it, for the editors' review queue
 */
public record Source(String title, String url, String asOf, String check, String primarySource, String file) {

    public boolean checkedAgainstPrimary() {
        return check.equals("primary");
    }
}
