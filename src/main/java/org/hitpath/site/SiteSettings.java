package org.hitpath.site;

import java.net.URI;
import java.util.Map;

/**
 * The settings the build reads from jbake.properties, as validated by the loader.
 *
 * @param properties every key of jbake.properties with its value
 */
public record SiteSettings(Map<String, String> properties) {

    /** The one setting for where the site is published: a domain root or a sub-path such as a GitHub project site. */
    public static final String BASE_URL_KEY = "site.host";

    public static final String REVIEW_MONTHS_KEY = "site.review.months";
    static final int DEFAULT_REVIEW_MONTHS = 12;

    public SiteSettings {
        properties = Map.copyOf(properties);
    }

    /** The published address, ending in a slash. */
    public String baseUrl() {
        return properties.get(BASE_URL_KEY);
    }

    /** The path part of the published address, such as "/" or "/repo/". */
    public String basePath() {
        return URI.create(baseUrl()).getPath();
    }

    /** How many months after its last review a page is due for another. */
    public int reviewMonths() {
        String months = properties.get(REVIEW_MONTHS_KEY);
        return months == null ? DEFAULT_REVIEW_MONTHS : Integer.parseInt(months);
    }
}
