package org.hitpath;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.hitpath.bake.BakeOptions;
import org.hitpath.bake.BakeReport;
import org.hitpath.bake.SiteBaker;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pages stay light for slow phones: a byte budget per page, one stylesheet, nothing else blocking the render. */
class PageWeightTest {

    /**
     * HTML plus the CSS and JavaScript a page loads before a reader acts (images and the on-demand search
     * files excluded). Every page, with no exception: a page that gathers too much is split into linked
     * pages (the credential comparison, the glossary's ranges of letters, the review queue's figures).
     */
    static final int BUDGET = 25 * 1024;

    @Test
    void everyPageStaysWithinItsByteBudget() throws IOException {
        TestSite.Bake bake = TestSite.realSiteBakedOnce();
        List<long[]> sizes = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<String> over = new ArrayList<>();
        for (String path : bake.pages()) {
            long total = weight(bake, path);
            sizes.add(new long[] {total, names.size()});
            names.add(path);
            if (total > BUDGET) {
                over.add(path + ": " + total + " bytes, budget " + BUDGET);
            }
        }
        sizes.sort(Comparator.comparingLong((long[] s) -> s[0]).reversed());
        System.out.println("page weight (HTML + CSS + JS), heaviest first:");
        for (long[] s : sizes.subList(0, Math.min(8, sizes.size()))) {
            System.out.printf("  %6d bytes  %s%n", s[0], names.get((int) s[1]));
        }
        assertEquals(List.of(), over);
        assertTrue(sizes.get(0)[0] > 10_000, "the measurement counts real bytes");
    }

    /** The review queue grows with the date: a year after a batch of reviews, every page of the batch is due at once. */
    @Test
    void editorsPagesStayWithinTheBudgetWhenEveryPageAndSchoolIsOverdue(@TempDir Path work) throws Exception {
        Path out = work.resolve("site");
        BakeReport report = new SiteBaker(
                        BakeOptions.of(TestSite.real(work.resolve("src")), out).asOf(LocalDate.parse("2099-01-01")))
                .bake();
        TestSite.Bake bake = new TestSite.Bake(true, "", "", out);
        long contentPages = bake.pages().stream()
                .filter(p -> Files.exists(TestSite.PROJECT.resolve("content/" + p.replace(".html", ".md"))))
                .count();
        assertEquals(
                contentPages,
                bake.page("editors/pages-past-review.html").select("main li").size(),
                report.reviewSummary());
        List<String> over = new ArrayList<>();
        for (String path :
                bake.pages().stream().filter(p -> p.startsWith("editors/")).toList()) {
            long total = weight(bake, path);
            if (total > BUDGET) {
                over.add(path + ": " + total + " bytes, budget " + BUDGET);
            }
        }
        assertEquals(List.of(), over);
    }

    @Test
    void theOnlyRenderBlockingRequestsAreTheSiteSheetAndAtMostOneComponentSheetAndNoWebFontIsUsed() throws IOException {
        TestSite.Bake bake = TestSite.realSiteBakedOnce();
        for (String path : bake.pages()) {
            Document page = bake.page(path);
            List<String> sheets = page.select("link[rel=stylesheet]").eachAttr("href");
            assertTrue(sheets.size() <= 2, path + " loads " + sheets);
            assertTrue(sheets.get(0).endsWith("css/site.css"), path + " loads " + sheets);
            for (Element script : page.select("script[src]")) {
                assertTrue(
                        script.hasAttr("defer") || script.hasAttr("async"),
                        path + ": " + script.attr("src") + " blocks rendering");
            }
        }
        assertFalse(Files.readString(bake.site().resolve("css/site.css")).contains("@font-face"), "no web fonts");
    }

    static long weight(TestSite.Bake bake, String path) throws IOException {
        Path file = bake.site().resolve(path);
        Document page = bake.page(path);
        long total = Files.size(file);
        for (Element ref : page.select("link[rel=stylesheet][href], script[src]")) {
            String url = ref.hasAttr("src") ? ref.absUrl("src") : ref.absUrl("href");
            total += Files.size(bake.site().resolve(url.substring("https://site.test/".length())));
        }
        return total;
    }
}
