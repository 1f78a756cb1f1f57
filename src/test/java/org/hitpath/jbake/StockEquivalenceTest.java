package org.hitpath.jbake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.orientechnologies.orient.core.cache.ORecordCacheSoftRefs;
import com.orientechnologies.orient.core.config.OGlobalConfiguration;
import com.orientechnologies.orient.core.db.ODatabaseRecordThreadLocal;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.hitpath.TestSite;
import org.jbake.app.ContentStore;
import org.jbake.app.Oven;
import org.jbake.app.configuration.DefaultJBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;
import org.jbake.model.DocumentModel;
import org.jbake.model.ModelAttributes;
import org.jbake.template.DelegatingTemplateEngine;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 7: the bake renders content pages with {@link LinearRenderer}, not with JBake's quadratic
 * {@code DocumentsRenderer}. Given the model stock JBake builds, it must write exactly the pages stock
 * JBake 2.7.0 writes for the same site: the same files with the same bytes. The fixture has three document
 * types, forty posts (neighbours across a long list), drafts at both ends and in the middle, equal dates,
 * statuses other than published and draft, and nested folders. Stock JBake runs with OrientDB's record
 * cache holding on to records, because otherwise its own neighbours change with garbage collection (see
 * {@link #withOrientDbKeepingItsRecords}).
 */
class StockEquivalenceTest {

    private static final Path FIXTURE = TestSite.PROJECT.resolve("src/test/resources/fixtures/stock-equivalence");
    private static final String STOCK = "stock JBake";
    private static final String OURS = "LinearRenderer";

    @TempDir
    static Path work;

    private static Path stock;
    private static LinearRenderer.Result ours;

    /** Our renderer's output with neighbours chosen some other way, by what was changed. */
    private static final Map<String, Path> altered = new HashMap<>();

    @BeforeAll
    static void bakeTheFixtureWithStockJBakeAndWithOurRenderer() throws IOException {
        Logging.configure();
        Path source = TestSite.overlay(FIXTURE, work.resolve("source"));
        stock = work.resolve("stock");
        Oven oven = new Oven(configuration(source, stock));
        withOrientDbKeepingItsRecords(oven::bake);
        assertEquals(List.of(), oven.getErrors(), "stock JBake bakes the fixture without errors");

        try (JBakeStore jbake = JBakeStore.crawl(configuration(source, work.resolve("ours")), step -> {})) {
            DelegatingTemplateEngine engine = new DelegatingTemplateEngine(jbake.store(), jbake.config());
            LinearRenderer renderer = new LinearRenderer(jbake.store(), jbake.config(), engine);
            ours = renderer.render(LinearRenderer.stockModels(engine), work.resolve("ours"));

            Predicate<DocumentModel> published = d -> ModelAttributes.Status.PUBLISHED.equals(d.getStatus());
            UnaryOperator<List<DocumentModel>> storeOrder = UnaryOperator.identity();
            render(renderer, "swapped", swappedNeighbours(engine));
            render(renderer, "rule", neighboursFoundOneByOne(jbake.store(), engine, storeOrder, published));
            render(renderer, "drafts counted", neighboursFoundOneByOne(jbake.store(), engine, storeOrder, d -> true));
            render(
                    renderer,
                    "ties reversed",
                    neighboursFoundOneByOne(jbake.store(), engine, StockEquivalenceTest::tiesReversed, published));
        }
    }

    @Test
    void writesEveryDocumentPageByteForByteAsStockJBakeDoes() {
        assertEquals(List.of(), ours.failures());
        Optional<String> difference = OutputComparison.firstDifference(STOCK, stock, OURS, work.resolve("ours"));
        assertTrue(difference.isEmpty(), difference::toString);
    }

    @Test
    void theFixtureHasEveryCaseTheComparisonNeeds() {
        List<String> pages = files(stock);
        assertEquals(49, pages.size(), "40 posts, 4 pages and 5 notes: " + pages);
        assertEquals(40, pages.stream().filter(p -> p.startsWith("blog/")).count(), "one type with a long list");
        assertTrue(
                pages.containsAll(List.of(
                        "blog/2024/post-01-draft.html",
                        "blog/2024/post-21-draft.html",
                        "blog/2025/post-39-draft.html",
                        "docs/roadmap-draft.html",
                        "notes/unfinished-draft.html")),
                "drafts: " + pages);
        assertTrue(
                pages.containsAll(List.of(
                        "blog/scheduled/post-40.html",
                        "docs/guide/setup.html",
                        "notes/archive/2022/first-note.html",
                        "docs/faq.html")),
                "nested folders and HTML content: " + pages);
        long withBothNeighbours = pages.stream()
                .map(StockEquivalenceTest::page)
                .filter(p -> p.selectFirst("nav a[rel=prev]") != null && p.selectFirst("nav a[rel=next]") != null)
                .count();
        assertEquals(
                40,
                withBothNeighbours,
                "all but the oldest and newest of each type link both ways, so a wrong neighbour shows");
    }

    @Test
    void theComparisonNamesTheFirstDifferingFileAndLineWhenNeighboursAreSwapped() {
        assertEquals(Optional.of("""
                        about.html differs first at line 9:
                          stock JBake:    (empty line)
                          LinearRenderer: <a rel="prev" href="docs/faq.html">Older: Questions</a>"""), OutputComparison.firstDifference(STOCK, stock, OURS, altered.get("swapped")));
    }

    @Test
    void theComparisonNamesAFileOnlyOneSideWrote() throws IOException {
        Path fewer = TestSite.overlay(stock, work.resolve("one page fewer"));
        Files.delete(fewer.resolve("notes/kept.html"));
        assertEquals(
                Optional.of("notes/kept.html is in stock JBake's output but not in the copy's"),
                OutputComparison.firstDifference(STOCK, stock, "the copy", fewer));
    }

    @Test
    void neighboursFoundOneDocumentAtATimeByStockJBakesRuleMatchStockJBake() {
        // The baseline for the two tests below: the same slow search, changed in one respect each.
        Optional<String> difference = OutputComparison.firstDifference(STOCK, stock, OURS, altered.get("rule"));
        assertTrue(difference.isEmpty(), difference::toString);
    }

    @Test
    void neighboursThatCountDraftsDoNotMatchStockJBake() {
        assertTrue(OutputComparison.firstDifference(STOCK, stock, OURS, altered.get("drafts counted"))
                .isPresent());
    }

    @Test
    void neighboursInReversedTieOrderDoNotMatchStockJBake() {
        assertTrue(OutputComparison.firstDifference(STOCK, stock, OURS, altered.get("ties reversed"))
                .isPresent());
    }

    @Test
    void stockJBakeNoLongerFindsADocumentInItsTypesListOnceOrientDbDropsTheCachedRecord() {
        withOrientDbKeepingItsRecords(() -> {
            try (JBakeStore jbake =
                    JBakeStore.crawl(configuration(work.resolve("source"), work.resolve("unused")), step -> {})) {
                DocumentModel about = jbake.store().getAllContent("page").getLast();
                assertEquals("about.html", about.getUri());
                assertTrue(jbake.store().getAllContent("page").contains(about), "found while its record is cached");
                // What a garbage collection does to OrientDB's default cache, which holds records weakly.
                ODatabaseRecordThreadLocal.instance().get().getLocalCache().clear();
                assertFalse(
                        jbake.store().getAllContent("page").contains(about),
                        "the same document, read back, no longer equals itself");
            }
        });
    }

    /**
     * Runs ACTION with OrientDB holding records by soft instead of weak references, so that the stock bake
     * is repeatable. Stock JBake finds a document in its type's list with {@code equals}, which compares
     * {@code tags}: the String[] the crawler stored while OrientDB's local cache holds the record, a list
     * once the cache has dropped it and the record is read back. With OrientDB's default weak references,
     * a garbage collection during the bake drops the records, and each document rendered after it is not
     * found: it gets no {@code nextContent}, and the newest published document of its type as
     * {@code previousContent}. Three stock bakes of this fixture in one JVM gave three different outputs.
     * With soft references the fixture's few records stay cached and stock JBake follows its own rule.
     */
    private static void withOrientDbKeepingItsRecords(Runnable action) {
        String cache = OGlobalConfiguration.CACHE_LOCAL_IMPL.getValueAsString();
        OGlobalConfiguration.CACHE_LOCAL_IMPL.setValue(ORecordCacheSoftRefs.class.getName());
        try {
            action.run();
        } finally {
            OGlobalConfiguration.CACHE_LOCAL_IMPL.setValue(cache);
        }
    }

    private static DefaultJBakeConfiguration configuration(Path source, Path destination) {
        return (DefaultJBakeConfiguration) new JBakeConfigurationFactory()
                .createDefaultJbakeConfiguration(source.toFile(), destination.toFile(), true);
    }

    private static void render(LinearRenderer renderer, String name, LinearRenderer.Models models) throws IOException {
        Path destination = work.resolve(name);
        assertEquals(List.of(), renderer.render(models, destination).failures(), name);
        altered.put(name, destination);
    }

    /** The stock model, with each page's older and newer neighbour exchanged. */
    private static LinearRenderer.Models swappedNeighbours(DelegatingTemplateEngine engine) {
        return document -> {
            // A copy keeps the shared document intact and its keys in the same order.
            DocumentModel swapped = (DocumentModel) document.clone();
            swapped.setPreviousContent((DocumentModel) document.get(ModelAttributes.NEXT_CONTENT));
            swapped.setNextContent((DocumentModel) document.get(ModelAttributes.PREVIOUS_CONTENT));
            return LinearRenderer.stockModels(engine).forDocument(swapped);
        };
    }

    /**
     * The stock model with neighbours searched for the way stock JBake does, one document at a time: in
     * its type's list put in ORDER, the nearest document each way that COUNTS.
     */
    private static LinearRenderer.Models neighboursFoundOneByOne(
            ContentStore store,
            DelegatingTemplateEngine engine,
            UnaryOperator<List<DocumentModel>> order,
            Predicate<DocumentModel> counts) {
        Map<String, List<DocumentModel>> byType = new HashMap<>();
        return document -> {
            List<DocumentModel> list = byType.computeIfAbsent(
                    document.getType(), type -> order.apply(new ArrayList<>(store.getAllContent(type))));
            int at = indexOf(list, document.getUri());
            DocumentModel copy = (DocumentModel) document.clone();
            copy.setPreviousContent(nearest(list, at, +1, counts));
            copy.setNextContent(nearest(list, at, -1, counts));
            return LinearRenderer.stockModels(engine).forDocument(copy);
        };
    }

    private static int indexOf(List<DocumentModel> list, String uri) {
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).getUri().equals(uri)) {
                return i;
            }
        }
        throw new IllegalStateException(uri + " is not in its type's list");
    }

    private static DocumentModel nearest(
            List<DocumentModel> list, int from, int step, Predicate<DocumentModel> counts) {
        for (int i = from + step; i >= 0 && i < list.size(); i += step) {
            if (counts.test(list.get(i))) {
                DocumentModel link = new DocumentModel();
                link.setNoExtensionUri(list.get(i).getNoExtensionUri());
                link.setUri(list.get(i).getUri());
                link.setTitle(list.get(i).getTitle());
                return link;
            }
        }
        return null;
    }

    /** Newest first still, but documents with equal dates in the opposite order to the store's. */
    private static List<DocumentModel> tiesReversed(List<DocumentModel> newestFirst) {
        List<DocumentModel> list = new ArrayList<>(newestFirst);
        Collections.reverse(list);
        list.sort(Comparator.comparing(DocumentModel::getDate).reversed());
        return list;
    }

    private static List<String> files(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile)
                    .map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Document page(String path) {
        try {
            return Jsoup.parse(stock.resolve(path).toFile(), "UTF-8");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
