package gongkai.read.word;

import gongkai.read.ReadLimits;
import static org.junit.jupiter.api.Assertions.assertEquals;

import gongkai.model.GridCell;
import gongkai.model.Location;
import gongkai.model.TableGrid;
import java.util.List;
import org.junit.jupiter.api.Test;

class WordGridTest {
    private static WordGrid.Cell cell(int col, int span, WordGrid.Merge merge, String text) {
        return new WordGrid.Cell(col, span, merge, text);
    }

    @Test
    void turnsContinueMarksIntoOneCellsRowSpan() {
        TableGrid grid = WordGrid.build(List.of(
                List.of(cell(0, 1, WordGrid.Merge.RESTART, "三、本年度办理结果"), cell(1, 2, WordGrid.Merge.NONE, "（一）予以公开")),
                List.of(cell(0, 1, WordGrid.Merge.CONTINUE, ""), cell(1, 2, WordGrid.Merge.NONE, "（二）部分公开")),
                List.of(cell(0, 1, WordGrid.Merge.CONTINUE, ""), cell(1, 1, WordGrid.Merge.NONE, "x"), cell(2, 1, WordGrid.Merge.NONE, "y"))),
                Location.UNKNOWN, ReadLimits.DEFAULT);
        assertEquals(List.of(3, 3), List.of(grid.rowCount(), grid.colCount()));
        assertEquals(new GridCell(0, 0, 3, 1, "三、本年度办理结果", Location.UNKNOWN), grid.cells().get(0));
        assertEquals(5, grid.cells().size());
    }

    @Test
    void keepsAContinueMarkWithNothingAboveAsItsOwnCell() {
        TableGrid grid = WordGrid.build(List.of(
                List.of(cell(0, 1, WordGrid.Merge.NONE, "a"), cell(1, 1, WordGrid.Merge.NONE, "b")),
                List.of(cell(0, 2, WordGrid.Merge.CONTINUE, "c"))), Location.UNKNOWN, ReadLimits.DEFAULT);
        assertEquals(new GridCell(1, 0, 1, 2, "c", Location.UNKNOWN), grid.cells().get(2));
    }
}
