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
 * the source, its date and how far it is checked. Notes are numbered in the order the page asks for them,
 * which is the order a reader meets them; a figure shown twice keeps its number.
 */
public final class Notes {

    private final Site site;
    private final Map<String, Map<String, Object>> byId = new LinkedHashMap<>();

    public Notes(Site site) {
        this.site = site;
    }

    /** The figure of record KEY as a template shows it, with its note number. */
    public Map<String, Object> figure(String key) {
        Figure f = site.figures().get(key);
        Map<String, Object> m = FigureModels.of(f);
        m.put("note", note("figure:" + key, () -> figureNote(f)));
        return m;
    }

    /** The figures of KEYS, in order, each with its note number. */
    public List<Map<String, Object>> figures(List<String> keys) {
        return keys.stream().map(this::figure).toList();
    }

    /** The note number of a sourced list (tasks, job titles, schedules). */
    public int list(String label, Source s) {
        return note("list:" + s.url() + "|" + s.asOf(), () -> listNote(label, s));
    }

    /** Every note of the page, in number order. */
    public List<Map<String, Object>> all() {
        return new ArrayList<>(byId.values());
    }

    private int note(String id, java.util.function.Supplier<Map<String, Object>> entry) {
        Map<String, Object> existing = byId.get(id);
        if (existing != null) {
            return (Integer) existing.get("number");
        }
        Map<String, Object> n = entry.get();
        int number = byId.size() + 1;
        n.put("number", number);
        byId.put(id, n);
        return number;
    }

    private static Map<String, Object> figureNote(Figure f) {
        Map<String, Object> n = new LinkedHashMap<>();
        n.put("label", f.label());
        n.put("as_of", SourceDate.parse(f.asOf()).map(SourceDate::display).orElse(f.asOf()));
        n.put("title", f.sourceTitle());
        n.put("url", f.sourceUrl());
        n.put("host", host(f.sourceUrl()));
        n.put("checked", f.checkedAgainstPrimary());
        n.put("check", f.check());
        n.put("primary_source", f.primarySource() == null ? "" : f.primarySource());
        boolean copy = f.copyUrl() != null;
        n.put("copy_host", copy ? host(f.copyUrl()) : "");
        // An archive is a public copy readers may open; a copy on a test host is only named.
        boolean publicCopy = copy && UrlRules.testHost(f.copyUrl()).isEmpty();
        n.put("copy_url", publicCopy ? f.copyUrl() : "");
        n.put("copy_read", copy ? Labels.date(LocalDate.parse(f.copyRead())) : "");
        return n;
    }

    private static Map<String, Object> listNote(String label, Source s) {
        Map<String, Object> n = new LinkedHashMap<>();
        n.put("label", label);
        n.put("as_of", SourceDate.parse(s.asOf()).map(SourceDate::display).orElse(s.asOf()));
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
