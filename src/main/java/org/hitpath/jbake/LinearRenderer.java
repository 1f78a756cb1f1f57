package org.hitpath.jbake;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hitpath.site.Parallel;
import org.jbake.app.ContentStore;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;
import org.jbake.model.DocumentTypes;
import org.jbake.model.ModelAttributes;
import org.jbake.template.DelegatingTemplateEngine;
import org.jbake.template.model.TemplateModel;

/**
 * Renders every document JBake's crawler stored, one page each, as JBake 2.7.0's {@code DocumentsRenderer}
 * and {@code Renderer} do, but in time linear in the number of documents.
 *
 * <p>Stock JBake renders each document not yet rendered (after a fresh crawl: all of them, drafts and any
 * other status included) and, for each one, queries every document of its type ({@code order by date
 * desc}) to find its neighbours: {@code nextContent} is the nearest newer document whose status is exactly
 * {@code published}, {@code previousContent} the nearest older one, each cut down to {@code uri},
 * {@code noExtensionUri} and {@code title}. That query per document made a bake quadratic in the size of a
 * type (5,000 pages of one type took about 220 s). Here each type is queried once, with the same query, so
 * the order, ties included, is the store's own, and the neighbours come from one pass each way.
 *
 * <p>What a template sees is pluggable: {@link #stockModels} builds exactly the model stock JBake builds,
 * and the site's bake plugs in its own typed models. A page goes where stock JBake writes it: its URI with
 * the type's output extension, and the draft suffix when its status is {@code draft}.
 *
 * <p>Deliberate differences from stock JBake: a page is rendered into memory first, so a template error
 * writes nothing (stock JBake writes Freemarker's error report into the page); the store's
 * {@code rendered} flags are left alone (stock JBake sets each after rendering, which only a template
 * reading other documents' {@code rendered} field could notice); and neighbours do not depend on garbage
 * collection. Stock JBake finds a document in its type's list with {@code equals}, which stops matching
 * once OrientDB's weakly held record cache has dropped the record (its {@code tags} come back as a list
 * instead of the stored array): every document rendered after such a collection gets no
 * {@code nextContent} and the newest published document of its type as {@code previousContent}. Here a
 * document's place in the list is simply where it is.
 */
public final class LinearRenderer {

    /** What the template sees for one document, whose neighbours are already set; empty leaves the page out. */
    @FunctionalInterface
    public interface Models {
        Optional<? extends Map<String, Object>> forDocument(DocumentModel document);
    }

    /** Writes one page: MODEL through the template named TEMPLATE, into OUT. */
    @FunctionalInterface
    public interface PageEngine {
        void render(Map<String, Object> model, String template, java.io.Writer out) throws Exception;
    }

    /** Where pages go: writes BYTES as the file at PATH (relative, '/' between folders) and says where that is. */
    @FunctionalInterface
    public interface Destination {
        Path write(String path, byte[] bytes) throws IOException;
    }

    /** Files written straight into the folder ROOT. */
    public static Destination folder(Path root) {
        return (path, bytes) -> {
            Path target = root.resolve(path);
            Files.createDirectories(target.getParent());
            Files.write(target, bytes);
            return target;
        };
    }

    /** A document whose template failed; nothing was written for it. */
    public record Failure(DocumentModel document, String template, Exception cause) {}

    /** The pages written and the documents that failed. */
    public record Result(List<Path> written, List<Failure> failures) {}

    private final JBakeConfiguration config;
    private final PageEngine engine;
    private final List<DocumentModel> documents = new ArrayList<>();
    private final Map<String, DocumentModel> byUri = new HashMap<>();

    /** Loads every document waiting to be rendered, one query per document type, and links each to its neighbours. */
    LinearRenderer(ContentStore store, JBakeConfiguration config, DelegatingTemplateEngine engine) {
        this(store, config, stock(engine), false);
    }

    /** Stock JBake's way of writing a page: through its template engine, which expects its own model type. */
    static PageEngine stock(DelegatingTemplateEngine engine) {
        return (model, template, out) -> engine.renderDocument((TemplateModel) model, template, out);
    }

    /**
     * As above; with {@code rerenderAll}, documents already marked rendered are rendered too. A store
     * kept between the preview's bakes holds documents rendered by an earlier bake, and the new site
     * needs every page again.
     */
    public LinearRenderer(ContentStore store, JBakeConfiguration config, PageEngine engine, boolean rerenderAll) {
        this.config = config;
        this.engine = engine;
        for (String type : DocumentTypes.getDocumentTypes()) {
            // A LinkedList from the store: copied so that walking it by index stays linear.
            List<DocumentModel> newestFirst = new ArrayList<>(store.getAllContent(type));
            linkNeighbours(newestFirst);
            for (DocumentModel document : newestFirst) {
                // One document per address: the crawler stores each file under its output URI, which the
                // store keeps unique, so of two files with one address only the one read last is here.
                if (rerenderAll || !document.getRendered()) {
                    documents.add(document);
                    byUri.put(document.getUri(), document);
                }
            }
        }
    }

