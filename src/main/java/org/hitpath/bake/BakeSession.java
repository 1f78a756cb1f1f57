package org.hitpath.bake;

import java.util.concurrent.locks.Lock;
import org.hitpath.jbake.KeptJBake;
import org.hitpath.model.CleanBody;
import org.hitpath.render.SiteRenderer;
import org.hitpath.site.KeptByText;
import org.hitpath.validate.Validator;

/**
 * What the preview keeps from one bake to the next, so that a re-bake after an edit does again only what
 * the edit changed, and still publishes exactly what a bake of the same files into an empty folder
 * publishes (PreviewBakeTest): JBake's store and the parsed templates, each Markdown body as parsed,
 * each body as cleaned, and the two folders the site is written into by turns.
 *
 * <p>Bakes in one session must not overlap; the preview bakes one at a time. They may run on any thread.
 */
public final class BakeSession implements AutoCloseable {

    final KeptJBake jbake = new KeptJBake();
    final Validator.ParsedBodies parsed = new Validator.ParsedBodies();
    final KeptByText<CleanBody> cleaned = SiteRenderer.cleanedBodies();
    final PreviewFolders folders = new PreviewFolders();

    /**
     * Held while reading from the folder the session's bakes publish into: a bake moves its new site into
     * place only while no one holds it, so a reader sees the old site or the new one, whole.
     */
    public Lock reading() {
        return folders.reading();
    }

    /** Lets the kept documents go and deletes the spare folder. */
    @Override
    public void close() {
        jbake.discard();
        folders.close();
    }
}
