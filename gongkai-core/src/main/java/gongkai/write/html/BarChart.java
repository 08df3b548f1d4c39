package gongkai.write.html;

import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Element;

/** A small horizontal bar chart as inline SVG: one labelled bar per entry, longest bar full width. */
final class BarChart {
    /** One bar: its label, its count and the CSS class that colours it. */
    record Bar(String label, long count, String css) {
    }

    private static final int ROW = 20;
    private static final int LABEL_WIDTH = 230;
    private static final int BAR_WIDTH = 320;

    private BarChart() {
    }

    static Element draw(List<Bar> bars, String title) {
        int height = Math.max(ROW, bars.size() * ROW);
        Element svg = new Element("svg").addClass("chart").attr("role", "img").attr("aria-label", title)
                .attr("viewBox", "0 0 " + (LABEL_WIDTH + BAR_WIDTH + 60) + " " + height)
                .attr("width", String.valueOf(LABEL_WIDTH + BAR_WIDTH + 60)).attr("height", String.valueOf(height));
        svg.appendElement("title").text(title);
        long max = bars.stream().mapToLong(Bar::count).max().orElse(1);
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            int y = i * ROW;
            svg.appendElement("text").attr("x", String.valueOf(LABEL_WIDTH - 6)).attr("y", String.valueOf(y + 14))
                    .attr("text-anchor", "end").text(bar.label());
            double width = max == 0 ? 0 : BAR_WIDTH * (double) bar.count() / max;
            svg.appendElement("rect").addClass(bar.css()).attr("x", String.valueOf(LABEL_WIDTH)).attr("y", String.valueOf(y + 3))
                    .attr("width", String.format(Locale.ROOT, "%.1f", Math.max(width, 1))).attr("height", String.valueOf(ROW - 6));
            svg.appendElement("text").attr("x", String.format(Locale.ROOT, "%.1f", LABEL_WIDTH + width + 4))
                    .attr("y", String.valueOf(y + 14)).text(String.valueOf(bar.count()));
        }
        return svg;
    }
}
