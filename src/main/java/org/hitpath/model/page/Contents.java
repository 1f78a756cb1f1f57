package org.hitpath.model.page;

import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** The contents list of a long page: a link to each of its sections, so a reader can jump to what they came for. */
final class Contents {

    /** Pages longer than this many words get a contents list (GOV.UK and NHS.UK draw the line about here). */
    static final int LONG_PAGE_WORDS = 700;

    private Contents() {}

    /** Each ## section of BODY_HTML as an id and a title, when the body is long; otherwise none. */
    static List<Map<String, Object>> of(String bodyHtml) {
        Document body = Jsoup.parseBodyFragment(bodyHtml);
        String text = body.text().strip();
        int words = text.isEmpty() ? 0 : text.split("\\s+").length;
        if (words <= LONG_PAGE_WORDS) {
            return List.of();
        }
        return body.select("h2[id]").stream()
                .map(h -> Map.<String, Object>of("id", h.id(), "title", h.text()))
                .toList();
    }
}
