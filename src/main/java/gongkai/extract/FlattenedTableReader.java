package gongkai.extract;

import gongkai.format.ReportFormats;
import gongkai.format.TableSpec;
import gongkai.model.Location;
import java.util.List;
import java.util.Map;

/**
 * Reads a table from flattened text, where cell separators were lost and adjacent cells' digits run
 * together ({@code 一、本年新收政府信息公开申请数量200 000121}). STUB: being written (issue 5).
 */
final class FlattenedTableReader {
    private final ReportFormats formats;

    FlattenedTableReader(ReportFormats formats) {
        this.formats = formats;
    }

    /**
     * @param table the layout to read (already detected)
     * @param text  the text of the section that holds the table, as printed (not normalised), possibly one line
     * @param where where that text starts
     */
    TableReading read(TableSpec table, String text, Location where) {
        return new TableReading(table, Map.of(), List.of(), List.of());
    }
}
