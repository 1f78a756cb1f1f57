package org.hitpath.bake;

/**
 * What a successful bake produced.
 *
 * @param pages         content pages written
 * @param generated     generated pages written
 * @param files         every file in the new site
 * @param millis        how long the bake took
 * @param reviewSummary the editors' review queue in one line
 * @param phases        where the time went, step by step
 * @param parsedTwice   Markdown bodies JBake parsed again because the validator had not (0 when every
 *                      built page was validated)
 */
public record BakeReport(
        int pages, int generated, int files, long millis, String reviewSummary, Phases phases, int parsedTwice) {}
