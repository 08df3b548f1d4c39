package gongkai.read.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gongkai.model.Block;
import gongkai.model.Document;
import gongkai.model.GridCell;
import gongkai.model.Paragraph;
import gongkai.model.TableGrid;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.util.Matrix;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Table geometry on small PDFs drawn here: spans from missing rules, both rule styles, page breaks. */
class RuledTableTest {
    private static final float[] XS = {72, 172, 272, 372};
    @TempDir
    Path dir;

    /**
     * Draws a grid; {@code noV} holds "row:xIndex" of vertical edges left out, {@code noH} "yIndex:col" of
     * horizontal edges left out.
     */
    private static void grid(PDPageContentStream out, boolean bars, float[] xs, float[] ys, Set<String> noV,
                             Set<String> noH) throws IOException {
        for (int j = 0; j < ys.length; j++) {
            for (int c = 0; c + 1 < xs.length; c++) {
                if (!noH.contains(j + ":" + c)) {
                    edge(out, bars, xs[c], ys[j], xs[c + 1], ys[j]);
                }
            }
        }
        for (int i = 0; i < xs.length; i++) {
            for (int r = 0; r + 1 < ys.length; r++) {
                if (!noV.contains(r + ":" + i)) {
                    edge(out, bars, xs[i], ys[r], xs[i], ys[r + 1]);
                }
            }
        }
    }

    private static void edge(PDPageContentStream out, boolean bar, float x0, float y0, float x1, float y1)
            throws IOException {
        if (bar) {
            PdfMaker.bar(out, x0, y0, x1, y1);
        } else {
            PdfMaker.line(out, x0, y0, x1, y1);
        }
    }

    private static void cellText(PDPageContentStream out, int col, float rowTop, String text) throws IOException {
        PdfMaker.text(out, PdfMaker.HELVETICA, 10, XS[col] + 5, rowTop + 15, text);
    }

