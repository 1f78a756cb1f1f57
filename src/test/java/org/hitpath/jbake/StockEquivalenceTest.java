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
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.hitpath.TestSite;
import org.jbake.app.ContentStore;
import org.jbake.app.Crawler;
import org.jbake.app.DBUtil;
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
 * statuses other than published and draft, and nested folders.
 *
 * <p>Stock JBake, the reference, runs on its own OrientDB store (test scope); ours reads the bake's
 * {@link MemoryContentStore}. Stock JBake runs with OrientDB's record cache holding on to records, because
 * otherwise its own neighbours change with garbage collection, and with one cluster per class, because
 * otherwise its order of equal dates changes with the machine's core count (see {@link #withStockOrientDb}).
 */
class StockEquivalenceTest {

    private static final Path FIXTURE = TestSite.PROJECT.resolve("src/test/resources/fixtures/stock-equivalence");
    private static final String STOCK = "stock JBake";
    private static final String OURS = "LinearRenderer";
    // java.util.logging keeps loggers only weakly: a level set on a logger nobody holds is forgotten.
    private static final Logger ORIENT_DB_LOG = Logger.getLogger("com.orientechnologies");

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
        withStockOrientDb(oven::bake);
        assertEquals(List.of(), oven.getErrors(), "stock JBake bakes the fixture without errors");

        JBakeStore jbake = JBakeStore.crawl(configuration(source, work.resolve("ours")), step -> {});
        assertTrue(jbake.store() instanceof MemoryContentStore, "ours reads the bake's own store, not OrientDB");
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
        withStockOrientDb(() -> {
            DefaultJBakeConfiguration config = configuration(work.resolve("source"), work.resolve("unused"));
            JBakeStore.registerDocumentTypes(config);
            ContentStore orientDb = DBUtil.createDataStore(config);
            orientDb.startup();
            try {
                new Crawler(orientDb, config).crawl();
                DocumentModel about = orientDb.getAllContent("page").getLast();
                assertEquals("about.html", about.getUri());
                assertTrue(orientDb.getAllContent("page").contains(about), "found while its record is cached");
                // What a garbage collection does to OrientDB's default cache, which holds records weakly.
                ODatabaseRecordThreadLocal.instance().get().getLocalCache().clear();
                assertFalse(
                        orientDb.getAllContent("page").contains(about),
                        "the same document, read back, no longer equals itself");
            } finally {
                orientDb.close();
                orientDb.shutdown();
            }
        });
    }

    /**
     * Runs ACTION with OrientDB set up so that stock JBake's bake of the fixture is repeatable, on any
     * machine:
     *
     * <ul>
     *   <li>Records are held by soft instead of weak references. Stock JBake finds a document in its type's
     *       list with {@code equals}, which compares {@code tags}: the String[] the crawler stored while
     *       OrientDB's local cache holds the record, a list once the cache has dropped it and the record is
     *       read back. With OrientDB's default weak references, a garbage collection during the bake drops
     *       the records, and each document rendered after it is not found: it gets no {@code nextContent},
     *       and the newest published document of its type as {@code previousContent}. Three stock bakes of
     *       this fixture in one JVM gave three different outputs. With soft references the fixture's few
     *       records stay cached and stock JBake follows its own rule.
     *   <li>Each class has one cluster ({@code class.minimumClusters=1}). OrientDB answers
     *       {@code order by date desc} with equal dates in descending record-id order, and by default it
     *       gives a class one cluster per core and spreads inserts over them round-robin, so the order of
     *       equal-date documents depended on the core count (eight documents of one date came back as
     *       {@code [10, 9, 7, 6, 4, 3, 1, 0]} on 1 core, {@code [9, 7, 3, 1, 10, 6, 4, 0]} on 2 and
     *       {@code [7, 3, 10, 6, 9, 1, 4, 0]} on 4), and with it stock JBake's neighbours in this fixture,
     *       which has dates shared by two and three posts. With one cluster it is reverse insertion order on
     *       any machine, the order {@link MemoryContentStore} gives.
     * </ul>
     */
    static void withStockOrientDb(Runnable action) {
        // OrientDB's start-up chatter (memory sizing, "running as root", the default password of a store
        // nobody can reach) says nothing about the comparison; silenced for the rest of the test JVM, so
        // that nothing OrientDB logs later can land in a bake's log capture.
        ORIENT_DB_LOG.setLevel(Level.OFF);
        String cache = OGlobalConfiguration.CACHE_LOCAL_IMPL.getValueAsString();
        Object clusters = OGlobalConfiguration.CLASS_MINIMUM_CLUSTERS.getValue();
        OGlobalConfiguration.CACHE_LOCAL_IMPL.setValue(ORecordCacheSoftRefs.class.getName());
        OGlobalConfiguration.CLASS_MINIMUM_CLUSTERS.setValue(1);
        try {
            action.run();
        } finally {
            OGlobalConfiguration.CACHE_LOCAL_IMPL.setValue(cache);
            OGlobalConfiguration.CLASS_MINIMUM_CLUSTERS.setValue(clusters);
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
        // The renderer calls this from several threads at once.
        Map<String, List<DocumentModel>> byType = new java.util.concurrent.ConcurrentHashMap<>();
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
