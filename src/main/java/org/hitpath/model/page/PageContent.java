package org.hitpath.model.page;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hitpath.site.Source;

/**
 * What a content page's template sees as {@code content}, as its model builder fills it: plain values,
 * plus the figures and the sourced lists it shows, for its Sources list.
 */
public final class PageContent {

    private final Map<String, Object> values;
    private final List<String> figureKeys = new ArrayList<>();
    private final List<Source> lists = new ArrayList<>();
    private String body;
    private String bodyAfter = "";

    PageContent(Map<String, Object> summary, String body) {
        this.values = new LinkedHashMap<>(summary);
        this.body = body;
    }

    public void put(String key, Object value) {
        values.put(key, value);
    }

    /** Figures the page shows outside its body; the Sources list names where each comes from. */
    public void showsFigures(List<String> keys) {
        figureKeys.addAll(keys);
    }

    /** A sourced list the page shows; the Sources list names it too. */
    public void showsList(Source source) {
        lists.add(source);
    }

    public String body() {
        return body;
    }

    /** Splits the body: the first part stays where the template writes the body, the rest follows the generated part. */
    public void splitBody(int at) {
        bodyAfter = body.substring(at);
        body = body.substring(0, at);
    }

    Map<String, Object> values() {
        return values;
    }

    List<String> figureKeys() {
        return figureKeys;
    }

    List<Source> lists() {
        return lists;
    }

    String bodyAfter() {
        return bodyAfter;
    }
}
