package io.inkwell.web.feeds;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A StAX writer that can only produce well-formed XML 1.0 in UTF-8: the writer escapes markup characters,
 * and every text and attribute value passes {@link XmlText#clean} first, since StAX writes forbidden
 * characters as they come. The underlying writer is never handed out.
 */
final class SafeXmlWriter implements AutoCloseable {

    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

    private final XMLStreamWriter xml;

    private SafeXmlWriter(XMLStreamWriter xml) {
        this.xml = xml;
    }

    /** Starts a document whose root element is {@code root} in the default namespace {@code namespace}. */
    static SafeXmlWriter document(OutputStream out, String root, String namespace) throws XMLStreamException {
        SafeXmlWriter writer = new SafeXmlWriter(FACTORY.createXMLStreamWriter(out, StandardCharsets.UTF_8.name()));
        writer.xml.writeStartDocument(StandardCharsets.UTF_8.name(), "1.0");
        writer.xml.writeStartElement(root);
        writer.xml.writeDefaultNamespace(namespace);
        return writer;
    }

    SafeXmlWriter start(String element) throws XMLStreamException {
        xml.writeStartElement(element);
        return this;
    }

    SafeXmlWriter attribute(String name, String value) throws XMLStreamException {
        xml.writeAttribute(name, XmlText.clean(value));
        return this;
    }

    /** A whole element holding only {@code text}. */
    SafeXmlWriter element(String element, String text) throws XMLStreamException {
        xml.writeStartElement(element);
        xml.writeCharacters(XmlText.clean(text));
        xml.writeEndElement();
        return this;
    }

    SafeXmlWriter end() throws XMLStreamException {
        xml.writeEndElement();
        return this;
    }

    /** Ends every open element and the document. */
    @Override
    public void close() throws XMLStreamException {
        xml.writeEndDocument();
        xml.flush();
        xml.close();
    }
}
