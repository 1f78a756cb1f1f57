package org.hitpath.jbake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import org.hitpath.TestSite;
import org.jbake.app.ContentStore;
import org.jbake.app.Crawler;
import org.jbake.app.DBUtil;
import org.jbake.app.configuration.DefaultJBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;
import org.jbake.model.DocumentModel;
import org.jbake.model.DocumentTypes;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bake's {@link MemoryContentStore} answers every query JBake's crawler, template engine and model
 * extractors make as stock JBake's OrientDB store does (pinned to one cluster, as where it is the
 * reference: see StockEquivalenceTest): the same documents in the same order, ties included, with the
 * same keys in the same order and the same values. Both stores crawl the stock-equivalence fixture; then
 * both mark every document rendered, as a preview session does, one file changes, and both crawl again.
 */
class MemoryContentStoreTest {

    private static final Path FIXTURE = TestSite.PROJECT.resolve("src/test/resources/fixtures/stock-equivalence");

    @TempDir
    static Path work;

    private static Map<String, Object> orientDbFresh;
    private static Map<String, Object> memoryFresh;
    private static Map<String, Object> orientDbAgain;
    private static Map<String, Object> memoryAgain;

    @BeforeAll
    static void crawlTheFixtureIntoBothStoresTwice() throws IOException {
        Logging.configure();
        Path source = TestSite.overlay(FIXTURE, work.resolve("source"));
        DefaultJBakeConfiguration config = (DefaultJBakeConfiguration) new JBakeConfigurationFactory()
                .createDefaultJbakeConfiguration(
                        source.toFile(), work.resolve("out").toFile(), true);
        JBakeStore.registerDocumentTypes(config);
        MemoryContentStore memory = new MemoryContentStore();
        new Crawler(memory, config).crawl();
        memoryFresh = answers(memory);
        StockEquivalenceTest.withStockOrientDb(() -> {
            ContentStore orientDb = DBUtil.createDataStore(config);
            orientDb.startup();
            try {
                new Crawler(orientDb, config).crawl();
                orientDbFresh = answers(orientDb);
                markEveryDocumentRendered(orientDb);
                markEveryDocumentRendered(memory);
                Path changed = source.resolve("content/blog/2024/post-10.md");
                Files.writeString(changed, Files.readString(changed) + "\nOne more line.\n");
                new Crawler(orientDb, config).crawl();
                new Crawler(memory, config).crawl();
                orientDbAgain = answers(orientDb);
                memoryAgain = answers(memory);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            } finally {
                orientDb.close();
                orientDb.shutdown();
            }
        });
    }

    @Test
    void everyQueryAfterACrawlAnswersAsOrientDbDoes() {
        assertSameAnswers(orientDbFresh, memoryFresh);
    }

    @Test
    void everyQueryAfterMarkingRenderedAndCrawlingAChangedFileAgainAnswersAsOrientDbDoes() {
        assertSameAnswers(orientDbAgain, memoryAgain);
        assertEquals(
                List.of("blog/2024/post-10.html"),
                uris(memoryAgain.get("getUnrenderedContent()")),
                "only the changed file was read again");
    }

    @Test
    void theFixtureHasTiesSoTheTieOrderIsCompared() {
        @SuppressWarnings("unchecked")
        List<List<List<Object>>> posts = (List<List<List<Object>>>) memoryFresh.get("getAllContent(post)");
        List<List<List<Object>>> tiesReversed = new ArrayList<>(posts);
        Collections.reverse(tiesReversed);
        tiesReversed.sort((a, b) -> ((Date) value(b, "date")).compareTo((Date) value(a, "date")));
        assertNotEquals(uris(posts), uris(tiesReversed), "equal dates in the opposite order give another list");
    }

    /** Compares query by query, so a failure names the first query that differs. */
    private static void assertSameAnswers(Map<String, Object> expected, Map<String, Object> actual) {
        assertEquals(expected.keySet(), actual.keySet());
        assertTrue(expected.size() > 40, "queries compared: " + expected.keySet());
        for (String query : expected.keySet()) {
            if (expected.get(query) instanceof List<?>) {
                // The order first, in a message short enough to read; then every key and value.
                assertEquals(uris(expected.get(query)), uris(actual.get(query)), query + ", by URI");
            }
            assertEquals(expected.get(query), actual.get(query), query);
        }
    }

