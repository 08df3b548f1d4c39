package gongkai.write.html;

import gongkai.write.Mark;
import gongkai.model.BoundingBox;
import gongkai.model.Cell;
import gongkai.model.Finding;
import gongkai.model.PageImage;
import gongkai.model.Report;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Element;

/**
 * The source beside the tables: each page picture with an SVG layer holding one box per cell read from it
 * ({@code data-cell}); boxes of cells that findings name are drawn in their mark's colour, the others appear
 * when their table cell is selected.
 */
final class PageFigures {
    private final Words words;

    PageFigures(Words words) {
        this.words = words;
    }

    void append(Element parent, Report report, List<PageImage> images, List<String> imageNames) {
        parent.appendElement("h2").text(words.get("source"));
        if (images.isEmpty()) {
            parent.appendElement("p").addClass("no-images").text(words.get("noImages"));
            return;
        }
        for (int i = 0; i < images.size(); i++) {
            figure(parent, report, images.get(i), imageNames.get(i));
        }
    }

    private void figure(Element parent, Report report, PageImage image, String name) {
        int width = (int) Math.round(image.region().width() * image.pixelsPerPoint());
        int height = (int) Math.round(image.region().height() * image.pixelsPerPoint());
        Element figure = parent.appendElement("figure").addClass("page").attr("data-page", String.valueOf(image.page()));
        Element frame = figure.appendElement("div").addClass("frame");
        frame.appendElement("img").attr("src", name).attr("width", String.valueOf(width))
                .attr("height", String.valueOf(height)).attr("alt", words.get("page") + " " + image.page());
        Element svg = frame.appendElement("svg").attr("viewBox", "0 0 " + width + " " + height)
                .attr("preserveAspectRatio", "none").attr("aria-hidden", "true");
        for (Cell cell : report.cells()) {
            BoundingBox box = cell.location().bbox();
            if (box != null && Integer.valueOf(image.page()).equals(cell.location().page()) && inside(box, image.region())) {
                rect(svg, cell, box, image, findingsOf(report, cell.id()));
            }
        }
        figure.appendElement("figcaption").text(words.get("page") + " " + image.page());
    }

    private static void rect(Element svg, Cell cell, BoundingBox box, PageImage image, List<Finding> findings) {
        double scale = image.pixelsPerPoint();
        Element rect = svg.appendElement("rect").attr("data-cell", cell.id()).addClass("box")
                .attr("x", px((box.x0() - image.region().x0()) * scale))
                .attr("y", px((box.y0() - image.region().y0()) * scale))
                .attr("width", px(box.width() * scale)).attr("height", px(box.height() * scale));
        if (!findings.isEmpty()) {
            rect.addClass("violation").addClass(Mark.worst(findings).css());
        }
    }

    private static List<Finding> findingsOf(Report report, String cellId) {
        List<Finding> named = new ArrayList<>();
        for (Finding f : report.findings()) {
            if (f.cells().contains(cellId)) {
                named.add(f);
            }
        }
        return named;
    }

    private static boolean inside(BoundingBox box, BoundingBox region) {
        return box.x1() > region.x0() && box.x0() < region.x1() && box.y1() > region.y0() && box.y0() < region.y1();
    }

    private static String px(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
