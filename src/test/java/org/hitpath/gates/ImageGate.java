package org.hitpath.gates;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.jsoup.nodes.Element;

/**
 * Every image has a text alternative (alt="" marks a decorative one) and width and height attributes,
 * so the browser reserves its space before it loads and the page does not jump. Where the image file
 * can be read (PNG, JPEG, GIF), the attributes must keep its aspect ratio. Image buttons and image-map
 * areas need alt too.
 */
public final class ImageGate extends PageGate {

    /** Images seen in the current run, for the log line. */
    private int images;

    @Override
    public String name() {
        return "images";
    }

    @Override
    protected void start(Path site, List<String> pages) {
        images = 0;
    }

    @Override
    protected List<String> checkPage(Path site, String page) {
        List<String> problems = new ArrayList<>();
        for (Element img : BakedSite.parse(site, page).select("img, input[type=image], area[href]")) {
            images++;
            String what = describe(img);
            if (!img.hasAttr("alt")) {
                problems.add("image without alt: " + what + " (alt=\"\" if it is decorative)");
            }
            if (!img.normalName().equals("img")) {
                continue;
            }
            Integer width = dimension(what, img, "width", problems);
            Integer height = dimension(what, img, "height", problems);
            if (width != null && height != null) {
                checkAspectRatio(site, page, what, img, width, height, problems);
            }
        }
        return problems;
    }

    @Override
    protected List<String> finish(Path site, List<String> pages) {
        System.out.printf("images: %d image(s) on %d page(s)%n", images, pages.size());
        return List.of();
    }

    private static Integer dimension(String what, Element img, String attribute, List<String> problems) {
        if (!img.hasAttr(attribute)) {
            problems.add("image without " + attribute + ": " + what);
            return null;
        }
        String value = img.attr(attribute).strip();
        if (!value.matches("[1-9][0-9]*")) {
            problems.add("image " + attribute + "=\"" + value + "\" is not a whole number of pixels: " + what);
            return null;
        }
        return Integer.valueOf(value);
    }

    private static void checkAspectRatio(
            Path site, String page, String what, Element img, int width, int height, List<String> problems) {
        String src = img.attr("src").strip();
        if (src.isEmpty() || BakedSite.hasSchemeOrHost(src) || src.startsWith("/")) {
            return; // broken, off-site and root-relative sources are the link and security gates' findings
        }
        Path file = site.resolve(page).getParent() == null
                ? site.resolve(src)
                : site.resolve(page).getParent().resolve(src);
        file = file.normalize();
        if (!file.startsWith(site) || !Files.isRegularFile(file)) {
            return;
        }
        BufferedImage image;
        try {
            image = ImageIO.read(file.toFile());
        } catch (IOException e) {
            problems.add("image " + src + " cannot be read: " + e.getMessage());
            return;
        }
        if (image == null) {
            return; // a format ImageIO cannot read (WebP, SVG): its ratio is not checked
        }
        double declared = (double) width / height;
        double actual = (double) image.getWidth() / image.getHeight();
        if (Math.abs(declared - actual) / actual > 0.02) {
            problems.add(String.format(
                    "image width and height (%dx%d) distort %s, which is %dx%d: %s",
                    width, height, src, image.getWidth(), image.getHeight(), what));
        }
    }

    private static String describe(Element img) {
        String attribute = img.normalName().equals("area") ? "href" : "src";
        return "<" + img.normalName() + " " + attribute + "=\"" + img.attr(attribute) + "\">";
    }
}
