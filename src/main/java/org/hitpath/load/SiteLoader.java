package org.hitpath.load;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hitpath.data.DataFiles;
import org.hitpath.schema.Problem;
import org.hitpath.site.Career;
import org.hitpath.site.Glossary;
import org.hitpath.site.Leads;
import org.hitpath.site.Markdown;
import org.hitpath.site.Page;
import org.hitpath.site.Parallel;
import org.hitpath.site.Site;
import org.hitpath.site.SiteSettings;

/**
 * Reads a site folder into a typed {@link Site}: jbake.properties, data/ and every content file, each
 * checked against the schema on its own. Rules that span pages come later (the validate package).
 */
public final class SiteLoader {

    private SiteLoader() {}

    /** What was read, every problem found while reading it, and what had to be left out because of one. */
    public record Loaded(Site site, List<Problem> problems, Broken broken) {}

    private static Site emptySite(Path root) {
        return new Site(
                root,
                List.of(),
                Map.of(),
                Markdown.fromExtensionNames(List.of(), "", 0, new ArrayList<>()),
                new SiteSettings(Map.of()),
                Career.EMPTY,
                Glossary.EMPTY,
                Leads.EMPTY);
    }

    public static Loaded load(Path root) throws IOException {
        return load(root, null, false);
    }

    /**
     * Reads ROOT as a bake to be deployed sees it: SITE_URL, when not null, is the address the site is
     * published at and replaces site.host; DEPLOY refuses an address that is still a placeholder.
     */
    public static Loaded load(Path root, String siteUrl, boolean deploy) throws IOException {
        List<Problem> problems = new ArrayList<>();
        SourceTree.check(root, problems);
        if (!problems.isEmpty()) {
            // Reading on would follow the links: stop with just these problems.
            return new Loaded(emptySite(root), problems, new Broken());
        }
        SettingsFile settings = SettingsFile.read(root, problems, siteUrl, deploy);
        Markdown markdown = settings.markdown();
        // data/ and content/ do not depend on each other: they are read side by side.
        List<Problem> dataProblems = new ArrayList<>();
        List<Problem> contentProblems = new ArrayList<>();
        Broken broken = new Broken();
        Parallel.Both<DataFiles.Loaded, List<Page>> read = Parallel.both(
                () -> DataFiles.load(root, dataProblems), () -> ContentFiles.read(root, contentProblems, broken));
        DataFiles.Loaded data = read.first();
        List<Page> pages = read.second();
        problems.addAll(dataProblems);
        problems.addAll(contentProblems);
        data.brokenFigures().forEach(broken::figure);
        Site site = new Site(
                root,
                List.copyOf(pages),
                Map.copyOf(data.figures()),
                markdown,
                settings.settings(),
                data.career(),
                data.glossary(),
                data.leads());
        return new Loaded(site, problems, broken);
    }
}
