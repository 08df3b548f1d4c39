package gongkai.write.xlsx;

import gongkai.write.Mark;
import java.math.BigDecimal;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;

/** One sheet filled row by row: header rows (frozen, filtered), values typed by their Java type, marks. */
final class Rows {
    private static final int COMMENT_COLUMNS = 4;
    private static final int COMMENT_ROWS = 6;
    private final SXSSFSheet sheet;
    private final Styles styles;
    private Drawing<?> drawing;
    private int next;
    private int columns;
    private int headerRows;

    Rows(SXSSFSheet sheet, Styles styles) {
        this.sheet = sheet;
        this.styles = styles;
    }

    /** The header: column names, then (when given) their printed labels; frozen with {@code frozenColumns}. */
    void header(List<String> names, List<String> printed, int frozenColumns) {
        columns = names.size();
        headerLine(names);
        if (printed != null) {
            headerLine(printed);
        }
        headerRows = next;
        sheet.createFreezePane(frozenColumns, headerRows);
    }

    private void headerLine(List<String> texts) {
        Row row = sheet.createRow(next++);
        for (int i = 0; i < texts.size(); i++) {
            Cell cell = row.createCell(i);
            cell.setCellValue(texts.get(i));
            cell.setCellStyle(styles.header);
        }
    }

    Row add(List<?> values) {
        Row row = sheet.createRow(next++);
        for (int i = 0; i < values.size(); i++) {
            Object value = values.get(i);
            Cell cell = row.createCell(i);
            if (value instanceof BigDecimal number) {
                cell.setCellValue(number.doubleValue());
            } else if (value instanceof Number number) {
                cell.setCellValue(number.doubleValue());
            } else {
                cell.setCellValue(String.valueOf(value));
            }
        }
        return row;
    }

    /** Fills a cell of a row just added by its mark and attaches the findings as its comment. */
    void mark(Row row, int column, Mark mark, String comment) {
        Cell cell = row.getCell(column) == null ? row.createCell(column) : row.getCell(column);
        cell.setCellStyle(styles.of(mark));
        if (drawing == null) {
            drawing = sheet.createDrawingPatriarch();
        }
        ClientAnchor anchor = sheet.getWorkbook().getCreationHelper().createClientAnchor();
        anchor.setCol1(column);
        anchor.setCol2(column + COMMENT_COLUMNS);
        anchor.setRow1(row.getRowNum());
        anchor.setRow2(row.getRowNum() + COMMENT_ROWS);
        Comment note = drawing.createCellComment(anchor);
        note.setString(sheet.getWorkbook().getCreationHelper().createRichTextString(comment));
        note.setAuthor("gongkai");
        cell.setCellComment(note);
    }

    /** Filters on the last header row; {@code wide} columns get {@code textWidth}, the rest {@code cellWidth}. */
    void finish(List<Integer> wide, int textWidth, int cellWidth) {
        sheet.setAutoFilter(new CellRangeAddress(headerRows - 1, Math.max(headerRows - 1, next - 1), 0, columns - 1));
        for (int i = 0; i < columns; i++) {
            sheet.setColumnWidth(i, wide.contains(i) ? textWidth : cellWidth);
        }
    }
}
