package org.hitpath.bake;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * How to bake: from which site folder into which output folder, and the switches that change a bake.
 *
 * @param source   the site folder (content/, data/, templates/, assets/, jbake.properties)
 * @param output   the folder the site replaces only when everything passed
 * @param drafts   whether draft pages are built too (the preview's --drafts)
 * @param today    the day the bake is for: the editors' review queue is the only thing that depends on it
 * @param annotate whether problems are also printed as GitHub Actions annotations
 * @param timings  whether the time of each step is printed
 * @param session  the preview's session, which keeps what it can between bakes, or null
 * @param siteUrl  the address the site is published at, replacing site.host in jbake.properties, or null
 * @param deploy   whether the bake is for deploying, which refuses a placeholder address
 */
public record BakeOptions(
        Path source,
        Path output,
        boolean drafts,
        LocalDate today,
        boolean annotate,
        boolean timings,
        BakeSession session,
        String siteUrl,
        boolean deploy) {

    public BakeOptions {
        source = source.toAbsolutePath().normalize();
        output = output.toAbsolutePath().normalize();
    }

    /** A published bake of SOURCE into OUTPUT as of today (UTC), annotated when running under GitHub Actions. */
    public static BakeOptions of(Path source, Path output) {
        return new BakeOptions(
                source,
                output,
                false,
                LocalDate.now(ZoneOffset.UTC),
                "true".equals(System.getenv("GITHUB_ACTIONS")),
                false,
                null,
                null,
                false);
    }

    public BakeOptions withDrafts(boolean withDrafts) {
        return new BakeOptions(source, output, withDrafts, today, annotate, timings, session, siteUrl, deploy);
    }

    public BakeOptions asOf(LocalDate day) {
        return new BakeOptions(source, output, drafts, day, annotate, timings, session, siteUrl, deploy);
    }

    public BakeOptions annotated(boolean withAnnotations) {
        return new BakeOptions(source, output, drafts, today, withAnnotations, timings, session, siteUrl, deploy);
    }

    public BakeOptions timed(boolean withTimings) {
        return new BakeOptions(source, output, drafts, today, annotate, withTimings, session, siteUrl, deploy);
    }

    public BakeOptions in(BakeSession keptStore) {
        return new BakeOptions(source, output, drafts, today, annotate, timings, keptStore, siteUrl, deploy);
    }

    /** The same bake for a site published at URL (the bake's --site-url), or at jbake.properties' address when null. */
    public BakeOptions publishedAt(String url) {
        return new BakeOptions(source, output, drafts, today, annotate, timings, session, url, deploy);
    }

    /** The same bake, for deploying (the bake's --deploy) or not. */
    public BakeOptions forDeploy(boolean deployed) {
        return new BakeOptions(source, output, drafts, today, annotate, timings, session, siteUrl, deployed);
    }
}
