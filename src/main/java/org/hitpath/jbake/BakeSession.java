package org.hitpath.jbake;

import org.jbake.app.ContentStore;

/**
 * What the preview keeps between bakes: JBake's content store. Kept, the store need not be created
 * again, and JBake's crawler re-reads only the files whose content changed (it compares a hash of
 * each file with the one it stored), so a re-bake after one edit costs a fraction of a clean bake.
 *
 * <p>The store is thrown away and built afresh when jbake.properties changes (its Markdown settings
 * shape every stored body), when a bake runs on another thread (OrientDB binds a database to the
 * thread that opened it), and after any failure inside JBake.
 */
public final class BakeSession implements AutoCloseable {

    private ContentStore store;
    private String settings;
    private Thread owner;

    /** The kept store if it was built under the same settings on this thread; otherwise none (and the old one is closed). */
    ContentStore reusable(String currentSettings) {
        if (store != null && (!currentSettings.equals(settings) || owner != Thread.currentThread())) {
            discard();
        }
        return store;
    }

    void keep(ContentStore started, String currentSettings) {
        store = started;
        settings = currentSettings;
        owner = Thread.currentThread();
    }

    void discard() {
        if (store == null) {
            return;
        }
        ContentStore old = store;
        store = null;
        JBakeStore.shutdown(old);
    }

    @Override
    public void close() {
        discard();
    }
}
