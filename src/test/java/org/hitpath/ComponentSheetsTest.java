package org.hitpath;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * Issue 21, item 5: a component only a few pages use has its rules in a sheet of its own, and a page links
 * exactly the component sheets it needs: one of whose classes its markup uses, or that a script it loads
 * writes. Worked out here from the published sheets and pages, independently of the build's own scan.
 */
class ComponentSheetsTest {

    private static final Pattern CLASS = Pattern.compile("\\.(hit-[a-z0-9_-]+)");
    private static final Pattern SCRIPT_CLASS = Pattern.compile("['\"]\\.?(hit-[a-z0-9_-]+)['\"]");

    /** Each component sheet of the baked site and the classes its rules name. */
    private static Map<String, Set<String>> componentSheets(Path site) throws IOException {
        Map<String, Set<String>> sheets = new TreeMap<>();
        try (Stream<Path> files = Files.list(site.resolve("css"))) {
            for (Path css : files.sorted().toList()) {
                String name = css.getFileName().toString();
                if (!name.equals("site.css")) {
                    Set<String> classes = new TreeSet<>();
                    Matcher m = CLASS.matcher(Files.readString(css));
                    while (m.find()) {
                        classes.add(m.group(1));
                    }
                    sheets.put(name, classes);
                }
            }
        }
        return sheets;
    }

    private static Set<String> classesOf(Document page, Path site) throws IOException {
        Set<String> classes = new TreeSet<>();
        for (Element e : page.select("[class]")) {
            classes.addAll(e.classNames());
        }
        for (Element script : page.select("script[src]")) {
            String src = script.attr("src");
            Matcher m = SCRIPT_CLASS.matcher(
                    Files.readString(site.resolve("js").resolve(src.substring(src.lastIndexOf('/') + 1))));
            while (m.find()) {
                classes.add(m.group(1));
            }
        }
        return classes;
    }

    @Test
    void everyPageLinksSiteCssThenExactlyTheComponentSheetsItsMarkupAndScriptsUse() throws IOException {
        TestSite.Bake bake = TestSite.realSiteBakedOnce();
        Map<String, Set<String>> sheets = componentSheets(bake.site());
        List<String> wrong = new ArrayList<>();
        for (String path : bake.pages()) {
            Document page = bake.page(path);
            Set<String> used = classesOf(page, bake.site());
            List<String> expected = new ArrayList<>(List.of("site.css"));
            sheets.forEach((sheet, classes) -> {
                if (classes.stream().anyMatch(used::contains)) {
                    expected.add(sheet);
                }
            });
            List<String> linked = page.select("head link[rel=stylesheet]").eachAttr("href").stream()
                    .map(href -> href.substring(href.lastIndexOf('/') + 1))
                    .toList();
            if (!linked.equals(expected)) {
                wrong.add(path + ": links " + linked + ", needs " + expected);
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void theComparisonTablesLinkTheTableSheetAndACredentialPageOnlyTheSiteSheet() {
        TestSite.Bake bake = TestSite.realSiteBakedOnce();
        assertEquals(
                List.of("../css/site.css", "../css/tables.css"),
                bake.page("credentials/compare-exams.html")
                        .select("head link[rel=stylesheet]")
                        .eachAttr("href"));
        assertEquals(
                List.of("../css/site.css"),
                bake.page("credentials/rhit.html")
                        .select("head link[rel=stylesheet]")
                        .eachAttr("href"));
        assertEquals(
                List.of("../css/site.css", "../css/programs.css"),
                bake.page("schools/all.html")
                        .select("head link[rel=stylesheet]")
                        .eachAttr("href"));
    }
}
