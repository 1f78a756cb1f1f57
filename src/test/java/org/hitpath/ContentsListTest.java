package org.hitpath;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * Issue 21, item 1: every long page a reader meets opens with a contents list, counted on what the reader
 * reads (the whole of its main content, generated sections included), and linking the sections that follow.
 */
class ContentsListTest {

    /** The line the build draws (render/PageScan): above it a page is long. */
    private static final int LONG = 700;

    private static int words(Element main) {
        String text = main.text().strip();
        return text.isEmpty() ? 0 : text.split("\\s+").length;
    }

    /** The editors' pages are working lists for editors, not pages a reader reads through. */
    private static boolean forReaders(String path) {
        return !path.startsWith("editors/");
    }

    @Test
    void everyLongReaderPageHasAContentsListAndNoShortPageHasOne() {
        TestSite.Bake bake = TestSite.realSiteBakedOnce();
        List<String> wrong = new ArrayList<>();
        int long_ = 0;
        for (String path :
                bake.pages().stream().filter(ContentsListTest::forReaders).toList()) {
            Document page = bake.page(path);
            Element main = page.selectFirst("main");
            Element list = page.selectFirst("main nav[aria-labelledby=on-this-page]");
            // The list's own words are not the page's: count without them.
            int count = words(main) - (list == null ? 0 : words(list));
            if (count > LONG) {
                long_++;
            }
            if ((count > LONG) != (list != null)) {
                wrong.add(path + " (" + count + " words, " + (list == null ? "no" : "a") + " contents list)");
            }
        }
        assertEquals(List.of(), wrong);
        assertTrue(long_ >= 14, "the issue named 14 long pages without a list; " + long_ + " long pages now");
    }

    @Test
    void aContentsListLinksEverySectionAfterItInOrder() {
        TestSite.Bake bake = TestSite.realSiteBakedOnce();
        for (String path : List.of("credentials/rhit.html", "about.html", "schools/college-of-dupage.html")) {
            Document page = bake.page(path);
            Element list = page.selectFirst("main nav[aria-labelledby=on-this-page]");
            List<String> linked = list.select("a").eachAttr("href");
            List<String> sections = new ArrayList<>();
            boolean after = false;
            for (Element h2 : page.select("main h2")) {
                if (h2.parent() == list) {
                    after = true;
                } else if (after && h2.hasAttr("id")) {
                    sections.add("#" + h2.id());
                }
            }
            assertEquals(sections, linked, path);
            assertTrue(linked.size() >= 3, path + " lists its sections");
        }
    }
}
