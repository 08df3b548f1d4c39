package gongkai.read.word;

import gongkai.read.Fixtures;
import static org.junit.jupiter.api.Assertions.assertEquals;

import gongkai.model.GridCell;
import gongkai.model.Location;
import gongkai.model.TableGrid;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/** DOCX table markup LibreOffice does not write but Word and WPS do: gridBefore, hMerge, bare vMerge. */
class DocxTablesTest {
    @TempDir
    Path dir;

    @Test
    void readsGridBeforeGridSpanAndBothMergeKinds() throws Exception {
        TableGrid grid = readOnlyTable(doc -> {
            XWPFTable t = doc.createTable(3, 3);
            XWPFTableRow r0 = t.getRow(0);
            set(r0.getCell(0), "三、本年度办理结果").addNewVMerge().setVal(STMerge.RESTART);
            set(r0.getCell(1), "（一）予以公开").addNewGridSpan().setVal(BigInteger.TWO);
            r0.removeCell(2);
            XWPFTableRow r1 = t.getRow(1);
            set(r1.getCell(0), "").addNewVMerge(); // no val: continue
            set(r1.getCell(1), "（三）不予公开").addNewHMerge().setVal(STMerge.RESTART);
            set(r1.getCell(2), "").addNewHMerge(); // legacy horizontal merge: continue
            XWPFTableRow r2 = t.getRow(2);
            r2.getCtRow().addNewTrPr().addNewGridBefore().setVal(BigInteger.ONE);
            set(r2.getCell(0), "5");
            set(r2.getCell(1), "7");
            r2.removeCell(2);
        });
        assertEquals(List.of(3, 3), List.of(grid.rowCount(), grid.colCount()));
        assertEquals(List.of(
                new GridCell(0, 0, 2, 1, "三、本年度办理结果", Location.UNKNOWN),
                new GridCell(0, 1, 1, 2, "（一）予以公开", Location.UNKNOWN),
                new GridCell(1, 1, 1, 2, "（三）不予公开", Location.UNKNOWN),
                new GridCell(2, 1, 1, 1, "5", Location.UNKNOWN),
                new GridCell(2, 2, 1, 1, "7", Location.UNKNOWN)), grid.cells());
    }

    @Test
    void joinsCellParagraphsWithNewlinesAndEmptiesNoBreakSpaces() throws Exception {
        TableGrid grid = readOnlyTable(doc -> {
            XWPFTable t = doc.createTable(1, 2);
            t.getRow(0).getCell(0).setText("本年新");
            t.getRow(0).getCell(0).addParagraph().createRun().setText("制作数量");
            t.getRow(0).getCell(1).setText("\u00A0");
        });
        assertEquals("本年新\n制作数量", grid.cells().get(0).text());
        assertEquals("", grid.cells().get(1).text());
    }

    private interface Builder {
        void build(XWPFDocument doc) throws Exception;
    }

    private TableGrid readOnlyTable(Builder builder) throws Exception {
        Path file = dir.resolve("t.docx");
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            doc.createParagraph().createRun().setText("一、总体情况");
            builder.build(doc);
            doc.write(out);
        }
        return Fixtures.tables(new DocxReader().read(file)).get(0);
    }

    private static CTTcPr set(XWPFTableCell cell, String text) {
        cell.setText(text);
        return cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
    }
}
