package org.hitpath.jbake;

/**
 * What the preview keeps between bakes: the content store JBake's crawler filled. Kept, JBake's crawler
 * re-reads only the files whose content changed (it compares a hash of each file with the one it
 * stored), so a re-bake after one edit costs a fraction of a clean bake.
 *
 * <p>The store is thrown away and built afresh when jbake.properties changes (its Markdown settings
 * shape every stored body) and after a crawl that failed half-way. It is not tied to a thread: the rule
 * that a bake on another thread starts a new store went with OrientDB, which bound a database session
 * to the thread that opened it; {@link MemoryContentStore} is plain collections. Bakes in one session
 * must still not overlap (the store is not synchronised); the preview bakes one at a time.
 */
public final class BakeSession implements AutoCloseable {

    private MemoryContentStore store;
    private String settings;
    private FreemarkerPages templates;
    private String templateSettings;

    /**
     * The templates as Freemarker parsed them for an earlier bake under the same settings, or new ones:
     * parsing every template again was a tenth of a re-bake. Kept templates are read again when any
     * template file changed since (see {@link FreemarkerPages#refresh}).
     */
    FreemarkerPages templates(org.jbake.app.configuration.JBakeConfiguration config) {
        String current = config.getTemplateFolder() + "|" + config.getRenderEncoding() + "|"
                + config.getOutputEncoding() + "|" + config.getFreemarkerTimeZone();
        if (templates == null || !current.equals(templateSettings)) {
            templates = new FreemarkerPages(config);
            templateSettings = current;
        } else {
            templates.refresh();
        }
        return templates;
    }

    /** The kept store if it was filled under the same settings; otherwise none (and the old one is dropped). */
    MemoryContentStore reusable(String currentSettings) {
        if (store != null && !currentSettings.equals(settings)) {
            discard();
        }
        return store;
    }

    void keep(MemoryContentStore started, String currentSettings) {
        store = started;
        settings = currentSettings;
    }

    void discard() {
        store = null;
        settings = null;
        templates = null;
        templateSettings = null;
    }

    /** Lets the kept documents go. */
    @Override
    public void close() {
        discard();
    }
}
