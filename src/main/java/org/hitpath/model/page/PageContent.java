package org.hitpath.model.page;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.hitpath.model.CleanBody;
import org.hitpath.model.Notes;
import org.hitpath.site.Source;

/**
 * What a content page's template sees as {@code content}, as its model builder fills it: plain values,
 * plus the figures and the sourced lists it shows, for its Sources list.
 */
public final class PageContent {

    private final Map<String, Object> values;
    private final Notes notes;
    private final Supplier<CleanBody> cleanBody;
    private CleanBody cleaned;
    private String body;
    private String bodyAfter = "";

    /** CLEAN_BODY gives the page's body when first asked, so figures shown above it are numbered first. */
    PageContent(Map<String, Object> summary, Notes notes, Supplier<CleanBody> cleanBody) {
        this.values = new LinkedHashMap<>(summary);
        this.notes = notes;
        this.cleanBody = cleanBody;
    }

    public void put(String key, Object value) {
        values.put(key, value);
    }

    /** A figure the page shows outside its body, numbered in its Sources list. */
    public Map<String, Object> figure(String key) {
        return notes.figure(key);
    }

    public List<Map<String, Object>> figures(List<String> keys) {
        return notes.figures(keys);
    }

    /** The note number of a sourced list the page shows. */
    public int list(String label, Source source) {
        return notes.list(label, source);
    }

    public String body() {
        if (body == null) {
            body = cleaned().html();
        }
        return body;
    }

    /** The whole body, cleaned, with what search reads of it. */
    CleanBody cleaned() {
        if (cleaned == null) {
            cleaned = cleanBody.get();
        }
        return cleaned;
    }

    /** Splits the body: the first part stays where the template writes the body, the rest follows the generated part. */
    public void splitBody(int at) {
        String whole = body();
        bodyAfter = whole.substring(at);
        body = whole.substring(0, at);
    }

    Map<String, Object> values() {
        return values;
    }

    Notes notes() {
        return notes;
    }

    String bodyAfter() {
        return bodyAfter;
    }
}
