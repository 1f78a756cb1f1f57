package org.hitpath.bake;

import org.hitpath.content.ContentType;
import org.hitpath.content.Schema;
import org.jbake.app.ContentStore;
import org.jbake.app.Crawler;
import org.jbake.app.DBUtil;
import org.jbake.app.configuration.DefaultJBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;
import org.jbake.model.DocumentModel;
import org.jbake.model.DocumentTypes;
import org.jbake.template.ModelExtractors;
import org.jbake.template.ModelExtractorsDocumentTypeListener;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.HashMap;
import java.util.Map;

/**
 * JBake's side of a bake: its configuration, its OrientDB content store, and its crawler, which reads
 * every content file and renders its Markdown with flexmark. Opened only after our validation has
 * passed, so a site with problems fails before OrientDB starts.
 *
 * <p>Measured and rejected: crawling on a second thread while the main thread validates. On two cores
 * the JIT compiler already keeps the second core busy during a small bake, so the overlap saved
 * nothing (median 2.47 s serial vs 2.46 s parallel, 9 interleaved runs).
 */
final class JBakeStore implements AutoCloseable {

    private final DefaultJBakeConfiguration config;
    private final ContentStore store;
    private final BakeSession session;
    private final Map<String, DocumentModel> byUri = new HashMap<>();

    private JBakeStore(DefaultJBakeConfiguration config, ContentStore store, BakeSession session) {
        this.config = config;
        this.store = store;
        this.session = session;
    }

    /**
     * Starts OrientDB (or takes the session's store) and crawls SOURCE; STAGING is where pages will be
     * written. PAGES are the output paths of every content file, drafts included: a stored document
     * for any other path belongs to a file deleted since the last bake and is removed.
     */
    static JBakeStore crawl(Path source, Path staging, Set<String> pages, BakeSession session, Phases phases) throws IOException {
        DefaultJBakeConfiguration config = (DefaultJBakeConfiguration) new JBakeConfigurationFactory()
                .createDefaultJbakeConfiguration(source.toFile(), staging.toFile(), true);
        for (ContentType type : Schema.TYPES) {
            config.setTemplateFileNameForDocType(type.name(), type.template());
        }
        registerDocumentTypes(config);
        String settings = Files.readString(source.resolve("jbake.properties"));
        ContentStore kept = session == null ? null : session.reusable(settings);
        JBakeStore jbake = new JBakeStore(config, kept != null ? kept : DBUtil.createDataStore(config), session);
        try {
            if (kept == null) {
                jbake.store.startup(); // also creates JBake's schema
                if (session != null) {
                    session.keep(jbake.store, settings);
                }
            }
            phases.end(kept == null ? "store start" : "store kept");
            new Crawler(jbake.store, config).crawl();
            jbake.collect(pages);
            phases.end("crawl");
            return jbake;
        } catch (RuntimeException | Error e) {
            if (session != null) {
                session.discard();
            }
            jbake.close();
            throw e;
        }
    }

    /**
     * Reads every stored document once, by output path. In a session it also tidies the kept store:
     * a document whose file was deleted since the last bake is removed, and new documents are marked
     * rendered, as JBake's own renderer would mark them, because JBake's crawler re-reads a file whose
     * hash is unchanged unless its document is marked rendered.
     */
    private void collect(Set<String> pages) {
        for (ContentType type : Schema.TYPES) {
            for (DocumentModel doc : store.getAllContent(type.name())) {
                if (session != null && !pages.contains(doc.getUri())) {
                    store.deleteContent(doc.getUri());
                    continue;
                }
                if (session != null && !Boolean.TRUE.equals(doc.getRendered())) {
                    store.markContentAsRendered(doc);
                }
                byUri.put(doc.getUri(), doc);
            }
        }
    }

    /** JBake only crawls files whose type it knows; the schema is the list of types. */
    private static void registerDocumentTypes(DefaultJBakeConfiguration config) {
        DocumentTypes.resetDocumentTypes();
        ModelExtractors.getInstance().reset();
        DocumentTypes.addListener(new ModelExtractorsDocumentTypeListener());
        for (String type : config.getDocumentTypes()) {
            DocumentTypes.addDocumentType(type);
        }
    }

    /** Every crawled document by its output path. */
    Map<String, DocumentModel> documentsByUri() {
        return byUri;
    }

    DefaultJBakeConfiguration config() {
        return config;
    }

    ContentStore store() {
        return store;
    }

    /** A session keeps its store open for the next bake; a one-off store is shut down. */
    @Override
    public void close() {
        if (session == null) {
            shutdown(store);
        }
    }

    static void shutdown(ContentStore store) {
        try {
            store.close();
        } finally {
            store.shutdown();
        }
    }
}
