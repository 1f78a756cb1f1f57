package org.hitpath.model;

import java.util.LinkedHashMap;
import java.util.Map;
import org.hitpath.site.Career;
import org.hitpath.site.Page;

/** Where the career map's pictures are written, beside the page that shows the map, and their sizes. */
public final class CareerMapImages {

    private CareerMapImages() {}

    /** The picture for phones: stages top to bottom. */
    public static String narrow(Page page) {
        return base(page) + ".svg";
    }

    /** The picture for wide screens: stages left to right. */
    public static String wide(Page page) {
        return base(page) + "-wide.svg";
    }

    /** Both pictures, relative to the page, with the sizes an img element gives them. */
    public static Map<String, Object> model(Page page, Career.CareerMap map) {
        CareerMapLayout narrow = CareerMapLayout.narrow(map);
        CareerMapLayout wide = CareerMapLayout.wide(map);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("narrow", file(narrow(page)));
        m.put("wide", file(wide(page)));
        m.put("width", narrow.width());
        m.put("height", narrow.height());
        m.put("wide_width", wide.width());
        m.put("wide_height", wide.height());
        return m;
    }

    private static String base(Page page) {
        return page.outputPath().substring(0, page.outputPath().length() - ".html".length());
    }

    private static String file(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
