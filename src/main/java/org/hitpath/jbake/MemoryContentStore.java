package org.hitpath.jbake;

import java.io.File;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.Date;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.jbake.app.ContentStore;
import org.jbake.app.DocumentList;
import org.jbake.app.FileUtil;
import org.jbake.model.DocumentModel;
import org.jbake.model.DocumentTypes;
import org.jbake.model.ModelAttributes;

/**
 * JBake 2.7.0's content store answered from Java collections instead of an OrientDB database. JBake's
 * crawler, template engine and model extractors take a {@link ContentStore}; this subclass overrides every
 * public method they (and stock JBake's renderers) call, so the superclass's OrientDB fields stay null and
 * no OrientDB class is loaded. (Loading and verifying {@code ContentStore} needs none: only its private
 * members name OrientDB types.) Each query means what its SQL in {@code ContentStore} means;
 * {@code MemoryContentStoreTest} compares every answer with stock JBake's OrientDB store:
 *
 * <ul>
 *   <li>A query returns fresh {@link DocumentModel}s, as {@code DBUtil.documentToModel} does, with the
 *       stored keys in the stored order (a template listing {@code content?keys} sees it) and the stored
 *       values shared. Setting keys on a returned document, as {@link LinearRenderer} does, leaves the
 *       store alone.
 *   <li>{@code order by date desc} gives equal dates in reverse insertion order, a replaced document
 *       counting as inserted last: OrientDB's order when a class has one cluster (see {@link #select}).
 *   <li>{@code tags} stay the parser's {@code String[]}: {@code DocumentModel.getTags()} of any other
 *       type reaches OrientDB's {@code OTrackedList}, which is not on the class path.
 * </ul>
 *
 * <p>The final {@code updateSchema()} needs OrientDB, so stock JBake's {@code Oven} cannot run on this
 * store. The store is bound to no thread (the preview keeps it between bakes: {@link KeptJBake}) and
 * not synchronised: reads may run concurrently while nothing writes; a write (a crawl) overlaps nothing.
 */
class MemoryContentStore extends ContentStore {

    /** Newest first, undated last (a guard: the parser dates every document, by its file's time if need be). */
    private static final Comparator<DocumentModel> NEWEST_FIRST =
            Comparator.comparing(MemoryContentStore::date, Comparator.nullsLast(Comparator.reverseOrder()));

    /** Every document by its source URI (unique, as in OrientDB's index), in insertion order: the tie order. */
    private final Map<String, DocumentModel> documents = new LinkedHashMap<>();

    /** The templates' hash, the one row of stock JBake's {@code Signatures} class; null before the first check. */
    private String templatesSignature;

    MemoryContentStore() {
        // The superclass's constructor only keeps the two names; its startup() would start OrientDB.
        super("memory", "hit-path");
    }

    // No database to start, close or shut down.
    @Override
    public void startup() {}

    @Override
    public void close() {}

    @Override
    public void shutdown() {}

    @Override
    public void drop() {
        documents.clear();
        templatesSignature = null;
    }

    @Override
    public boolean isActive() {
        return true;
    }

    /** Stores a copy, which the crawler's later changes to its own map cannot reach. */
    @Override
    public void addDocument(DocumentModel document) {
        String sourceUri = document.getSourceuri();
        if (documents.containsKey(sourceUri)) { // as OrientDB's unique index; the crawler deletes first
            throw new IllegalStateException("a document with source URI " + sourceUri + " is already stored");
        }
        documents.put(sourceUri, copy(document));
    }

    @Override
    public void deleteContent(String uri) {
        documents.remove(uri);
    }

    @Override
    public void deleteAllByDocType(String docType) {
        documents.values().removeIf(ofType(docType));
    }

    /** {@code update ... set rendered=true where rendered=false and type=? and sourceuri=? and cached=true}. */
    @Override
    public void markContentAsRendered(DocumentModel document) {
        DocumentModel stored = documents.get(document.getSourceuri());
        if (stored != null
                && Boolean.FALSE.equals(stored.get(ModelAttributes.RENDERED))
                && document.getType().equals(stored.get(ModelAttributes.TYPE))
                && Boolean.TRUE.equals(stored.get(ModelAttributes.CACHED))) {
            stored.put(ModelAttributes.RENDERED, true);
        }
    }

    /** Empties the store when NEEDED or when the templates' hash differs from the last one seen (or none was). */
    @Override
    public void updateAndClearCacheIfNeeded(boolean needed, File templateFolder) {
        boolean clear = needed;
        if (!needed) {
            String current;
            try {
                current = FileUtil.sha1(templateFolder);
            } catch (Exception e) {
                current = ""; // as stock JBake: an unreadable folder hashes to ""
            }
            clear = !current.equals(templatesSignature);
            templatesSignature = current;
        }
        if (clear) {
            for (String docType : DocumentTypes.getDocumentTypes()) {
                deleteAllByDocType(docType);
            }
        }
    }

    @Override
    public long getDocumentCount(String docType) {
        return documents.values().stream().filter(ofType(docType)).count();
    }

    /** {@code select sha1,rendered from Documents where sourceuri=?}: those two fields only. */
    @Override
    public DocumentList<DocumentModel> getDocumentStatus(String uri) {
        DocumentList<DocumentModel> result = new DocumentList<>();
        DocumentModel stored = documents.get(uri);
        if (stored != null) {
            DocumentModel status = new DocumentModel();
            status.put(ModelAttributes.SHA1, stored.get(ModelAttributes.SHA1));
            status.put(ModelAttributes.RENDERED, stored.get(ModelAttributes.RENDERED));
            result.add(status);
        }
        return result;
    }

