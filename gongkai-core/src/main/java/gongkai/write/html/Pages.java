package gongkai.write.html;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** The frame every page of the site shares: language, charset, title, the site's stylesheet and script. */
final class Pages {
    static final String CSS = "audit.css";
    static final String JS = "audit.js";

    private Pages() {
    }

    static Document shell(String title, Words words) {
        Document doc = Document.createShell("");
        doc.outputSettings().charset(StandardCharsets.UTF_8).prettyPrint(false);
        doc.selectFirst("html").attr("lang", words.htmlLang());
        Element head = doc.head();
        head.appendElement("meta").attr("charset", "utf-8");
        head.appendElement("meta").attr("name", "viewport").attr("content", "width=device-width, initial-scale=1");
        head.appendElement("title").text(title);
        head.appendElement("link").attr("rel", "stylesheet").attr("href", CSS);
        head.appendElement("script").attr("src", JS).attr("defer", "");
        return doc;
    }

    static void write(Document doc, SiteFolder folder, String name) throws IOException {
        try (OutputStream out = folder.open(name)) {
            out.write(("<!DOCTYPE html>\n" + doc.html() + "\n").getBytes(StandardCharsets.UTF_8));
        }
    }

    /** A link to another page of the site. */
    static Element link(Element parent, String href, String text) {
        return parent.appendElement("a").attr("href", href).text(text);
    }

    static String reportPage(String reportId) {
        return "r-" + reportId + ".html";
    }
}