    private Document spannedTable(boolean bars) throws Exception {
        Path file = dir.resolve(bars ? "bars.pdf" : "strokes.pdf");
        float[] ys = {100, 120, 140, 160};
        try (PDDocument doc = new PDDocument()) {
            try (PDPageContentStream out = PdfMaker.open(doc, PdfMaker.addPage(doc))) {
                PdfMaker.text(out, PdfMaker.HELVETICA, 12, 72, 80, "Before the table");
                grid(out, bars, XS, ys, Set.of("0:2"), Set.of("2:0"));
                cellText(out, 0, 100, "Corner");
                cellText(out, 1, 100, "Wide header");
                cellText(out, 2, 100, "");
                cellText(out, 0, 120, "Group");
                cellText(out, 1, 120, "1");
                cellText(out, 2, 120, "2");
                cellText(out, 1, 140, "3");
                cellText(out, 2, 140, "4");
                PdfMaker.text(out, PdfMaker.HELVETICA, 12, 72, 200, "After the table");
            }
            PdfMaker.save(doc, file);
        }
        return new PdfReader().read(file);
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void missingInteriorRulesBecomeRowAndColumnSpans(boolean chromiumStyleBars) throws Exception {
        Document document = spannedTable(chromiumStyleBars);
        TableGrid grid = (TableGrid) document.blocks().get(1);
        assertEquals(3, grid.rowCount());
        assertEquals(3, grid.colCount());
        assertEquals(List.of(
                new Slot(0, 0, 1, 1, "Corner"), new Slot(0, 1, 1, 2, "Wide header"),
                new Slot(1, 0, 2, 1, "Group"), new Slot(1, 1, 1, 1, "1"), new Slot(1, 2, 1, 1, "2"),
                new Slot(2, 1, 1, 1, "3"), new Slot(2, 2, 1, 1, "4")), slots(grid));
        GridCell group = grid.cells().get(2);
        assertEquals(1, group.location().page());
        assertEquals(72, group.location().bbox().x0(), 1.0);
        assertEquals(120, group.location().bbox().y0(), 1.0);
        assertEquals(160, group.location().bbox().y1(), 1.0);
    }

    @Test
    void paragraphsAroundATableKeepReadingOrder() throws Exception {
        List<Block> blocks = spannedTable(false).blocks();
        assertEquals(3, blocks.size());
        assertEquals("Before the table", ((Paragraph) blocks.get(0)).text());
        assertTrue(blocks.get(1) instanceof TableGrid);
        assertEquals("After the table", ((Paragraph) blocks.get(2)).text());
    }

    @Test
    void tableContinuedOnNextPageIsOneGridWithoutTheRepeatedHeader() throws Exception {
        Path file = dir.resolve("split.pdf");
        float[] xs = {72, 172, 272, 372, 472};
        try (PDDocument doc = new PDDocument()) {
            try (PDPageContentStream out = PdfMaker.open(doc, PdfMaker.addPage(doc))) {
                // the table's last row is cut by the page: no closing rule under it, as Word draws it
                grid(out, false, xs, new float[] {700, 720, 740, 760}, Set.of("0:1", "1:1"), Set.of("3:0"));
                row(out, xs, 700, "Item", "", "Count", "Total");
                row(out, xs, 720, "First", "", "1", "1");
                row(out, xs, 740, "Group cut", "1. a", "2", "2");
                PdfMaker.text(out, PdfMaker.HELVETICA, 10, 280, 810, "- 1 -");
            }
            try (PDPageContentStream out = PdfMaker.open(doc, PdfMaker.addPage(doc))) {
                grid(out, false, xs, new float[] {60, 80, 100, 120}, Set.of("0:1", "2:1"), Set.of());
                row(out, xs, 60, "Item", "", "Count", "Total");
                row(out, xs, 80, "by the break", "2. b", "3", "3");
                row(out, xs, 100, "Last", "", "4", "4");
            }
            PdfMaker.save(doc, file);
        }
        List<Block> blocks = new PdfReader().read(file).blocks();
        assertEquals(1, blocks.size(), blocks.toString());
        TableGrid grid = (TableGrid) blocks.get(0);
        assertEquals(5, grid.rowCount());
        assertEquals(List.of(
                new Slot(0, 0, 1, 2, "Item"), new Slot(0, 2, 1, 1, "Count"), new Slot(0, 3, 1, 1, "Total"),
                new Slot(1, 0, 1, 2, "First"), new Slot(1, 2, 1, 1, "1"), new Slot(1, 3, 1, 1, "1"),
                new Slot(2, 0, 2, 1, "Group cut\nby the break"), new Slot(2, 1, 1, 1, "1. a"),
                new Slot(2, 2, 1, 1, "2"), new Slot(2, 3, 1, 1, "2"),
                new Slot(3, 1, 1, 1, "2. b"), new Slot(3, 2, 1, 1, "3"), new Slot(3, 3, 1, 1, "3"),
                new Slot(4, 0, 1, 2, "Last"), new Slot(4, 2, 1, 1, "4"), new Slot(4, 3, 1, 1, "4")), slots(grid));
    }

    @Test
    void runningHeaderAboveTheContinuationNeitherSplitsTheTableNorBecomesText() throws Exception {
        Path file = dir.resolve("headed.pdf");
        try (PDDocument doc = new PDDocument()) {
            try (PDPageContentStream out = PdfMaker.open(doc, PdfMaker.addPage(doc))) {
                PdfMaker.text(out, PdfMaker.HELVETICA, 9, 72, 40, "County report 2023");
                PdfMaker.text(out, PdfMaker.HELVETICA, 12, 72, 680, "Table 3");
                grid(out, false, XS, new float[] {700, 720, 740}, Set.of(), Set.of());
                row(out, 700, "Item", "Count", "Total");
                row(out, 720, "First", "1", "1");
            }
            try (PDPageContentStream out = PdfMaker.open(doc, PdfMaker.addPage(doc))) {
                PdfMaker.text(out, PdfMaker.HELVETICA, 9, 72, 40, "County report 2023");
                grid(out, false, XS, new float[] {60, 80}, Set.of(), Set.of());
                row(out, 60, "Second", "2", "2");
            }
            PdfMaker.save(doc, file);
        }
        List<Block> blocks = new PdfReader().read(file).blocks();
        assertEquals(2, blocks.size(), blocks.toString());
        assertEquals("Table 3", ((Paragraph) blocks.get(0)).text());
        assertEquals(3, ((TableGrid) blocks.get(1)).rowCount());
    }

    private static void row(PDPageContentStream out, float[] xs, float top, String... texts) throws IOException {
        for (int c = 0; c < texts.length; c++) {
            if (!texts[c].isEmpty()) {
                PdfMaker.text(out, PdfMaker.HELVETICA, 10, xs[c] + 5, top + 15, texts[c]);
            }
        }
    }

    private static void row(PDPageContentStream out, float top, String... texts) throws IOException {
        row(out, XS, top, texts);
    }

    @Test
    void textColumnsWithoutRulesBecomeABorderlessTable() throws Exception {
        Path file = dir.resolve("borderless.pdf");
        try (PDDocument doc = new PDDocument()) {
            try (PDPageContentStream out = PdfMaker.open(doc, PdfMaker.addPage(doc))) {
                PdfMaker.text(out, PdfMaker.HELVETICA, 10, 72, 80, "Heading line");
                String[][] rows = {{"Alpha", "12", "3"}, {"Beta", "7", "40"}, {"Gamma delta", "0", "5"}};
                for (int r = 0; r < rows.length; r++) {
                    row(out, 100 + 20 * r, rows[r]);
                }
            }
            PdfMaker.save(doc, file);
        }
        List<Block> blocks = new PdfReader().read(file).blocks();
        assertEquals("Heading line", ((Paragraph) blocks.get(0)).text());
        TableGrid grid = (TableGrid) blocks.get(1);
        assertEquals(3, grid.rowCount());
        assertEquals(3, grid.colCount());
        assertEquals(List.of("Gamma delta", "0", "5"), grid.rows().get(2).stream().map(GridCell::text).toList());
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 90, 180, 270})
    void tableDrawnTurnedOnThePageIsReadInItsTextDirection(int degrees) throws Exception {
        Path file = dir.resolve("turned" + degrees + ".pdf");
        float w = PDRectangle.A4.getWidth(), h = PDRectangle.A4.getHeight();
        Matrix turn = switch (degrees) {
            case 90 -> new Matrix(0, 1, -1, 0, w, 0);
            case 180 -> new Matrix(-1, 0, 0, -1, w, h);
            case 270 -> new Matrix(0, -1, 1, 0, 0, h);
            default -> new Matrix();
        };
        float innerHeight = degrees % 180 == 0 ? h : w;
        try (PDDocument doc = new PDDocument()) {
            try (PDPageContentStream out = PdfMaker.open(doc, PdfMaker.addPage(doc))) {
                out.transform(turn);
                out.transform(new Matrix(1, 0, 0, 1, 0, innerHeight - PdfMaker.HEIGHT)); // PdfMaker measures from A4's top
                grid(out, false, XS, new float[] {100, 120, 140}, Set.of(), Set.of());
                row(out, 100, "A", "1", "x");
                row(out, 120, "B", "2", "y");
            }
            PdfMaker.save(doc, file);
        }
        TableGrid grid = (TableGrid) new PdfReader().read(file).blocks().get(0);
        assertEquals(List.of(new Slot(0, 0, 1, 1, "A"), new Slot(0, 1, 1, 1, "1"), new Slot(0, 2, 1, 1, "x"),
                new Slot(1, 0, 1, 1, "B"), new Slot(1, 1, 1, 1, "2"), new Slot(1, 2, 1, 1, "y")), slots(grid));
    }

    record Slot(int row, int col, int rowSpan, int colSpan, String text) {
    }

    private static List<Slot> slots(TableGrid grid) {
        return grid.cells().stream().filter(c -> !c.text().isEmpty())
                .map(c -> new Slot(c.row(), c.col(), c.rowSpan(), c.colSpan(), c.text())).toList();
    }
}