    @Override
    public long getPublishedCount(String docType) {
        return documents.values().stream().filter(published(docType)).count();
    }

    @Override
    public DocumentList<DocumentModel> getDocumentByUri(String uri) {
        DocumentList<DocumentModel> result = new DocumentList<>();
        DocumentModel stored = documents.get(uri);
        if (stored != null) {
            result.add(copy(stored));
        }
        return result;
    }

    @Override
    public DocumentList<DocumentModel> getPublishedPosts() {
        return getPublishedContent("post");
    }

    @Override
    public DocumentList<DocumentModel> getPublishedPosts(boolean applyPaging) {
        return select(published("post"), applyPaging);
    }

    @Override
    public DocumentList<DocumentModel> getPublishedPostsByTag(String tag) {
        return select(published("post").and(tagged(tag)), false);
    }

    /** Type by type, in the order the types were registered, as stock JBake runs one query per type. */
    @Override
    public DocumentList<DocumentModel> getPublishedDocumentsByTag(String tag) {
        DocumentList<DocumentModel> result = new DocumentList<>();
        for (String docType : DocumentTypes.getDocumentTypes()) {
            result.addAll(select(published(docType).and(tagged(tag)), false));
        }
        return result;
    }

    @Override
    public DocumentList<DocumentModel> getPublishedPages() {
        return getPublishedContent("page");
    }

    @Override
    public DocumentList<DocumentModel> getPublishedContent(String docType) {
        return select(published(docType), false);
    }

    @Override
    public DocumentList<DocumentModel> getAllContent(String docType) {
        return getAllContent(docType, false);
    }

    @Override
    public DocumentList<DocumentModel> getAllContent(String docType, boolean applyPaging) {
        return select(ofType(docType), applyPaging);
    }

    @Override
    public DocumentList<DocumentModel> getUnrenderedContent() {
        return select(d -> Boolean.FALSE.equals(d.get(ModelAttributes.RENDERED)), false);
    }

    /** The tags of published posts. */
    @Override
    public Set<String> getTags() {
        return publishedTags("post");
    }

    /** The tags of published documents of every registered type. */
    @Override
    public Set<String> getAllTags() {
        return publishedTags(DocumentTypes.getDocumentTypes());
    }

    private Set<String> publishedTags(String... docTypes) {
        Set<String> tags = new HashSet<>();
        for (String docType : docTypes) {
            documents.values().stream().filter(published(docType)).forEach(d -> Collections.addAll(tags, tags(d)));
        }
        return tags;
    }

    /**
     * The documents WHERE accepts, newest first, cut to the inherited start and limit when APPLY_PAGING
     * and both are set (stock JBake's {@code SKIP}/{@code LIMIT}). Equal dates come in reverse insertion
     * order, as OrientDB gives them from a one-cluster class (descending record ids); with its default of a
     * cluster per core, stock JBake's tie order depends on the machine (see StockEquivalenceTest).
     */
    private DocumentList<DocumentModel> select(Predicate<DocumentModel> where, boolean applyPaging) {
        List<DocumentModel> matches = new ArrayList<>();
        for (DocumentModel document : documents.values()) {
            if (where.test(document)) {
                matches.add(document);
            }
        }
        Collections.reverse(matches);
        matches.sort(NEWEST_FIRST); // a stable sort: ties keep the reversed insertion order
        int from = 0;
        int to = matches.size();
        if (applyPaging && getStart() >= 0 && getLimit() > -1) {
            from = (int) Math.min(getStart(), to);
            to = (int) Math.min(from + getLimit(), to);
        }
        DocumentList<DocumentModel> result = new DocumentList<>();
        for (DocumentModel document : matches.subList(from, to)) {
            result.add(copy(document));
        }
        return result;
    }

    private static Date date(DocumentModel document) {
        return document.get(ModelAttributes.DATE) instanceof Date date ? date : null;
    }

    private static Predicate<DocumentModel> ofType(String docType) {
        return document -> docType.equals(document.get(ModelAttributes.TYPE));
    }

    private static Predicate<DocumentModel> published(String docType) {
        return ofType(docType)
                .and(document -> ModelAttributes.Status.PUBLISHED.equals(document.get(ModelAttributes.STATUS)));
    }

    private static Predicate<DocumentModel> tagged(String tag) {
        return document -> Arrays.asList(tags(document)).contains(tag);
    }

    /** The stored tags, read without {@code DocumentModel.getTags()}, whose conversions name OrientDB types. */
    private static String[] tags(DocumentModel document) {
        return document.get(ModelAttributes.TAGS) instanceof String[] tags ? tags : new String[0];
    }

    /**
     * A fresh model with SOURCE's keys put in SOURCE's iteration order, as {@code DBUtil.documentToModel}
     * fills one from an OrientDB record. {@code new DocumentModel(map)} would not do: the copy constructor
     * may size the hash table differently, and keys sharing a bucket would then iterate in another order.
     */
    private static DocumentModel copy(Map<String, Object> source) {
        DocumentModel copy = new DocumentModel();
        source.forEach(copy::put);
        return copy;
    }
}
