package org.hitpath.load;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.hitpath.schema.Problem;
import org.hitpath.schema.UrlRules;
import org.hitpath.site.Markdown;
import org.hitpath.site.SiteSettings;

/**
 * jbake.properties: the settings our templates need (where the site is published, how often pages are
 * reviewed) and the Markdown dialect JBake will render with, each checked.
 */
final class SettingsFile {

    static final String PATH = "jbake.properties";
    private static final String EXTENSIONS = "markdown.extensions";

    private final Path file;
    private final List<Problem> problems;
    private final Map<String, String> properties;

    /** Reserved names (RFC 2606, RFC 6761) that no deployed site can be published at. */
    private static final List<String> PLACEHOLDER_DOMAINS =
            List.of("example.org", "example.com", "example.net", "example", "test", "invalid", "localhost");

    private SettingsFile(Path root, List<Problem> problems) throws IOException {
        this.file = root.resolve(PATH);
        this.problems = problems;
        this.properties = read();
    }

    /**
     * Reads and checks jbake.properties. SITE_URL, when not null, replaces its site.host: the address the
     * site is deployed at, which the deploy knows and the file cannot. DEPLOY refuses a placeholder address.
     */
    static SettingsFile read(Path root, List<Problem> problems, String siteUrl, boolean deploy) throws IOException {
        SettingsFile settings = new SettingsFile(root, problems);
        if (siteUrl != null) {
            settings.properties.put(SiteSettings.BASE_URL_KEY, siteUrl);
        }
        settings.checkSiteSettings(siteUrl != null);
        if (deploy) {
            settings.checkDeployAddress();
        }
        return settings;
    }

    SiteSettings settings() {
        return new SiteSettings(properties);
    }

    /** The Markdown dialect; unknown extension names are reported, never ignored as JBake would. */
    Markdown markdown() {
        Markdown markdown = Markdown.fromExtensionNames(
                Arrays.asList(properties.getOrDefault(EXTENSIONS, "").split(",")), PATH, lineOf(EXTENSIONS), problems);
        if (!properties.containsKey(EXTENSIONS)) {
            problems.add(Problem.of(
                    PATH,
                    0,
                    EXTENSIONS,
                    "is not set, so JBake would fall back to its defaults (which turn every newline into <br>)",
                    String.join(", ", Markdown.knownExtensions())));
        }
        return markdown;
    }

    private Map<String, String> read() throws IOException {
        Map<String, String> map = new TreeMap<>();
        if (!Files.isRegularFile(file)) {
            problems.add(Problem.of(PATH, 0, "file", "is missing", "a jbake.properties file at the site root"));
            return map;
        }
        Properties p = new Properties();
        p.load(new StringReader(Files.readString(file, StandardCharsets.UTF_8)));
        p.stringPropertyNames().forEach(k -> map.put(k, p.getProperty(k)));
        return map;
    }

    private void checkSiteSettings(boolean overridden) {
        String host = properties.get(SiteSettings.BASE_URL_KEY);
        if (host == null || !UrlRules.isAbsoluteHttps(host) || !host.endsWith("/")) {
            problems.add(Problem.of(
                    PATH,
                    lineOf(SiteSettings.BASE_URL_KEY),
                    SiteSettings.BASE_URL_KEY,
                    host == null
                            ? "is not set"
                            : "\"" + host + "\"" + (overridden ? " (given with --site-url)" : "")
                                    + " is not an https address ending in /",
                    "the address the site is published at, such as https://user.github.io/repo/"));
        }
        String months = properties.get(SiteSettings.REVIEW_MONTHS_KEY);
        if (months != null && !months.matches("[1-9][0-9]?")) {
            problems.add(Problem.of(
                    PATH,
                    lineOf(SiteSettings.REVIEW_MONTHS_KEY),
                    SiteSettings.REVIEW_MONTHS_KEY,
                    "\"" + months + "\" is not a number of months",
                    "a whole number from 1 to 99"));
        }
    }

    /** A deployed site's canonical links, sitemap and feed must point at an address someone owns. */
    private void checkDeployAddress() {
        String host = properties.get(SiteSettings.BASE_URL_KEY);
        if (host == null || !UrlRules.isAbsoluteHttps(host)) {
            return; // already reported as not an address at all
        }
        String name = URI.create(host).getHost().toLowerCase(Locale.ROOT);
        if (PLACEHOLDER_DOMAINS.stream().anyMatch(d -> name.equals(d) || name.endsWith("." + d))) {
            problems.add(Problem.of(
                    PATH,
                    lineOf(SiteSettings.BASE_URL_KEY),
                    SiteSettings.BASE_URL_KEY,
                    "is still the placeholder " + host + ": a deployed site's canonical links, sitemap and feed"
                            + " would point at a domain nobody owns",
                    "the address the site is published at, given to the bake with --site-url (the Pages"
                            + " workflow passes the repository's Pages address) or set here"));
        }
    }

    private int lineOf(String key) {
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).startsWith(key + "=") || lines.get(i).startsWith(key + " ")) {
                    return i + 1;
                }
            }
        } catch (IOException e) {
            return 0;
        }
        return 0;
    }
}
