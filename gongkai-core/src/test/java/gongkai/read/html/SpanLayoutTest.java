package gongkai.read.html;

import gongkai.read.ReadLimits;
import gongkai.read.Fixtures;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import gongkai.model.GridCell;
import gongkai.model.Location;
import gongkai.model.TableGrid;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpanLayoutTest {
    @Test
    void placesCellsAfterSlotsReservedByRowspansFromAbove() {
        SpanLayout layout = new SpanLayout(ReadLimits.DEFAULT);
        layout.nextRow();
        layout.add(2, 1, "a", Location.UNKNOWN);
        layout.add(1, 2, "b", Location.UNKNOWN);
        layout.nextRow();
        int col = layout.add(1, 1, "c", Location.UNKNOWN);
        TableGrid grid = layout.build(Location.UNKNOWN);
        assertEquals(1, col);
        assertEquals(List.of(2, 3), List.of(grid.rowCount(), grid.colCount()));
        assertEquals("a", grid.slots()[1][0].text());
        assertNull(grid.slots()[1][2], "a short row leaves its last slot empty, as the source does");
    }

    @Test
    void cutsRowspansThatReachPastTheLastRow() {
        SpanLayout layout = new SpanLayout(ReadLimits.DEFAULT);
        layout.nextRow();
        layout.add(5, 1, "a", Location.UNKNOWN);
        layout.add(1, 1, "b", Location.UNKNOWN);
        layout.nextRow();
        layout.add(1, 1, "c", Location.UNKNOWN);
        TableGrid grid = layout.build(Location.UNKNOWN);
        assertEquals(2, grid.rowCount());
        assertEquals(new GridCell(0, 0, 2, 1, "a", Location.UNKNOWN), grid.cells().get(0));
    }

    @Test
    void readsSpanAttributesAsBrowsersDo(@TempDir Path dir) throws Exception {
        Path page = Files.writeString(dir.resolve("t.html"), "<p>一、总体情况</p><table>"
                + "<tr><td colspan=\"2x\">a</td><td rowspan=\"0\">b</td><td colspan=\"-3\">c</td></tr>"
                + "<tr><td colspan=\"\">d</td><td>e</td><td>f</td></tr>"
                + "<tr><td>g</td></tr></table><table><tr><td colspan=99999999>h</td><td>i</td></tr></table>");
        TableGrid grid = Fixtures.tables(new HtmlReader().read(page)).get(0);
        GridCell[][] slots = grid.slots();
        assertEquals("a", slots[0][1].text(), "colspan=\"2x\" is 2");
        assertEquals("b", slots[2][2].text(), "rowspan=0 runs to the end of the table");
        assertEquals("c", slots[0][3].text(), "a negative colspan is 1");
        assertEquals(List.of("d", "e", "f"), List.of(slots[1][0].text(), slots[1][1].text(), slots[1][3].text()));
        TableGrid wide = Fixtures.tables(new HtmlReader().read(page)).get(1);
        assertEquals(SpanLayout.MAX_SPAN + 1, wide.colCount(), "huge spans are capped");
    }
}
