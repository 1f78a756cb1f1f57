package org.hitpath.validate;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.hitpath.site.Page;
import org.hitpath.site.Site;
import org.jsoup.Jsoup;

/**
 * The ids each page will have, worked out only for pages that some link points into with a #fragment:
 * rendering every body just in case would double the Markdown work of a large site.
 */
final class PageIds {

    private final Map<String, Page> byOutput = new HashMap<>();
    private final Map<String, Set<String>> cache = new ConcurrentHashMap<>();
    private final Site site;

    PageIds(Site site) {
        this.site = site;
        site.pages().forEach(p -> byOutput.put(p.outputPath(), p));
    }

    /** The output path of every content page, drafts included. */
    Set<String> pages() {
        return byOutput.keySet();
    }

    Set<String> of(String outputPath) {
        return cache.computeIfAbsent(outputPath, k -> {
            Set<String> found = new HashSet<>(Set.of("main-content"));
            Jsoup.parseBodyFragment(site.markdown().html(byOutput.get(k).body()))
                    .select("[id]")
                    .forEach(e -> found.add(e.id()));
            return found;
        });
    }
}