    /** The model stock JBake's {@code Renderer} builds: the document itself as {@code content}, and the engine as {@code renderer}. */
    static Models stockModels(DelegatingTemplateEngine engine) {
        return document -> {
            TemplateModel model = new TemplateModel();
            model.setContent(document);
            model.setRenderer(engine);
            return Optional.of(model);
        };
    }

    /** Every document waiting to be rendered, by its URI. */
    public Map<String, DocumentModel> byUri() {
        return Collections.unmodifiableMap(byUri);
    }

    /**
     * Renders each document MODELS gives a model for, writing under DESTINATION. Documents are rendered
     * on every core, each page on its own: every page's file is the same whichever thread wrote it, and
     * the written files and failures are listed in the documents' order, so a bake is the same from run
     * to run. MODELS must therefore be safe to call from several threads at once.
     */
    public Result render(Models models, Path destination) throws IOException {
        return render(models, folder(destination));
    }

    /** As above, each page handed to DESTINATION, which may be written to from several threads at once. */
    public Result render(Models models, Destination destination) throws IOException {
        Charset encoding = Charset.forName(config.getRenderEncoding());
        List<Outcome> outcomes =
                Parallel.map(documents, document -> renderOne(models, document, destination, encoding));
        List<Path> written = new ArrayList<>();
        List<Failure> failures = new ArrayList<>();
        for (Outcome outcome : outcomes) {
            if (outcome.written() != null) {
                written.add(outcome.written());
            }
            if (outcome.failure() != null) {
                failures.add(outcome.failure());
            }
        }
        return new Result(written, failures);
    }

    /** What rendering one document did: the file written, a failure, or neither when it was left out. */
    private record Outcome(Path written, Failure failure) {}

    private Outcome renderOne(Models models, DocumentModel document, Destination destination, Charset encoding)
            throws IOException {
        Optional<? extends Map<String, Object>> model = models.forDocument(document);
        if (model.isEmpty()) {
            return new Outcome(null, null);
        }
        String template = config.getTemplateByDocType(document.getType());
        StringWriter page = new StringWriter();
        try {
            engine.render(model.get(), template, page);
        } catch (Exception e) {
            return new Outcome(null, new Failure(document, template, e));
        }
        // String.getBytes replaces a character the encoding lacks with '?', as stock JBake's writer does.
        Path target = destination.write(outputPath(document), page.toString().getBytes(encoding));
        return new Outcome(target, null);
    }

    /** Where stock JBake writes DOCUMENT, relative to the destination folder. */
    String outputPath(DocumentModel document) {
        String uri = document.getUri();
        String path = uri.lastIndexOf('.') > uri.lastIndexOf('/') ? uri.substring(0, uri.lastIndexOf('.')) : uri;
        if (ModelAttributes.Status.DRAFT.equals(document.getStatus())) {
            path += config.getDraftSuffix();
        }
        return path + config.getOutputExtensionByDocType(document.getType());
    }

    /**
     * Sets each document's neighbours as stock JBake chooses them in a type's newest-first list: only
     * documents whose status is exactly {@code published} are neighbours, but every document gets them.
     */
    private static void linkNeighbours(List<DocumentModel> newestFirst) {
        int count = newestFirst.size();
        DocumentModel[] newer = new DocumentModel[count];
        DocumentModel[] older = new DocumentModel[count];
        DocumentModel nearest = null;
        for (int i = 0; i < count; i++) {
            newer[i] = nearest;
            if (isPublished(newestFirst.get(i))) {
                nearest = navigation(newestFirst.get(i));
            }
        }
        nearest = null;
        for (int i = count - 1; i >= 0; i--) {
            older[i] = nearest;
            if (isPublished(newestFirst.get(i))) {
                nearest = navigation(newestFirst.get(i));
            }
        }
        for (int i = 0; i < count; i++) {
            // Previous before next, as stock JBake sets them: the keys' order in the map is what a template listing
            // them sees.
            newestFirst.get(i).setPreviousContent(older[i]);
            newestFirst.get(i).setNextContent(newer[i]);
        }
    }

    private static boolean isPublished(DocumentModel document) {
        return ModelAttributes.Status.PUBLISHED.equals(document.getStatus());
    }

    /** The three fields stock JBake gives a neighbour, each present even when empty. */
    private static DocumentModel navigation(DocumentModel document) {
        DocumentModel link = new DocumentModel();
        link.setNoExtensionUri(document.getNoExtensionUri());
        link.setUri(document.getUri());
        link.setTitle(document.getTitle());
        return link;
    }
}
