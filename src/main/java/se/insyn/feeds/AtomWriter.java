package se.insyn.feeds;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** Writes an Atom feed (RFC 4287) with every element the RFC requires of a feed and its entries. */
final class AtomWriter {
    private static final String ATOM = "http://www.w3.org/2005/Atom";

    /**
     * @param selfUrl the feed's own absolute address, also its id
     * @param pageUrl the page the feed belongs to
     * @param fallbackUpdated the feed's date when it has no entries (the newest date in the content)
     */
    byte[] write(String title, String selfUrl, String pageUrl, String author, List<FeedEntry> entries, LocalDate fallbackUpdated) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.setDefaultNamespace(ATOM);
            xml.writeStartElement(ATOM, "feed");
            xml.writeDefaultNamespace(ATOM);
            xml.writeAttribute("xml:lang", "sv");
            element(xml, "id", selfUrl);
            element(xml, "title", title);
            LocalDate updated = entries.isEmpty() ? fallbackUpdated : entries.get(0).updated();
            element(xml, "updated", timestamp(updated));
            link(xml, "self", selfUrl, "application/atom+xml");
            link(xml, "alternate", pageUrl, "text/html");
            xml.writeStartElement("author");
            element(xml, "name", author);
            xml.writeEndElement();
            element(xml, "generator", "Insyn");
            for (FeedEntry entry : entries) {
                xml.writeStartElement("entry");
                element(xml, "id", entry.id());
                element(xml, "title", entry.title());
                element(xml, "updated", timestamp(entry.updated()));
                link(xml, "alternate", entry.url(), "text/html");
                xml.writeStartElement("author");
                element(xml, "name", entry.author());
                xml.writeEndElement();
                if (entry.summary() != null && !entry.summary().isBlank()) {
                    element(xml, "summary", entry.summary());
                }
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Atom-flödet kunde inte skrivas", e);
        }
        return out.toString(StandardCharsets.UTF_8).concat("\n").getBytes(StandardCharsets.UTF_8);
    }

    static String timestamp(LocalDate date) {
        return (date == null ? LocalDate.EPOCH : date) + "T00:00:00Z";
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String rel, String href, String type) throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("href", href);
        xml.writeAttribute("type", type);
    }
}
