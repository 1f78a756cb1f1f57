package org.hitpath.model;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hitpath.schema.SourceDate;
import org.hitpath.schema.UrlRules;
import org.hitpath.site.Figure;
import org.hitpath.site.Site;
import org.hitpath.site.Source;

/**
 * The numbered source notes of one page. A figure shows its value, a small tag when it is not checked
 * against its primary source, and the number of its note; the note, in the page's Sources list, gives
 * the source, how far it is checked and, for each figure or list it backs, what it is and its date. Figures
 * read from the same source in the same way share one note, so a source is named once per page. Notes are
 * numbered in the order the page asks for them, which is the order a reader meets them.
 */
public final class Notes {

    private final Site site;
    private final Map<SourceKey, Map<String, Object>> byId = new LinkedHashMap<>();

    public Notes(Site site) {
        this.site = site;
    }

    /** The figure of record KEY as a template shows it, with its note number. */
    public Map<String, Object> figure(String key) {
        Figure f = site.figures().get(key);
        Map<String, Object> m = FigureModels.of(f);
        m.put(
                "note",
                note(
                        new SourceKey(f.sourceUrl(), f.check(), f.copyUrl(), f.primarySource()),
                        () -> figureNote(f),
                        f.label(),
                        f.asOf()));
        return m;
    }

    /** The figures of KEYS, in order, each with its note number. */
    public List<Map<String, Object>> figures(List<String> keys) {
        return keys.stream().map(this::figure).toList();
    }

    /** The note number of a sourced list (tasks, job titles, schedules). */
    public int list(String label, Source s) {
        return note(new SourceKey(s.url(), s.check(), null, s.primarySource()), () -> listNote(s), label, s.asOf());
    }

    /** Every note of the page, in number order. */
    public List<Map<String, Object>> all() {
        return new ArrayList<>(byId.values());
    }

    /**
     * Figures share a note only when everything the note says is the same for them. A record, not the
     * four joined: its hash and equality come from the strings' own (cached hashes, the same instances
     * for figures of one record), where a joined key was built, hashed and compared in full each time.
     */
    private record SourceKey(String url, String check, String copyUrl, String primarySource) {}

    /** The number of the note for source ID, made by ENTRY the first time; LABEL and AS_OF join its items once. */
    @SuppressWarnings("unchecked")
    private int note(SourceKey id, java.util.function.Supplier<Map<String, Object>> entry, String label, String asOf) {
        Map<String, Object> n = byId.get(id);
        if (n == null) {
            n = entry.get();
            n.put("number", byId.size() + 1);
            n.put("items", new ArrayList<Map<String, String>>());
            byId.put(id, n);
        }
        List<Map<String, String>> items = (List<Map<String, String>>) n.get("items");
        Map<String, String> item = Map.of(
                "label",
                label,
                "as_of",
                SourceDate.parse(asOf).map(SourceDate::display).orElse(asOf));
        if (!items.contains(item)) {
            items.add(item);
        }
        return (Integer) n.get("number");
    }

    private static Map<String, Object> figureNote(Figure f) {
        Map<String, Object> n = new LinkedHashMap<>();
        n.put("title", f.sourceTitle());
        n.put("url", f.sourceUrl());
        n.put("host", host(f.sourceUrl()));
        n.put("checked", f.checkedAgainstPrimary());
        n.put("check", f.check());
        n.put("primary_source", f.primarySource() == null ? "" : f.primarySource());
        boolean copy = f.copyUrl() != null;
        n.put("copy_host", copy ? UrlRules.copyPlace(f.copyUrl()) : "");
        // An archive is a public copy readers may open; a copy on a test host is only named.
        boolean publicCopy = copy && UrlRules.testHost(f.copyUrl()).isEmpty();
        n.put("copy_url", publicCopy ? f.copyUrl() : "");
        n.put("copy_read", copy ? Labels.date(LocalDate.parse(f.copyRead())) : "");
        return n;
    }

    private static Map<String, Object> listNote(Source s) {
        Map<String, Object> n = new LinkedHashMap<>();
        n.put("title", s.title());
        n.put("url", s.url());
        n.put("host", host(s.url()));
        n.put("checked", s.checkedAgainstPrimary());
        n.put("check", s.check());
        n.put("primary_source", s.primarySource());
        n.put("copy_host", "");
        n.put("copy_url", "");
        n.put("copy_read", "");
        return n;
    }

    private static String host(String url) {
        return URI.create(url).getHost().replaceFirst("^www\\.", "");
    }
}
