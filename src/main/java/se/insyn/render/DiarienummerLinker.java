package se.insyn.render;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import se.insyn.model.Diarienummer;

/**
 * Turns every diarienummer written in a text ("Ert dnr: KRN-2022-00009") into a link to that record
 * when the site has it. Text already inside a link is left alone; an unknown number stays text.
 */
final class DiarienummerLinker {
    private final Function<String, String> addressOf;

    /** @param addressOf the address of a diarienummer's record, or null when the site does not have it */
    DiarienummerLinker(Function<String, String> addressOf) {
        this.addressOf = addressOf;
    }

    String link(String html) {
        if (html.isEmpty() || !namesAKnownRecord(html)) {
            return html;
        }
        Document doc = Jsoup.parseBodyFragment(html);
        doc.outputSettings().prettyPrint(false);
        List<TextNode> texts = new ArrayList<>();
        collect(doc.body(), texts);
        for (TextNode text : texts) {
            replace(text);
        }
        return doc.body().html();
    }

    /**
     * Whether a number the site has stands in the HTML; most texts name none, and parsing is what
     * linking costs. The HTML is Jsoup's own output (MarkdownRenderer): the characters it escapes in
     * text are never capitals, digits or dashes, and the {@code &} and {@code ;} around an escape join
     * no number, so every number in the text is also found in the markup. Numbers in attributes only
     * cost a look-up.
     */
    private boolean namesAKnownRecord(String html) {
        Diarienummer.Finder found = Diarienummer.in(html);
        while (found.find()) {
            if (addressOf.apply(found.group()) != null) {
                return true;
            }
        }
        return false;
    }

    private static void collect(Node node, List<TextNode> into) {
        for (Node child : node.childNodes()) {
            if (child instanceof TextNode text) {
                into.add(text);
            } else if (!(child instanceof Element element && element.tagName().equals("a"))) {
                collect(child, into);
            }
        }
    }

    private void replace(TextNode text) {
        String value = text.getWholeText();
        Diarienummer.Finder found = Diarienummer.in(value);
        List<Node> parts = new ArrayList<>();
        int last = 0;
        while (found.find()) {
            String address = addressOf.apply(found.group());
            if (address == null) {
                continue;
            }
            parts.add(new TextNode(value.substring(last, found.start())));
            parts.add(new Element("a").attr("href", address).text(found.group()));
            last = found.end();
        }
        if (last == 0) {
            return;
        }
        parts.add(new TextNode(value.substring(last)));
        for (Node part : parts) {
            text.before(part);
        }
        text.remove();
    }
}
