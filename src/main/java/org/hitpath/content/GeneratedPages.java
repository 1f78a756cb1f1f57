package org.hitpath.content;

import java.util.ArrayList;
import java.util.List;

/** Plans every generated page from the loaded content, so an index can never list a page that does not exist. */
public final class GeneratedPages {

    private GeneratedPages() {
    }

    public static List<GeneratedPage> plan(Site site, boolean withDrafts) {
        List<GeneratedPage> planned = new ArrayList<>();
        return List.copyOf(planned);
    }
}
