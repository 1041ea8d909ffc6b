package io.odigos.community.web;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * An Atom 1.0 feed (RFC 4287) written with the JDK's XML writer, so every member's text is escaped as XML; an entry's
 * content is its page's HTML, carried as escaped text ({@code type="html"}). Ids are the pages' absolute addresses.
 */
public record AtomFeed(String title, String pageUrl, String feedUrl, List<Entry> entries) {

    /** One item: its page, when it last changed, and what a reader shows. */
    public record Entry(String title, String url, Instant published, Instant updated, SafeHtml content) {
    }

    /** The feed's time: its newest entry's, so the same entries give the same bytes (and ETag). */
    Instant updated() {
        return entries.stream().map(Entry::updated).max(Comparator.naturalOrder()).orElse(Instant.EPOCH);
    }

    public byte[] xml() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("feed");
            xml.writeDefaultNamespace("http://www.w3.org/2005/Atom");
            text(xml, "title", title);
            text(xml, "id", feedUrl);
            text(xml, "updated", time(updated()));
            link(xml, "self", feedUrl, "application/atom+xml");
            link(xml, "alternate", pageUrl, "text/html");
            for (Entry e : entries) {
                xml.writeStartElement("entry");
                text(xml, "title", e.title());
                text(xml, "id", e.url());
                link(xml, "alternate", e.url(), "text/html");
                text(xml, "published", time(e.published()));
                text(xml, "updated", time(e.updated()));
                xml.writeStartElement("content");
                xml.writeAttribute("type", "html");
                xml.writeCharacters(xmlSafe(e.content().toString()));
                xml.writeEndElement();
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("writing a feed to memory cannot fail", e);
        }
        return out.toByteArray();
    }

    private static void text(XMLStreamWriter xml, String element, String value) throws XMLStreamException {
        xml.writeStartElement(element);
        xml.writeCharacters(xmlSafe(value));
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String rel, String href, String type) throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("type", type);
        xml.writeAttribute("href", href);
    }

    private static String time(Instant at) {
        return at.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    /** XML 1.0 has no way to write most control characters, even escaped; a member's text loses them here. */
    private static String xmlSafe(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().filter(c -> c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
                || (c >= 0xE000 && c <= 0xFFFD) || c >= 0x10000).forEach(out::appendCodePoint);
        return out.toString();
    }
}
