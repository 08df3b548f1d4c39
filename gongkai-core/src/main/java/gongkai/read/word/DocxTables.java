package gongkai.read.word;

import gongkai.read.ReadLimits;
import gongkai.model.Location;
import gongkai.model.TableGrid;
import gongkai.read.Texts;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTrPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/** Converts a DOCX table into a grid: {@code gridBefore} and {@code gridSpan} give columns, {@code vMerge} rowSpans. */
final class DocxTables {
    private DocxTables() {
    }

    static TableGrid grid(XWPFTable table, ReadLimits limits) {
        List<List<WordGrid.Cell>> rows = new ArrayList<>();
        for (XWPFTableRow row : table.getRows()) {
            List<WordGrid.Cell> cells = new ArrayList<>();
            int col = gridBefore(row);
            limits.checkGrid(col);
            for (XWPFTableCell cell : row.getTableCells()) {
                CTTcPr pr = cell.getCTTc().getTcPr();
                int span = gridSpan(pr);
                limits.checkSpan(span);
                if (pr != null && pr.isSetHMerge() && pr.getHMerge().getVal() != STMerge.RESTART && !cells.isEmpty()) {
                    // Legacy horizontal merge: this cell continues the one to its left.
                    WordGrid.Cell left = cells.remove(cells.size() - 1);
                    cells.add(new WordGrid.Cell(left.col(), left.colSpan() + span, left.merge(), left.text()));
                } else {
                    cells.add(new WordGrid.Cell(col, span, merge(pr), text(cell)));
                }
                col += span;
            }
            rows.add(cells);
        }
        return WordGrid.build(rows, Location.UNKNOWN, limits);
    }

    /** The columns a cell spans; a {@code gridSpan} without a value (or a junk one) is 1, as Word reads it. */
    private static int gridSpan(CTTcPr pr) {
        if (pr == null || !pr.isSetGridSpan() || pr.getGridSpan().getVal() == null) {
            return 1;
        }
        return Math.max(1, saturated(pr.getGridSpan().getVal()));
    }

    private static int gridBefore(XWPFTableRow row) {
        CTTrPr pr = row.getCtRow().getTrPr();
        if (pr == null || pr.sizeOfGridBeforeArray() == 0 || pr.getGridBeforeArray(0).getVal() == null) {
            return 0;
        }
        return Math.max(0, saturated(pr.getGridBeforeArray(0).getVal()));
    }

    /** A decimal number of the XML clamped into int (2147483648 must not wrap to a negative span). */
    private static int saturated(java.math.BigInteger value) {
        return value.min(java.math.BigInteger.valueOf(Integer.MAX_VALUE)).max(java.math.BigInteger.ZERO).intValue();
    }

    private static WordGrid.Merge merge(CTTcPr pr) {
        if (pr == null || !pr.isSetVMerge()) {
            return WordGrid.Merge.NONE;
        }
        // A vMerge without a value means "continue", per ECMA-376.
        return pr.getVMerge().getVal() == STMerge.RESTART ? WordGrid.Merge.RESTART : WordGrid.Merge.CONTINUE;
    }

    private static String text(XWPFTableCell cell) {
        List<String> lines = new ArrayList<>();
        for (XWPFParagraph p : cell.getParagraphs()) {
            lines.add(p.getText());
        }
        return Texts.clean(String.join("\n", lines));
    }
}
