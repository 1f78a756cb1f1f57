package org.hitpath.jbake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.hitpath.TestSite;
import org.jbake.app.DocumentList;
import org.jbake.app.configuration.DefaultJBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;
import org.jbake.model.DocumentModel;
import org.jbake.model.DocumentTypes;
import org.jbake.template.DelegatingTemplateEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How LinearRenderer reads the store and writes pages, apart from what the stock comparison shows. */
class LinearRendererTest {

    private static final int POSTS = 300;

    @TempDir
    Path work;

    @Test
    void readsEachDocumentTypeOnceHoweverManyDocumentsItHas() throws IOException {
        Path source = site();
        for (int i = 0; i < POSTS; i++) {
            post(source, String.format("post-%03d", i), "2024-01-01");
        }
        CountingStore store = new CountingStore();
        JBakeStore jbake = JBakeStore.crawl(configuration(source), store, step -> {});
        store.documentQueries = 0;
        DelegatingTemplateEngine engine = new DelegatingTemplateEngine(store, jbake.config());
        LinearRenderer renderer = new LinearRenderer(store, jbake.config(), engine);
        LinearRenderer.Result result = renderer.render(LinearRenderer.stockModels(engine), work.resolve("out"));

        assertEquals(POSTS, result.written().size());
        // Stock JBake's DocumentsRenderer would have read every post again for each post: 300 more reads.
        assertEquals(DocumentTypes.getDocumentTypes().length, store.documentQueries, "one read per document type");
    }

    @Test
    void aTemplateErrorWritesNoPageAndNamesTheDocumentAndTemplate() throws IOException {
        Path source = site();
        post(source, "fine", "2024-01-01");
        post(source, "broken", "2024-01-02");
        TestSite.write(
                source.resolve("templates/post.ftl"),
                "${content.title}<#if content.title == \"broken\">${content.missing}</#if>\n");
        JBakeStore jbake = JBakeStore.crawl(configuration(source), step -> {});
        DelegatingTemplateEngine engine = new DelegatingTemplateEngine(jbake.store(), jbake.config());
        LinearRenderer.Result result = new LinearRenderer(jbake.store(), jbake.config(), engine)
                .render(LinearRenderer.stockModels(engine), work.resolve("out"));

        assertEquals(1, result.failures().size());
        assertEquals("blog/broken.html", result.failures().get(0).document().getUri());
        assertEquals("post.ftl", result.failures().get(0).template());
        assertFalse(Files.exists(work.resolve("out/blog/broken.html")), "no half-written page");
        assertEquals("fine\n", Files.readString(work.resolve("out/blog/fine.html"), StandardCharsets.UTF_8));
    }

    @Test
    void aDocumentTheModelsLeaveOutIsNeitherRenderedNorWritten() throws IOException {
        Path source = site();
        post(source, "kept", "2024-01-01");
        post(source, "left-out", "2024-01-02");
        JBakeStore jbake = JBakeStore.crawl(configuration(source), step -> {});
        DelegatingTemplateEngine engine = new DelegatingTemplateEngine(jbake.store(), jbake.config());
        LinearRenderer.Models stock = LinearRenderer.stockModels(engine);
        LinearRenderer.Result result = new LinearRenderer(jbake.store(), jbake.config(), engine)
                .render(
                        document ->
                                document.getUri().contains("left-out") ? Optional.empty() : stock.forDocument(document),
                        work.resolve("out"));

        assertEquals(List.of(work.resolve("out/blog/kept.html")), result.written());
        assertTrue(Files.exists(work.resolve("out/blog/kept.html")));
        assertFalse(Files.exists(work.resolve("out/blog/left-out.html")));
    }

    /** A site whose only template prints the title, so the store is read by nobody but the renderer. */
    private Path site() {
        Path source = work.resolve("source");
        TestSite.write(source.resolve("jbake.properties"), """
                render.index=false
                render.feed=false
                render.archive=false
                render.sitemap=false
                render.tags=false
                """);
        TestSite.write(source.resolve("templates/post.ftl"), "${content.title}\n");
        return source;
    }

    private static void post(Path source, String name, String date) {
        TestSite.write(source.resolve("content/blog/" + name + ".md"), """
                title=%s
                date=%s
                type=post
                status=published
                ~~~~~~

                Body.
                """.formatted(name, date));
    }

    private DefaultJBakeConfiguration configuration(Path source) {
        return (DefaultJBakeConfiguration) new JBakeConfigurationFactory()
                .createDefaultJbakeConfiguration(
                        source.toFile(), work.resolve("out").toFile(), true);
    }

    /** The bake's store, counting every read that returns documents. */
    private static final class CountingStore extends MemoryContentStore {

        int documentQueries;

        @Override
        public DocumentList<DocumentModel> getAllContent(String docType, boolean applyPaging) {
            documentQueries++;
            return super.getAllContent(docType, applyPaging);
        }

        @Override
        public DocumentList<DocumentModel> getPublishedContent(String docType) {
            documentQueries++;
            return super.getPublishedContent(docType);
        }

        @Override
        public DocumentList<DocumentModel> getUnrenderedContent() {
            documentQueries++;
            return super.getUnrenderedContent();
        }

        @Override
        public DocumentList<DocumentModel> getDocumentByUri(String uri) {
            documentQueries++;
            return super.getDocumentByUri(uri);
        }
    }
}
