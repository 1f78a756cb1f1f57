package org.hitpath.jbake;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import org.hitpath.schema.ContentType;
import org.hitpath.schema.Schema;
import org.jbake.app.ContentStore;
import org.jbake.app.Crawler;
import org.jbake.app.configuration.DefaultJBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;
import org.jbake.app.configuration.PropertyList;
import org.jbake.model.DocumentModel;
import org.jbake.model.DocumentTypes;
import org.jbake.template.ModelExtractors;
import org.jbake.template.ModelExtractorsDocumentTypeListener;

/**
 * JBake's side of a bake: its configuration, a content store, and its crawler, which reads every content
 * file and renders its Markdown with flexmark. Opened only after our validation has passed, so a site
 * with problems never reaches JBake.
 *
 * <p>The store is ours, in memory ({@link MemoryContentStore}). JBake's own is an OrientDB database,
 * whose start cost about 0.6 s and 2,400 classes of every cold bake, to hold documents we read back once.
 *
 * <p>Measured and rejected (with OrientDB): crawling on a second thread while the main thread validates.
 * On two cores the JIT compiler already keeps the second core busy during a small bake, so the overlap
 * saved nothing (median 2.47 s serial vs 2.46 s parallel, 9 interleaved runs).
 */
public final class JBakeStore {

    private final DefaultJBakeConfiguration config;
    private final MemoryContentStore store;
    private final KeptJBake session;
    private int bodiesParsedAgain;

    private JBakeStore(DefaultJBakeConfiguration config, MemoryContentStore store, KeptJBake session) {
        this.config = config;
        this.store = store;
        this.session = session;
    }

    /**
     * JBake's configuration for baking SOURCE into STAGING: its defaults, jbake.properties, the schema's
     * types and their templates. It reads no content, so a bake can make it while the site is validated.
     */
    public static DefaultJBakeConfiguration configuration(Path source, Path staging) {
        DefaultJBakeConfiguration config = (DefaultJBakeConfiguration) new JBakeConfigurationFactory()
                .createDefaultJbakeConfiguration(source.toFile(), staging.toFile(), true);
        for (ContentType type : Schema.TYPES) {
            config.setTemplateFileNameForDocType(type.name(), type.template());
        }
        // The preview shows a draft at the address it will be published at, so links to it work; the
        // published build has no drafts at all.
        config.setProperty(PropertyList.DRAFT_SUFFIX.getKey(), "");
        return config;
    }

    /**
     * Crawls SOURCE into a new store, or into SESSION's when there is one and it was filled under the same
     * jbake.properties, with CONFIG (see {@link #configuration}). BODY_HTML gives the HTML of a Markdown
     * body the validator has already rendered, or null (see {@link PreparsedBodies}).
     */
    public static JBakeStore crawl(
            DefaultJBakeConfiguration config,
            Path source,
            KeptJBake session,
            Function<String, String> bodyHtml,
            Consumer<String> stepEnded)
            throws IOException {
        if (session == null) {
            JBakeStore[] crawled = new JBakeStore[1];
            PreparsedBodies.Counts counts = PreparsedBodies.during(
                    bodyHtml, () -> crawled[0] = crawl(config, new MemoryContentStore(), stepEnded));
            crawled[0].bodiesParsedAgain = counts.parsed();
            return crawled[0];
        }
        registerDocumentTypes(config);
        String settings = Files.readString(source.resolve("jbake.properties"));
        MemoryContentStore kept = session.reusable(settings);
        MemoryContentStore store = kept != null ? kept : new MemoryContentStore();
        if (kept == null) {
            session.keep(store, settings);
        }
        stepEnded.accept(kept == null ? "store start" : "store kept");
        int bodiesParsedAgain;
        try {
            bodiesParsedAgain = PreparsedBodies.during(bodyHtml, () -> new Crawler(store, config).crawl())
                    .parsed();
        } catch (RuntimeException | Error e) {
            // A crawl that stopped half-way leaves the store matching neither the old files nor the new.
            session.discard();
            throw e;
        }
        stepEnded.accept("crawl");
        JBakeStore crawled = new JBakeStore(config, store, session);
        crawled.bodiesParsedAgain = bodiesParsedAgain;
        return crawled;
    }

    /**
     * Crawls CONFIG's content folder into a new store, knowing the document types CONFIG has templates
     * for. Data files are not crawled: the site reads {@code data/} itself.
     */
    static JBakeStore crawl(DefaultJBakeConfiguration config, Consumer<String> stepEnded) {
        return crawl(config, new MemoryContentStore(), stepEnded);
    }

    /** As {@link #crawl(DefaultJBakeConfiguration, Consumer)}, into STORE: a test passes one that counts its queries. */
    static JBakeStore crawl(DefaultJBakeConfiguration config, MemoryContentStore store, Consumer<String> stepEnded) {
        registerDocumentTypes(config);
        // "store start" is now JBake's configuration and type registration: the store itself costs nothing.
        stepEnded.accept("store start");
        new Crawler(store, config).crawl();
        stepEnded.accept("crawl");
        return new JBakeStore(config, store, null);
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

    /**
     * JBake only crawls files whose type it knows; the schema is the list of types. (JBake keeps the types
     * and the extractors they add in static fields, so each bake registers them afresh.)
     */
    static void registerDocumentTypes(DefaultJBakeConfiguration config) {
        DocumentTypes.resetDocumentTypes();
        ModelExtractors.getInstance().reset();
        DocumentTypes.addListener(new ModelExtractorsDocumentTypeListener());
        for (String type : config.getDocumentTypes()) {
            DocumentTypes.addDocumentType(type);
        }
    }

    /** The templates pages render through: in a session, those parsed for its earlier bakes. */
    public FreemarkerPages templates() throws IOException {
        return session == null ? new FreemarkerPages(config) : session.templates(config);
    }

    /** After the pages are rendered: in a session, drops the kept templates if a template file changed meanwhile. */
    public void templatesRead() throws IOException {
        if (session != null) {
            session.templatesStillRead(config);
        }
    }

    public DefaultJBakeConfiguration config() {
        return config;
    }

    /** How many Markdown bodies JBake's crawler had to parse itself because the validator had not (drafts, say). */
    public int bodiesParsedAgain() {
        return bodiesParsedAgain;
    }

    /** The store JBake's template engine and our renderer read. */
    public ContentStore store() {
        return store;
    }

    /** Whether documents rendered in an earlier bake are still in the store (and must be rendered again). */
    public boolean holdsEarlierBakes() {
        return session != null;
    }
}
