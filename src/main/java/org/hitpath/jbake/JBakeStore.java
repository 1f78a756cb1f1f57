package org.hitpath.jbake;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Set;
import java.util.function.Consumer;
import org.hitpath.schema.ContentType;
import org.hitpath.schema.Schema;
import org.jbake.app.ContentStore;
import org.jbake.app.Crawler;
import org.jbake.app.DBUtil;
import org.jbake.app.configuration.DefaultJBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;
import org.jbake.app.configuration.PropertyList;
import org.jbake.model.DocumentModel;
import org.jbake.model.DocumentTypes;
import org.jbake.template.ModelExtractors;
import org.jbake.template.ModelExtractorsDocumentTypeListener;

/**
 * JBake's side of a bake: its configuration, its OrientDB content store, and its crawler, which reads
 * every content file and renders its Markdown with flexmark. Opened only after our validation has
 * passed, so a site with problems fails before OrientDB starts.
 *
 * <p>Measured and rejected: crawling on a second thread while the main thread validates. On two cores
 * the JIT compiler already keeps the second core busy during a small bake, so the overlap saved
 * nothing (median 2.47 s serial vs 2.46 s parallel, 9 interleaved runs).
 */
public final class JBakeStore implements AutoCloseable {

    private final DefaultJBakeConfiguration config;
    private final ContentStore store;
    private final BakeSession session;

    private JBakeStore(DefaultJBakeConfiguration config, ContentStore store, BakeSession session) {
        this.config = config;
        this.store = store;
        this.session = session;
    }

    /**
     * Starts OrientDB (or takes SESSION's store, when there is one) and crawls SOURCE; STAGING is where
     * pages will be written.
     */
    public static JBakeStore crawl(Path source, Path staging, BakeSession session, Consumer<String> stepEnded)
            throws IOException {
        DefaultJBakeConfiguration config = (DefaultJBakeConfiguration) new JBakeConfigurationFactory()
                .createDefaultJbakeConfiguration(source.toFile(), staging.toFile(), true);
        for (ContentType type : Schema.TYPES) {
            config.setTemplateFileNameForDocType(type.name(), type.template());
        }
        // The preview shows a draft at the address it will be published at, so links to it work; the
        // published build has no drafts at all.
        config.setProperty(PropertyList.DRAFT_SUFFIX.getKey(), "");
        if (session == null) {
            return crawl(config, stepEnded);
        }
        registerDocumentTypes(config);
        String settings = Files.readString(source.resolve("jbake.properties"));
        ContentStore kept = session.reusable(settings);
        JBakeStore jbake = new JBakeStore(config, kept != null ? kept : DBUtil.createDataStore(config), session);
        try {
            if (kept == null) {
                jbake.store.startup(); // also creates JBake's schema
                session.keep(jbake.store, settings);
            }
            stepEnded.accept(kept == null ? "store start" : "store kept");
            new Crawler(jbake.store, config).crawl();
            stepEnded.accept("crawl");
            return jbake;
        } catch (RuntimeException | Error e) {
            session.discard();
            throw e;
        }
    }

    /**
     * Starts OrientDB and crawls CONFIG's content folder, knowing the document types CONFIG has templates
     * for. Data files are not crawled: the site reads {@code data/} itself.
     */
    static JBakeStore crawl(DefaultJBakeConfiguration config, Consumer<String> stepEnded) {
        return crawl(config, DBUtil.createDataStore(config), stepEnded);
    }

    /** As {@link #crawl(DefaultJBakeConfiguration, Consumer)}, into STORE: a test passes one that counts its queries. */
    static JBakeStore crawl(DefaultJBakeConfiguration config, ContentStore store, Consumer<String> stepEnded) {
        registerDocumentTypes(config);
        JBakeStore jbake = new JBakeStore(config, store, null);
        try {
            jbake.store.startup(); // also creates JBake's schema
            stepEnded.accept("store start");
            new Crawler(jbake.store, config).crawl();
            stepEnded.accept("crawl");
            return jbake;
        } catch (RuntimeException | Error e) {
            jbake.close();
            throw e;
        }
    }

    /**
     * After a bake in a session, keeps the store true to the files for the next one: DOCUMENTS (every
     * stored document, as the renderer read them) whose path is not among PAGES (every content file,
     * drafts included) belong to files deleted since the last bake and are removed; the others are
     * marked rendered, as JBake's own renderer marks them, because JBake's crawler re-reads a file whose
     * hash is unchanged unless its document is marked rendered. (So within a session the renderer must
     * take rendered documents too: {@link LinearRenderer}.)
     */
    public void tidyKeptStore(Collection<DocumentModel> documents, Set<String> pages) {
        if (session == null) {
            return;
        }
        for (DocumentModel doc : documents) {
            if (!pages.contains(doc.getUri())) {
                store.deleteContent(doc.getUri());
            } else if (!Boolean.TRUE.equals(doc.getRendered())) {
                store.markContentAsRendered(doc);
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

    public DefaultJBakeConfiguration config() {
        return config;
    }

    public ContentStore store() {
        return store;
    }

    /** Whether documents rendered in an earlier bake are still in the store (and must be rendered again). */
    public boolean kept() {
        return session != null;
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
