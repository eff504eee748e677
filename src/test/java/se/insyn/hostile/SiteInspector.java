package se.insyn.hostile;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

/**
 * Reads every file of a built site the way its consumer would (a browser, a feed reader, a JSON or
 * CSV parser, a calendar) and lists everything in it that could run, load or redirect: scripts,
 * event handlers, dangerous URL schemes, frames, forms, styles, foreign namespaces, broken syntax.
 * An empty list means nothing hostile survived into the site.
 */
final class SiteInspector {
    /** Elements that a published page may contain: text structure only (script, link and meta are checked apart). */
    private static final Set<String> HARMLESS_ELEMENTS = Set.of("html", "head", "body", "title", "header", "footer", "main",
            "nav", "section", "article", "aside", "div", "p", "span", "a", "ul", "ol", "li", "dl", "dt", "dd", "h1", "h2", "h3",
            "h4", "h5", "h6", "table", "caption", "thead", "tbody", "tfoot", "tr", "th", "td", "col", "colgroup", "strong", "em",
            "b", "i", "u", "s", "strike", "del", "ins", "small", "mark", "abbr", "time", "figure", "figcaption", "hr", "br",
            "blockquote", "q", "cite", "code", "pre", "sub", "sup", "kbd", "samp", "var", "dfn", "details", "summary", "address",
            "bdi", "bdo", "wbr");
    /** Attributes that hold a URL somewhere in some element or SVG/MathML dialect. */
    private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "action", "formaction", "xlink:href", "data",
            "poster", "background", "srcset", "cite", "longdesc", "codebase", "lowsrc", "dynsrc", "ping", "manifest", "icon",
            "profile", "usemap", "archive", "classid", "to", "from", "values", "by");
    /** Of those, the ones that make a browser fetch something: a published page never has them. */
    private static final Set<String> LOADING_ATTRIBUTES = Set.of("src", "data", "poster", "background", "srcset", "codebase",
            "lowsrc", "dynsrc", "manifest", "icon", "archive", "classid", "srcdoc", "formaction", "action", "ping");
    private static final Set<String> SAFE_SCHEMES = Set.of("http", "https", "mailto");
    private static final Pattern SCHEME = Pattern.compile("^([a-z][a-z0-9+.\\-]*):");
    private static final Pattern ATTRIBUTE_NAME = Pattern.compile("[a-z][a-z0-9_\\-]*(:[a-z][a-z0-9_\\-]*)?");
    private static final Set<String> XML_NAMESPACES = Set.of("http://www.w3.org/2005/Atom",
            "http://www.sitemaps.org/schemas/sitemap/0.9", "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
            "http://www.w3.org/ns/dcat#", "http://purl.org/dc/terms/", "http://xmlns.com/foaf/0.1/",
            "http://www.w3.org/2006/vcard/ns#", "http://www.w3.org/ns/adms#", "http://www.w3.org/2000/01/rdf-schema#",
            XMLConstants.XML_NS_URI, XMLConstants.XMLNS_ATTRIBUTE_NS_URI);
    private static final Set<String> ATOM_TEXT_CONSTRUCTS = Set.of("title", "subtitle", "summary", "content", "rights");
    private static final Set<String> CALENDAR_PROPERTIES = Set.of("BEGIN", "END", "VERSION", "PRODID", "CALSCALE", "METHOD",
            "X-WR-CALNAME", "UID", "DTSTAMP", "DTSTART", "DTEND", "SUMMARY", "DESCRIPTION", "URL", "LOCATION", "STATUS",
            "CATEGORIES", "LAST-MODIFIED", "SEQUENCE", "TRANSP", "X-WR-CALDESC", "X-WR-TIMEZONE", "CLASS");
    private static final ObjectMapper JSON = new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    private final Path site;
    private final String baseUrl;
    private final String basePath;
    private final List<String> violations = new ArrayList<>();

    private SiteInspector(Path site, String baseUrl) {
        this.site = site;
        this.baseUrl = baseUrl;
        String path = java.net.URI.create(baseUrl).getPath();
        this.basePath = path == null || path.isEmpty() ? "/" : path;
    }

    /** Every violation in every file below {@code site}, each as {@code file: what}. */
    static List<String> inspect(Path site, String baseUrl) {
        SiteInspector inspector = new SiteInspector(site, baseUrl);
        try (Stream<Path> walk = Files.walk(site)) {
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                inspector.file(site.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return inspector.violations;
    }

    /** The violations of one HTML page. */
    static List<String> inspectPage(String name, String html, String baseUrl) {
        SiteInspector inspector = new SiteInspector(Path.of("."), baseUrl);
        inspector.html(name, html);
        return inspector.violations;
    }

    private void violation(String file, String what) {
        violations.add(file + ": " + what);
    }

    private void file(String name, byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        String fileName = name.substring(name.lastIndexOf('/') + 1);
        if (name.endsWith(".html")) {
            html(name, text);
        } else if (name.endsWith(".json")) {
            json(name, bytes);
        } else if (name.endsWith(".atom") || name.endsWith(".xml") || name.endsWith(".rdf")) {
            xml(name, bytes);
        } else if (name.endsWith(".csv")) {
            csv(name, bytes);
        } else if (name.endsWith(".ics")) {
            calendar(name, text);
        } else if (name.endsWith(".css")) {
            css(name, text);
        } else if (fileName.equals("_redirects") || fileName.equals(".htaccess") || fileName.equals("nginx-redirects.conf")) {
            redirects(name, text);
        } else {
            String lower = text.toLowerCase(Locale.ROOT);
            for (String raw : List.of("<script", "javascript:", "vbscript:", "<iframe", "onerror=", "onload=")) {
                if (lower.contains(raw)) {
                    violation(name, "contains '" + raw + "'");
                }
            }
        }
    }

    // ------------------------------------------------------------------ HTML

    private void html(String name, String text) {
        Document doc = Jsoup.parse(text, baseUrl);
        for (Element element : doc.getAllElements()) {
            if (element == doc) {
                continue;
            }
            String tag = element.normalName();
            switch (tag) {
                case "#root" -> {
                }
                case "script" -> script(name, element);
                case "link" -> link(name, element);
                case "meta" -> meta(name, element);
                default -> {
                    if (!HARMLESS_ELEMENTS.contains(tag)) {
                        violation(name, "element <" + tag + "> " + excerpt(element.outerHtml()));
                    }
                }
            }
            attributes(name, element);
        }
    }

    /** Only JSON-LD may stand in a script element: inert data that parses as JSON, never a src. */
    private void script(String name, Element script) {
        String type = script.attr("type").strip().toLowerCase(Locale.ROOT);
        if (!type.equals("application/ld+json")) {
            violation(name, "script that runs: " + excerpt(script.outerHtml()));
            return;
        }
        if (script.hasAttr("src")) {
            violation(name, "JSON-LD script with src: " + excerpt(script.outerHtml()));
        }
        if (script.parent() == null || !script.parent().normalName().equals("head")) {
            violation(name, "JSON-LD script outside <head>: " + excerpt(script.outerHtml()));
        }
        try {
            JsonNode json = JSON.readTree(script.data());
            if (!json.isObject()) {
                violation(name, "JSON-LD is not a JSON object: " + excerpt(script.data()));
            }
        } catch (IOException e) {
            violation(name, "JSON-LD does not parse as JSON (closed early?): " + excerpt(script.data()));
        }
    }

    private void link(String name, Element link) {
        if (!inHead(link)) {
            violation(name, "<link> outside <head>: " + excerpt(link.outerHtml()));
        }
        String rel = link.attr("rel").strip().toLowerCase(Locale.ROOT);
        String href = link.attr("href");
        switch (rel) {
            case "stylesheet" -> {
                if (!isOwnPath(href)) {
                    violation(name, "stylesheet not from the site itself: " + excerpt(link.outerHtml()));
                }
            }
            case "canonical", "alternate" -> {
                if (!isOwnPath(href) && !href.startsWith(baseUrl)) {
                    violation(name, "link to something outside the site: " + excerpt(link.outerHtml()));
                }
            }
            default -> violation(name, "link rel=" + rel + ": " + excerpt(link.outerHtml()));
        }
    }

    private void meta(String name, Element meta) {
        if (!inHead(meta)) {
            violation(name, "<meta> outside <head>: " + excerpt(meta.outerHtml()));
        }
        if (!meta.hasAttr("http-equiv")) {
            return;
        }
        String equiv = meta.attr("http-equiv").strip().toLowerCase(Locale.ROOT);
        if (equiv.equals("content-security-policy")) {
            return;
        }
        if (equiv.equals("refresh")) {
            Matcher refresh = Pattern.compile("\\d+\\s*;\\s*url=(\\S+)", Pattern.CASE_INSENSITIVE).matcher(meta.attr("content").strip());
            if (refresh.matches() && isOwnPath(refresh.group(1)) && meta.ownerDocument() != null
                    && meta.ownerDocument().select("meta[http-equiv]").stream()
                    .filter(m -> m.attr("http-equiv").equalsIgnoreCase("refresh")).count() == 1) {
                return; // a redirect page of a moved record, to an address of the site itself
            }
        }
        violation(name, "meta http-equiv=" + equiv + ": " + excerpt(meta.outerHtml()));
    }

    private static boolean inHead(Element element) {
        return element.parent() != null && element.parent().normalName().equals("head");
    }

    private void attributes(String name, Element element) {
        for (Attribute attribute : element.attributes()) {
            String key = attribute.getKey().toLowerCase(Locale.ROOT);
            String value = attribute.getValue();
            if (key.startsWith("on")) {
                violation(name, "event handler " + key + " on <" + element.normalName() + ">: " + excerpt(element.outerHtml()));
            } else if (key.equals("style")) {
                violation(name, "style attribute on <" + element.normalName() + ">: " + excerpt(element.outerHtml()));
            } else if (!ATTRIBUTE_NAME.matcher(key).matches()) {
                violation(name, "broken attribute name '" + key + "' (markup broke out of a value?): " + excerpt(element.outerHtml()));
            }
            if (LOADING_ATTRIBUTES.contains(key)) {
                violation(name, "attribute " + key + " that loads or submits: " + excerpt(element.outerHtml()));
            }
            if (URL_ATTRIBUTES.contains(key)) {
                String scheme = scheme(value);
                if (scheme != null && !SAFE_SCHEMES.contains(scheme)) {
                    violation(name, scheme + ": URL in " + key + " of <" + element.normalName() + ">: " + excerpt(element.outerHtml()));
                }
            }
        }
    }

    /** The scheme a browser would see: tabs, line breaks and other controls dropped, case folded. */
    static String scheme(String url) {
        String cleaned = url.replaceAll("[\\x00-\\x20\\x7f]", "").toLowerCase(Locale.ROOT);
        Matcher matcher = SCHEME.matcher(cleaned);
        return matcher.find() ? matcher.group(1) : null;
    }

    /** A path on the site's own host below its base path (not "//host/…", which is another host). */
    boolean isOwnPath(String url) {
        return url.startsWith(basePath) && !url.startsWith("//") && scheme(url) == null;
    }

    // ------------------------------------------------------------------ HTML fragments in JSON

    private void fragment(String name, String field, String html) {
        Document doc = Jsoup.parseBodyFragment(html, baseUrl);
        for (Element element : doc.body().getAllElements()) {
            if (element == doc.body()) {
                continue;
            }
            String tag = element.normalName();
            if (!HARMLESS_ELEMENTS.contains(tag) || Set.of("html", "head", "body", "title").contains(tag)) {
                violation(name, field + ": element <" + tag + "> " + excerpt(element.outerHtml()));
            }
            attributes(name + " " + field, element);
        }
        if (!doc.head().children().isEmpty()) {
            violation(name, field + ": head elements " + excerpt(doc.head().html()));
        }
    }

    // ------------------------------------------------------------------ JSON

    private void json(String name, byte[] bytes) {
        JsonNode root;
        try {
            root = JSON.readTree(bytes);
        } catch (IOException e) {
            violation(name, "does not parse as JSON: " + e.getMessage());
            return;
        }
        Deque<Map.Entry<String, JsonNode>> todo = new ArrayDeque<>();
        todo.add(Map.entry("$", root));
        while (!todo.isEmpty()) {
            Map.Entry<String, JsonNode> entry = todo.poll();
            JsonNode node = entry.getValue();
            if (node.isObject()) {
                for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
                    Map.Entry<String, JsonNode> field = fields.next();
                    String key = field.getKey();
                    JsonNode value = field.getValue();
                    String path = entry.getKey() + "." + key;
                    if (value.isTextual() && key.toLowerCase(Locale.ROOT).endsWith("html")) {
                        fragment(name, path, value.asText());
                    } else if (value.isTextual() && (key.equals("url") || key.endsWith("_url") || key.equals("href"))
                            && !value.asText().isEmpty()) {
                        String scheme = scheme(value.asText());
                        if (!"http".equals(scheme) && !"https".equals(scheme)) {
                            violation(name, path + " is not an http(s) address: " + excerpt(value.asText()));
                        }
                    }
                    todo.add(Map.entry(path, value));
                }
            } else if (node.isArray()) {
                for (int i = 0; i < node.size(); i++) {
                    todo.add(Map.entry(entry.getKey() + "[" + i + "]", node.get(i)));
                }
            }
        }
    }

    // ------------------------------------------------------------------ XML: Atom, sitemap, RDF

    private void xml(String name, byte[] bytes) {
        org.w3c.dom.Document doc;
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(new ErrorHandler() {
                @Override
                public void warning(SAXParseException e) {
                }

                @Override
                public void error(SAXParseException e) throws SAXParseException {
                    throw e;
                }

                @Override
                public void fatalError(SAXParseException e) throws SAXParseException {
                    throw e;
                }
            });
            doc = builder.parse(new ByteArrayInputStream(bytes));
        } catch (Exception e) {
            violation(name, "is not well-formed XML: " + e.getMessage());
            return;
        }
        Deque<Node> todo = new ArrayDeque<>();
        todo.add(doc.getDocumentElement());
        while (!todo.isEmpty()) {
            Node node = todo.poll();
            switch (node.getNodeType()) {
                case Node.PROCESSING_INSTRUCTION_NODE -> violation(name, "processing instruction <?" + node.getNodeName() + "?>");
                case Node.ENTITY_REFERENCE_NODE -> violation(name, "entity reference &" + node.getNodeName() + ";");
                case Node.ELEMENT_NODE -> element(name, (org.w3c.dom.Element) node);
                default -> {
                }
            }
            for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
                todo.add(child);
            }
        }
    }

    private void element(String name, org.w3c.dom.Element element) {
        String namespace = element.getNamespaceURI();
        if (namespace == null || !XML_NAMESPACES.contains(namespace)) {
            violation(name, "element " + element.getTagName() + " in namespace " + namespace);
        }
        if ("http://www.w3.org/2005/Atom".equals(namespace) && ATOM_TEXT_CONSTRUCTS.contains(element.getLocalName())) {
            String type = element.getAttribute("type");
            if (!type.isEmpty() && !type.equals("text")) {
                violation(name, "Atom " + element.getLocalName() + " of type '" + type + "' (a reader renders it as markup)");
            }
        }
        if (Set.of("loc", "id", "uri").contains(element.getLocalName()) && element.getChildNodes().getLength() > 0) {
            httpAddress(name, element.getTagName(), element.getTextContent().strip());
        }
        NamedNodeMap attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Node attribute = attributes.item(i);
            String local = attribute.getLocalName() == null ? attribute.getNodeName() : attribute.getLocalName();
            if (Set.of("href", "resource", "about").contains(local)) {
                String value = attribute.getNodeValue();
                if (!(local.equals("about") && value.startsWith("#"))) {
                    httpAddress(name, element.getTagName() + "@" + attribute.getNodeName(), value);
                }
            }
        }
    }

    private void httpAddress(String name, String where, String value) {
        String scheme = scheme(value);
        if (!"http".equals(scheme) && !"https".equals(scheme) && !"mailto".equals(scheme) && !value.startsWith("tag:")
                && !value.startsWith("urn:")) {
            violation(name, where + " is not an http(s) address: " + excerpt(value));
        }
    }

    // ------------------------------------------------------------------ CSV, calendar, CSS, redirect maps

    private void csv(String name, byte[] bytes) {
        List<List<String>> rows = csvRows(bytes);
        if (rows == null) {
            violation(name, "does not parse as CSV");
            return;
        }
        if (rows.isEmpty()) {
            violation(name, "has no header");
            return;
        }
        int columns = rows.get(0).size();
        for (int i = 1; i < rows.size(); i++) {
            if (rows.get(i).size() != columns) {
                violation(name, "row " + (i + 1) + " has " + rows.get(i).size() + " cells, the header " + columns);
            }
        }
    }

    /** The rows of a CSV file (header first), or null if it does not parse. */
    static List<List<String>> csvRows(byte[] bytes) {
        try {
            CsvMapper mapper = new CsvMapper();
            mapper.enable(CsvParser.Feature.WRAP_AS_ARRAY);
            List<List<String>> rows = new ArrayList<>();
            try (com.fasterxml.jackson.databind.MappingIterator<List<String>> it =
                         mapper.readerForListOf(String.class).readValues(bytes)) {
                while (it.hasNext()) {
                    rows.add(it.next());
                }
            }
            return rows;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private void calendar(String name, String text) {
        if (!text.endsWith("\r\n")) {
            violation(name, "does not end with CRLF");
        }
        String[] physical = text.split("\r\n", -1);
        List<String> logical = new ArrayList<>();
        for (int i = 0; i < physical.length - 1; i++) {
            String line = physical[i];
            if (line.indexOf('\r') >= 0 || line.indexOf('\n') >= 0) {
                violation(name, "bare CR or LF inside a content line (a line break injected?): " + excerpt(line));
            }
            if ((line.startsWith(" ") || line.startsWith("\t")) && !logical.isEmpty()) {
                logical.set(logical.size() - 1, logical.get(logical.size() - 1) + line.substring(1));
            } else {
                logical.add(line);
            }
        }
        Pattern property = Pattern.compile("([A-Z][A-Z0-9-]*)(;[^:]*)?:(.*)", Pattern.DOTALL);
        Deque<String> open = new ArrayDeque<>();
        for (String line : logical) {
            Matcher m = property.matcher(line);
            if (!m.matches()) {
                violation(name, "not a calendar property line: " + excerpt(line));
                continue;
            }
            String key = m.group(1);
            String value = m.group(3);
            if (!CALENDAR_PROPERTIES.contains(key)) {
                violation(name, "unexpected property " + key + ": " + excerpt(line));
            }
            if (key.equals("BEGIN")) {
                if (!Set.of("VCALENDAR", "VEVENT").contains(value) || (value.equals("VEVENT") && !"VCALENDAR".equals(open.peek()))) {
                    violation(name, "unexpected BEGIN:" + value);
                }
                open.push(value);
            } else if (key.equals("END")) {
                if (!value.equals(open.peek())) {
                    violation(name, "END:" + value + " does not close " + open.peek());
                } else {
                    open.pop();
                }
            } else if (key.equals("URL")) {
                httpAddress(name, "URL", value);
            }
        }
        if (!open.isEmpty()) {
            violation(name, "components left open: " + open);
        }
    }

    private void css(String name, String text) {
        Matcher url = Pattern.compile("url\\(\\s*['\"]?([^'\")]*)", Pattern.CASE_INSENSITIVE).matcher(text);
        while (url.find()) {
            String target = url.group(1).strip();
            if (!target.startsWith("#") && !target.startsWith("data:image/") && (scheme(target) != null || target.startsWith("//"))) {
                violation(name, "loads " + target);
            }
        }
        String lower = text.toLowerCase(Locale.ROOT);
        for (String raw : List.of("@import", "expression(", "javascript:", "-moz-binding")) {
            if (lower.contains(raw)) {
                violation(name, "contains " + raw);
            }
        }
        if (Pattern.compile("(^|[\\s;{])behavior\\s*:").matcher(lower).find()) {
            violation(name, "contains behavior:");
        }
    }

    private void redirects(String name, String text) {
        String path = "/[a-z0-9._/\\-]*";
        Pattern line = Pattern.compile("#.*|" + path + " " + path + " 301|Redirect 301 " + path + " " + path
                + "|location = " + path + " \\{ return 301 " + path + "; \\}");
        for (String l : text.split("\n")) {
            if (!l.isEmpty() && !line.matcher(l).matches()) {
                violation(name, "unexpected line: " + excerpt(l));
            }
        }
    }

    static String excerpt(String text) {
        String flat = text.replace("\n", "\\n").replace("\r", "\\r");
        return flat.length() > 200 ? flat.substring(0, 200) + "…" : flat;
    }
}
