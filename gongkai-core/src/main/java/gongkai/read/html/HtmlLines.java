package gongkai.read.html;

import gongkai.model.Location;
import org.jsoup.nodes.Node;

/** Source locations of HTML nodes: the 1-based line where the node starts, when the parser tracked it. */
final class HtmlLines {
    private HtmlLines() {
    }

    static Location of(Node node) {
        var start = node.sourceRange().start();
        return start.isTracked() ? Location.ofLine(start.lineNumber()) : Location.UNKNOWN;
    }
}
