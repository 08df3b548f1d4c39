package gongkai.read.html;

import gongkai.read.ReadLimits;
import gongkai.model.Block;
import gongkai.model.ImageRegion;
import gongkai.model.Location;
import gongkai.model.Paragraph;
import gongkai.model.TableGrid;
import gongkai.read.Collected;
import gongkai.read.Texts;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Walks an HTML body in reading order: each block-level element's text becomes a paragraph
 * ({@code <br>} a line break), each data table a grid; layout tables are walked through as containers.
 */
final class HtmlBlocks {
    /** Elements that print nothing a reader of the report would see as its text. */
    private static final Set<String> SKIPPED = Set.of("script", "style", "noscript", "nav", "iframe", "select",
            "option", "button", "input", "textarea", "object", "embed", "svg", "template", "head", "map", "canvas",
            "video", "audio");
    /** Elements that start a new line; table parts count when a layout table is walked through. */
    private static final Set<String> BLOCK = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
            "dl", "dt", "dd", "section", "article", "main", "blockquote", "pre", "center", "address", "form",
            "fieldset", "figure", "figcaption", "hr", "header", "footer", "aside", "caption", "table", "tbody",
            "thead", "tfoot", "tr", "td", "th", "body", "html", "legend", "details", "summary");

    /** Smaller declared images (icons, bullets, spacers) cannot hold a statistical table. */
    private static final int MIN_TABLE_IMAGE_PIXELS = 48;

    private final ReadLimits limits;
    /** The page's folder, against which relative pictures are found (null: none). */
    private final Path folder;
    private final List<Block> blocks = new ArrayList<>();
    private final List<Collected.ImageMark> images = new ArrayList<>();
    private final StringBuilder buf = new StringBuilder();
    private Location bufLocation;

    private HtmlBlocks(ReadLimits limits, Path folder) {
        this.limits = limits;
        this.folder = folder;
    }

    /** The blocks and images of a (chrome-stripped) body. */
    static Collected collect(Element body, ReadLimits limits) {
        return collect(body, limits, null);
    }

    /** The same, each image's picture to be found offline from {@code folder}, the page's folder. */
    static Collected collect(Element body, ReadLimits limits, Path folder) {
        HtmlBlocks walker = new HtmlBlocks(limits, folder);
        walker.walk(body);
        walker.flush();
        return new Collected(walker.blocks, walker.images);
    }

    static boolean isSkipped(Element e) {
        return SKIPPED.contains(e.normalName());
    }

    static boolean isBlock(Element e) {
        return BLOCK.contains(e.normalName());
    }

    private void walk(Element e) {
        for (Node n : e.childNodes()) {
            if (n instanceof TextNode t) {
                text(t);
            } else if (n instanceof Element el && !isSkipped(el)) {
                element(el);
            }
        }
    }

    private void element(Element el) {
        switch (el.normalName()) {
            case "br" -> buf.append('\n');
            case "img" -> image(el);
            case "table" -> table(el);
            default -> {
                if (isBlock(el)) {
                    flush();
                    walk(el);
                    flush();
                } else {
                    walk(el);
                }
            }
        }
    }

    private void table(Element table) {
        flush();
        if (HtmlTables.isLayout(table)) {
            walk(table);
            flush();
        } else {
            // A caption prints above its table; keep it as the paragraph before the grid.
            for (Element caption : table.children()) {
                if (caption.nameIs("caption")) {
                    walk(caption);
                    flush();
                }
            }
            TableGrid grid = HtmlTables.grid(table, limits);
            if (!grid.cells().isEmpty()) {
                blocks.add(grid);
            }
        }
    }

    private void image(Element img) {
        if (isIcon(img)) {
            return;
        }
        flush();
        String what = img.hasAttr("alt") && !img.attr("alt").isBlank() ? img.attr("alt") : img.attr("src");
        String src = img.attr("src");
        Location at = HtmlLines.of(img).withImage(new ImageRegion(HtmlPictures.name(src), null, null));
        images.add(new Collected.ImageMark(blocks.size(), HtmlPictures.name(what), at,
                src.isBlank() ? null : HtmlPictures.of(src, folder)));
    }

    /** Attachment icons, bullets and spacers are no table; a declared size below this marks them. */
    private static boolean isIcon(Element img) {
        return declaredPixels(img, "width") < MIN_TABLE_IMAGE_PIXELS || declaredPixels(img, "height") < MIN_TABLE_IMAGE_PIXELS;
    }

    private static int declaredPixels(Element img, String attr) {
        String v = img.attr(attr).strip().replace("px", "");
        return v.matches("\\d{1,5}") ? Integer.parseInt(v) : Integer.MAX_VALUE;
    }

    private void text(TextNode t) {
        String s = Texts.collapse(t.getWholeText());
        if (bufLocation == null && !s.isBlank()) {
            bufLocation = HtmlLines.of(t);
        }
        buf.append(s);
    }

    private void flush() {
        String text = Texts.clean(buf);
        if (!text.isEmpty()) {
            blocks.add(new Paragraph(text, bufLocation));
        }
        buf.setLength(0);
        bufLocation = null;
    }
}
