package se.insyn.opendata;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import se.insyn.address.Addresses;
import se.insyn.link.Graph;

/**
 * A DCAT-AP-SE catalogue in RDF/XML describing the site's datasets, so that Sweden's data portal
 * (dataportal.se) can harvest them: the catalogue, its publisher, and one dataset with a
 * distribution per file format.
 */
final class Catalogue {
    private static final String RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    private static final String DCAT = "http://www.w3.org/ns/dcat#";
    private static final String DCT = "http://purl.org/dc/terms/";
    private static final String FOAF = "http://xmlns.com/foaf/0.1/";
    private static final String VCARD = "http://www.w3.org/2006/vcard/ns#";
    private static final String SWEDISH = "http://publications.europa.eu/resource/authority/language/SWE";
    private static final String MEDIA_TYPES = "http://www.iana.org/assignments/media-types/";

    private final Graph graph;
    private final Addresses addresses;

    Catalogue(Graph graph, Addresses addresses) {
        this.graph = graph;
        this.addresses = addresses;
    }

    byte[] write() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.setPrefix("rdf", RDF);
            xml.setPrefix("dcat", DCAT);
            xml.setPrefix("dct", DCT);
            xml.setPrefix("foaf", FOAF);
            xml.setPrefix("vcard", VCARD);
            xml.writeStartElement("rdf", "RDF", RDF);
            xml.writeNamespace("rdf", RDF);
            xml.writeNamespace("dcat", DCAT);
            xml.writeNamespace("dct", DCT);
            xml.writeNamespace("foaf", FOAF);
            xml.writeNamespace("vcard", VCARD);
            String site = addresses.absolute(addresses.home());
            String publisher = site + "#utgivare";

            xml.writeStartElement("dcat", "Catalog", DCAT);
            about(xml, addresses.absolute(addresses.catalogue()));
            literal(xml, DCT, "title", graph.site().title());
            literal(xml, DCT, "description", "Granskningar, yttranden och uppföljningar från " + graph.site().municipality() + ".");
            resource(xml, DCT, "publisher", publisher);
            resource(xml, DCT, "language", SWEDISH);
            resource(xml, FOAF, "homepage", site);
            resource(xml, DCAT, "dataset", site + "#dataset");
            xml.writeEndElement();

            xml.writeStartElement("foaf", "Agent", FOAF);
            about(xml, publisher);
            literal(xml, FOAF, "name", graph.site().municipality());
            xml.writeEndElement();

            xml.writeStartElement("dcat", "Dataset", DCAT);
            about(xml, site + "#dataset");
            literal(xml, DCT, "title", "Granskningar, rekommendationer och svar – " + graph.site().municipality());
            literal(xml, DCT, "description", "Kommunrevisionens granskningar med rekommendationer, nämndernas och bolagens yttranden,"
                    + " ståndpunkt och genomförandestatus per rekommendation, och uppföljningar.");
            resource(xml, DCT, "publisher", publisher);
            resource(xml, DCT, "language", SWEDISH);
            resource(xml, DCAT, "landingPage", addresses.absolute(addresses.openData()));
            literal(xml, DCAT, "keyword", "granskning");
            literal(xml, DCAT, "keyword", "revision");
            literal(xml, DCAT, "keyword", "yttrande");
            if (graph.newestDate() != null) {
                xml.writeStartElement("dct", "modified", DCT);
                xml.writeAttribute("rdf", RDF, "datatype", "http://www.w3.org/2001/XMLSchema#date");
                xml.writeCharacters(graph.newestDate().toString());
                xml.writeEndElement();
            }
            xml.writeStartElement("dcat", "contactPoint", DCAT);
            xml.writeStartElement("vcard", "Organization", VCARD);
            literal(xml, VCARD, "fn", graph.site().municipality());
            resource(xml, VCARD, "hasURL", addresses.absolute(addresses.openData()));
            xml.writeEndElement();
            xml.writeEndElement();
            distribution(xml, "Hela datamängden (JSON)", addresses.dataset(), "application/json");
            distribution(xml, "Rekommendationer med status (CSV)", addresses.recommendationsCsv(), "text/csv");
            distribution(xml, "Nyheter (Atom)", addresses.siteFeed(), "application/atom+xml");
            distribution(xml, "Svarsdatum (iCalendar)", addresses.deadlinesCalendar(), "text/calendar");
            xml.writeEndElement();

            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("datakatalogen kunde inte skrivas", e);
        }
        return (out.toString(StandardCharsets.UTF_8) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    private void distribution(XMLStreamWriter xml, String title, String address, String mediaType) throws XMLStreamException {
        xml.writeStartElement("dcat", "distribution", DCAT);
        xml.writeStartElement("dcat", "Distribution", DCAT);
        literal(xml, DCT, "title", title);
        resource(xml, DCAT, "accessURL", addresses.absolute(address));
        resource(xml, DCAT, "downloadURL", addresses.absolute(address));
        resource(xml, DCAT, "mediaType", MEDIA_TYPES + mediaType);
        resource(xml, DCT, "license", "http://creativecommons.org/publicdomain/zero/1.0/");
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private static void about(XMLStreamWriter xml, String uri) throws XMLStreamException {
        xml.writeAttribute("rdf", RDF, "about", uri);
    }

    private static void literal(XMLStreamWriter xml, String namespace, String name, String text) throws XMLStreamException {
        xml.writeStartElement(namespace, name);
        if (!FOAF.equals(namespace) && !VCARD.equals(namespace)) {
            xml.writeAttribute("xml:lang", "sv");
        }
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    private static void resource(XMLStreamWriter xml, String namespace, String name, String uri) throws XMLStreamException {
        xml.writeEmptyElement(namespace, name);
        xml.writeAttribute("rdf", RDF, "resource", uri);
    }
}
