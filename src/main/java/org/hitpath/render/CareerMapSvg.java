package org.hitpath.render;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.hitpath.model.CareerMapLayout;

/**
 * Draws the career map as an SVG file from its layout: boxes for roles, arrows for moves, headings for
 * stages. The file carries its own light and dark colours, so it follows the reader's colour scheme
 * wherever it is shown; the page keeps the same map as a nested list beside it.
 */
final class CareerMapSvg {

    /** Light colours, then dark ones for readers who prefer a dark scheme; the site's palette. */
    private static final String STYLE = "text{font:12px system-ui,sans-serif;fill:#1b1f23}"
            + ".s{font-weight:700;font-size:13px}"
            + ".b{fill:#f3f5f7;stroke:#0d4d45;stroke-width:1.5}"
            + ".a{fill:none;stroke:#4a5561;stroke-width:1.2;marker-end:url(#h)}"
            + "#h path{fill:#4a5561}"
            + "@media (prefers-color-scheme:dark){text{fill:#e8eaed}.b{fill:#1e2226;stroke:#8cc4ff}"
            + ".a{stroke:#b4bcc4}#h path{fill:#b4bcc4}}";

    private CareerMapSvg() {}

    /** The picture of LAYOUT, titled TITLE, as the text of an SVG file. */
    static String svg(CareerMapLayout layout, String title) {
        return Xml.document(w -> svg(w, layout, title));
    }

    private static void svg(XMLStreamWriter w, CareerMapLayout layout, String title) throws XMLStreamException {
        w.writeStartElement("svg");
        w.writeDefaultNamespace("http://www.w3.org/2000/svg");
        w.writeAttribute("viewBox", "0 0 " + layout.width() + " " + layout.height());
        w.writeAttribute("width", String.valueOf(layout.width()));
        w.writeAttribute("height", String.valueOf(layout.height()));
        w.writeAttribute("role", "img");
        Xml.element(w, "title", title);
        Xml.element(w, "style", STYLE);
        w.writeStartElement("defs");
        // Heads 6 stroke widths (7.2px) across: ports stand 12px apart, so neighbouring heads keep a gap.
        w.writeStartElement("marker");
        for (String[] a : new String[][] {
            {"id", "h"},
            {"viewBox", "0 0 8 8"},
            {"refX", "7"},
            {"refY", "4"},
            {"markerWidth", "6"},
            {"markerHeight", "6"},
            {"orient", "auto"}
        }) {
            w.writeAttribute(a[0], a[1]);
        }
        w.writeEmptyElement("path");
        w.writeAttribute("d", "M0,0L8,4L0,8z");
        w.writeEndElement();
        w.writeEndElement();
        for (CareerMapLayout.Arrow a : layout.arrows()) {
            w.writeEmptyElement("path");
            w.writeAttribute("class", "a");
            w.writeAttribute("d", a.d());
        }
        for (CareerMapLayout.Box b : layout.boxes()) {
            box(w, b);
        }
        for (CareerMapLayout.Label l : layout.labels()) {
            text(w, "s", l.x(), l.y(), l.text());
        }
        w.writeEndElement();
    }

    private static void box(XMLStreamWriter w, CareerMapLayout.Box b) throws XMLStreamException {
        w.writeEmptyElement("rect");
        w.writeAttribute("class", "b");
        w.writeAttribute("x", String.valueOf(b.x()));
        w.writeAttribute("y", String.valueOf(b.y()));
        w.writeAttribute("width", String.valueOf(b.w()));
        w.writeAttribute("height", String.valueOf(b.h()));
        w.writeAttribute("rx", "4");
        // The lines sit in the middle of a box that is taller for its ports than for its text.
        int first = b.y() + (b.h() - b.lines().size() * 15) / 2 + 12;
        for (int i = 0; i < b.lines().size(); i++) {
            text(w, null, b.x() + 8, first + i * 15, b.lines().get(i));
        }
    }

    private static void text(XMLStreamWriter w, String cls, int x, int y, String text) throws XMLStreamException {
        w.writeStartElement("text");
        if (cls != null) {
            w.writeAttribute("class", cls);
        }
        w.writeAttribute("x", String.valueOf(x));
        w.writeAttribute("y", String.valueOf(y));
        w.writeCharacters(text);
        w.writeEndElement();
    }
}
