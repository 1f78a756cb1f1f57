package org.hitpath.bake;

import org.hitpath.content.ContentType;
import org.hitpath.content.Schema;
import org.jbake.app.ContentStore;
import org.jbake.app.Crawler;
import org.jbake.app.DBUtil;
import org.jbake.app.configuration.DefaultJBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;
import org.jbake.app.configuration.PropertyList;
import org.jbake.model.DocumentTypes;
import org.jbake.template.ModelExtractors;
import org.jbake.template.ModelExtractorsDocumentTypeListener;

import java.nio.file.Path;

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

    private JBakeStore(DefaultJBakeConfiguration config, ContentStore store) {
        this.config = config;
        this.store = store;
    }

    /** Starts OrientDB and crawls SOURCE; STAGING is where pages will be written. */
    static JBakeStore crawl(Path source, Path staging, Phases phases) {
        DefaultJBakeConfiguration config = (DefaultJBakeConfiguration) new JBakeConfigurationFactory()
                .createDefaultJbakeConfiguration(source.toFile(), staging.toFile(), true);
        for (ContentType type : Schema.TYPES) {
            config.setTemplateFileNameForDocType(type.name(), type.template());
        }
        // The preview shows a draft at the address it will be published at, so links to it work; the
        // published build has no drafts at all.
        config.setProperty(PropertyList.DRAFT_SUFFIX.getKey(), "");
        return crawl(config, phases);
    }

    /**
     * Starts OrientDB and crawls CONFIG's content folder, knowing the document types CONFIG has templates
     * for. Data files are not crawled: the site reads {@code data/} itself.
     */
    static JBakeStore crawl(DefaultJBakeConfiguration config, Phases phases) {
        return crawl(config, DBUtil.createDataStore(config), phases);
    }

    /** As {@link #crawl(DefaultJBakeConfiguration, Phases)}, into STORE: a test passes one that counts its queries. */
    static JBakeStore crawl(DefaultJBakeConfiguration config, ContentStore store, Phases phases) {
        registerDocumentTypes(config);
        JBakeStore jbake = new JBakeStore(config, store);
        try {
            jbake.store.startup(); // also creates JBake's schema
            phases.end("store start");
            new Crawler(jbake.store, config).crawl();
            phases.end("crawl");
            return jbake;
        } catch (RuntimeException | Error e) {
            jbake.close();
            throw e;
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

    DefaultJBakeConfiguration config() {
        return config;
    }

    ContentStore store() {
        return store;
    }

    @Override
    public void close() {
        try {
            store.close();
        } finally {
            store.shutdown();
        }
    }
}
