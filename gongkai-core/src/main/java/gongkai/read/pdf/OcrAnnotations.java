package gongkai.read.pdf;

import gongkai.model.Block;
import gongkai.model.Document;
import gongkai.model.GridCell;
import gongkai.model.Recognition;
import gongkai.model.TableGrid;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Puts each OCR reading on the grid cell it lies in, once tables are laid out and joined across pages: a cell
 * covering several readings takes the lowest confidence and all their notes.
 */
final class OcrAnnotations {
    private OcrAnnotations() {
    }

    static Document annotate(Document document, List<OcrReading> readings) {
        if (readings.isEmpty()) {
            return document;
        }
        List<Block> blocks = new ArrayList<>();
        for (Block b : document.blocks()) {
            blocks.add(b instanceof TableGrid grid ? annotate(grid, readings) : b);
        }
        return new Document(document.sourcePath(), document.format(), blocks, document.problems(), document.findings());
    }

    private static TableGrid annotate(TableGrid grid, List<OcrReading> readings) {
        List<GridCell> cells = new ArrayList<>();
        for (GridCell cell : grid.cells()) {
            List<OcrReading> inside = cell.location().page() == null || cell.location().bbox() == null ? List.of()
                    : readings.stream().filter(r -> r.centredIn(cell.location().page(), cell.location().bbox())).toList();
            cells.add(inside.isEmpty() ? cell : cell.withRecognition(combined(inside)));
        }
        return new TableGrid(cells, grid.rowCount(), grid.colCount(), grid.location());
    }

    private static Recognition combined(List<OcrReading> readings) {
        double confidence = readings.stream().mapToDouble(r -> r.recognition().confidence()).min().orElseThrow();
        String notes = readings.stream().map(r -> r.recognition().note()).filter(n -> n != null)
                .collect(Collectors.joining("; "));
        return new Recognition(confidence, notes.isEmpty() ? null : notes);
    }
}