    /** Every query's answer, by the query's name, in a form that compares order, keys and values. */
    private static Map<String, Object> answers(ContentStore store) {
        Map<String, Object> answers = new LinkedHashMap<>();
        for (String type : DocumentTypes.getDocumentTypes()) {
            answers.put("getDocumentCount(" + type + ")", store.getDocumentCount(type));
            answers.put("getPublishedCount(" + type + ")", store.getPublishedCount(type));
            answers.put("getAllContent(" + type + ")", documents(store.getAllContent(type)));
            answers.put("getPublishedContent(" + type + ")", documents(store.getPublishedContent(type)));
        }
        answers.put("getUnrenderedContent()", documents(store.getUnrenderedContent()));
        answers.put("getPublishedPosts()", documents(store.getPublishedPosts()));
        answers.put("getPublishedPages()", documents(store.getPublishedPages()));
        answers.put("getTags()", new TreeSet<>(store.getTags()));
        answers.put("getAllTags()", new TreeSet<>(store.getAllTags()));
        for (String tag : new TreeSet<>(store.getAllTags())) {
            answers.put("getPublishedPostsByTag(" + tag + ")", documents(store.getPublishedPostsByTag(tag)));
            answers.put("getPublishedDocumentsByTag(" + tag + ")", documents(store.getPublishedDocumentsByTag(tag)));
        }
        for (String uri : List.of("about.html", "blog/2024/post-10.html", "docs/faq.html", "no/such.html")) {
            answers.put("getDocumentByUri(" + uri + ")", documents(store.getDocumentByUri(uri)));
            answers.put("getDocumentStatus(" + uri + ")", documents(store.getDocumentStatus(uri)));
        }
        paged(answers, store, "getAllContent(post, paged)", s -> s.getAllContent("post", true));
        paged(answers, store, "getPublishedPosts(paged)", s -> s.getPublishedPosts(true));
        return answers;
    }

    /** A paged query without a start and limit (all of it), with both, and with a page past the end. */
    private static void paged(
            Map<String, Object> answers,
            ContentStore store,
            String name,
            Function<ContentStore, List<DocumentModel>> q) {
        answers.put(name + " unbounded", documents(q.apply(store)));
        for (int[] page : new int[][] {{5, 10}, {35, 10}, {60, 5}}) {
            store.setStart(page[0]);
            store.setLimit(page[1]);
            answers.put(name + " skip " + page[0] + " limit " + page[1], documents(q.apply(store)));
        }
        store.resetPagination();
    }

    private static void markEveryDocumentRendered(ContentStore store) {
        for (String type : DocumentTypes.getDocumentTypes()) {
            store.getAllContent(type).forEach(store::markContentAsRendered);
        }
    }

    /** Each document as its [key, value] pairs in the document's own key order; arrays and lists as lists. */
    private static List<List<List<Object>>> documents(List<DocumentModel> documents) {
        List<List<List<Object>>> result = new ArrayList<>();
        for (DocumentModel document : documents) {
            List<List<Object>> pairs = new ArrayList<>();
            document.forEach((key, value) -> pairs.add(List.of(key, comparable(value))));
            result.add(pairs);
        }
        return result;
    }

    /** OrientDB hands tags back as a String[] while its cache holds the record and as a list after. */
    private static Object comparable(Object value) {
        if (value instanceof Object[] array) {
            return Arrays.asList(array);
        }
        if (value instanceof List<?> list) {
            return new ArrayList<>(list);
        }
        return value == null ? "(null)" : value;
    }

    private static Object value(List<List<Object>> document, String key) {
        return document.stream()
                .filter(pair -> pair.get(0).equals(key))
                .findFirst()
                .map(pair -> pair.get(1))
                .orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static List<Object> uris(Object documents) {
        return ((List<List<List<Object>>>) documents)
                .stream()
                        .map(document -> document.stream()
                                .filter(pair -> pair.get(0).equals("uri"))
                                .findFirst()
                                .map(pair -> pair.get(1))
                                .orElse("(no uri)"))
                        .toList();
    }
}
