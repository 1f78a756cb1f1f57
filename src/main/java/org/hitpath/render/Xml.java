package org.hitpath.render;

import java.io.StringWriter;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** Small XML documents (the sitemap, the feed) written with the JDK's streaming writer, so every value is escaped. */
final class Xml {

    interface Body {
        void write(XMLStreamWriter w) throws XMLStreamException;
    }

    private Xml() {}

    static String document(Body body) {
        StringWriter text = new StringWriter();
        try {
            XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(text);
            w.writeStartDocument("UTF-8", "1.0");
            text.write("\n");
            body.write(w);
            w.writeEndDocument();
            w.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return text + "\n";
    }

    static void element(XMLStreamWriter w, String name, String value) throws XMLStreamException {
        w.writeStartElement(name);
        w.writeCharacters(value);
        w.writeEndElement();
    }

    static void link(XMLStreamWriter w, String rel, String href, String type) throws XMLStreamException {
        w.writeEmptyElement("link");
        w.writeAttribute("rel", rel);
        w.writeAttribute("type", type);
        w.writeAttribute("href", href);
    }
}
