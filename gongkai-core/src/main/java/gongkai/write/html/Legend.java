package gongkai.write.html;

import gongkai.write.Mark;
import org.jsoup.nodes.Element;

/** The key to the colours of marked cells. */
final class Legend {
    private Legend() {
    }

    static void append(Element parent, Words words) {
        Element legend = parent.appendElement("ul").addClass("legend").attr("aria-label", words.get("legend"));
        for (Mark mark : Mark.values()) {
            legend.appendElement("li").appendElement("span").addClass("swatch").addClass(mark.css())
                    .parent().appendText(words.get(mark.css()));
        }
        legend.appendElement("li").appendElement("span").addClass("swatch").addClass("missing")
                .parent().appendText(words.get("missing"));
    }
}
