package org.hitpath.load;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import org.hitpath.TestSite;
import org.hitpath.schema.Problem;
import org.hitpath.site.Career;
import org.hitpath.site.Figure;
import org.hitpath.site.Glossary;
import org.hitpath.site.Markdown;
import org.hitpath.site.Page;
import org.hitpath.site.Site;
import org.hitpath.site.SiteSettings;

/**
 * A small site built in memory for the unit tests of the loader and the site rules. Pages are read from
 * their text by the loader's own parser and reader, so their values and line numbers are those a real
 * file gives; figures, career data and the glossary are records; the Markdown dialect is the real
 * site's. It lives in this package because the page reader is package-private.
 */
public final class SiteFixture {

    /** Where a page's body starts when its header is {@link #header} with no type fields. */
    public static final int FIRST_BODY_LINE = 7;

    private static final Markdown MARKDOWN = realMarkdown();

    private final Path root;
    private final List<Page> pages = new ArrayList<>();
    private final Map<String, Figure> figures = new TreeMap<>();
    private Career career = Career.EMPTY;
    private Glossary glossary = Glossary.EMPTY;

    private SiteFixture(Path root) {
        this.root = root;
    }

    /** A site with nothing on disk, so no assets. */
    public static SiteFixture site() {
        return new SiteFixture(Path.of("target", "no-such-site"));
    }

    /** A site whose folder is ROOT, where a test may write assets/ files. */
    public static SiteFixture siteIn(Path root) {
        return new SiteFixture(root);
    }

    /**
     * A published page's header: title on line 1, type on 2, status 3, description 4, updated 5, then
     * FIELDS (the type's own, as key=value) from line 6, then the separator.
     */
    public static String header(String type, String title, String... fields) {
        StringBuilder text = new StringBuilder();
        text.append("title=").append(title).append('\n');
        text.append("type=").append(type).append('\n');
        text.append("status=published\n");
        text.append("description=A page for a unit test.\n");
        text.append("updated=2026-01-15\n");
        Arrays.stream(fields).forEach(f -> text.append(f).append('\n'));
        return text.append(HeaderParser.SEPARATOR).append('\n').toString();
    }

    /** The same file as a draft. */
    public static String asDraft(String text) {
        return text.replace("status=published\n", "status=draft\n");
    }

    /** Reads one file as the loader does: the page, or nothing with the reasons in PROBLEMS. */
    public static Optional<Page> read(String path, String text, List<Problem> problems) {
        return HeaderParser.parse(path, text.getBytes(StandardCharsets.UTF_8), problems)
                .flatMap(raw -> PageReader.read(raw, problems));
    }

    /** Problems as the build prints them, one line each, in the order they were found. */
    public static List<String> printed(List<Problem> problems) {
        return problems.stream().map(Problem::toString).toList();
    }

    /** Adds the page at PATH (such as content/courses/alpha.md) with the file's TEXT, which must load cleanly. */
    public SiteFixture page(String path, String text) {
        List<Problem> problems = new ArrayList<>();
        Optional<Page> page = read(path, text, problems);
        if (page.isEmpty()) {
            throw new IllegalArgumentException("the fixture page " + path + " does not load: " + printed(problems));
        }
        pages.add(page.get());
        return this;
    }

    /** Adds a published page of type page with this BODY, which starts on {@link #FIRST_BODY_LINE}. */
    public SiteFixture plainPage(String path, String title, String body) {
        return page(path, header("page", title) + body);
    }

    /** Adds a figure record under KEY, sourced but not checked against its primary source. */
    public SiteFixture figure(String key) {
        figures.put(
                key,
                new Figure(
                        key,
                        "Fixture pay",
                        1000,
                        "USD per year",
                        "$1,000 a year",
                        "May 2024",
                        "Fixture source",
                        "https://fixture.example.org/pay",
                        "secondary",
                        "the fixture primary source",
                        null,
                        null,
                        null));
        return this;
    }

    public SiteFixture career(Career career) {
        this.career = career;
        return this;
    }

    public SiteFixture glossary(Glossary glossary) {
        this.glossary = glossary;
        return this;
    }

    public Site build() {
        return new Site(
                root,
                List.copyOf(pages),
                Map.copyOf(figures),
                MARKDOWN,
                new SiteSettings(Map.of(SiteSettings.BASE_URL_KEY, "https://site.test/")),
                career,
                glossary,
                org.hitpath.site.Leads.EMPTY);
    }

    /** The dialect the real jbake.properties sets, so bodies parse here as they do in a real bake. */
    private static Markdown realMarkdown() {
        Properties settings = new Properties();
        try (Reader in = Files.newBufferedReader(TestSite.PROJECT.resolve(SettingsFile.PATH))) {
            settings.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Problem> problems = new ArrayList<>();
        Markdown markdown = Markdown.fromExtensionNames(
                List.of(settings.getProperty("markdown.extensions").split(",")), SettingsFile.PATH, 0, problems);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("the real Markdown settings do not load: " + printed(problems));
        }
        return markdown;
    }
}
