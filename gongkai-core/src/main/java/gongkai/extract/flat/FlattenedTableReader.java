package gongkai.extract.flat;

import gongkai.format.ReportFormats;
import gongkai.format.TableSpec;
import gongkai.model.Location;
import java.util.List;

/**
 * Reads a table from flattened text, where cell separators were lost and adjacent cells' digits run
 * together ({@code 一、本年新收政府信息公开申请数量640020470}). Rows are found by their labels; each row's
 * run of digits is split into its cells under the table's own sum rules (formats.json); a split the text
 * and the rules leave open is flagged, never guessed silently; a table whose printed numbers break a rule
 * is read as printed.
 */
public final class FlattenedTableReader {
    private final ReportFormats formats;
    private final FlatLimits limits;

    public FlattenedTableReader(ReportFormats formats) {
        this(formats, FlatLimits.STANDARD);
    }

    public FlattenedTableReader(ReportFormats formats, FlatLimits limits) {
        this.formats = formats;
        this.limits = limits;
    }

    /**
     * @param table the layout to read (already detected)
     * @param text  the text of the section that holds the table, as printed (not normalised), possibly one line
     * @param where where that text starts
     */
    public FlatReading read(TableSpec table, String text, Location where) {
        FlatRowLocator.Located located = FlatRowLocator.locate(table, text, where);
        List<FlatConstraint> constraints = FlatConstraints.of(formats.rules(), table);
        FlatResolver.Resolution resolution = FlatResolver.resolve(located.runs(), constraints, limits, FlatShape.of(text));
        return FlatCells.reading(table, located.missingRows(), resolution);
    }

    /**
     * Reads a table from {@code pdftotext -layout} text ({@link LayoutText}): rows found by their labels as in
     * flattened text, each row's values placed by their columns where the table's rows line up
     * ({@link LayoutColumns}, basis layout), the other rows by order and rules as in separated text.
     *
     * @param layoutText the section's lines as printed (not normalised), their spaces kept
     */
    public FlatReading readLayout(TableSpec table, String layoutText, Location where) {
        FlatRowLocator.Located located = FlatRowLocator.locate(table, layoutText, where);
        LayoutColumns.Placement placement = LayoutColumns.place(located.runs(), layoutText);
        List<FlatConstraint> constraints = FlatConstraints.of(formats.rules(), table);
        FlatResolver.Resolution resolution = FlatResolver.resolve(located.runs(), constraints, limits,
                FlatShape.of(layoutText), placement.placed());
        return FlatCells.reading(table, located.missingRows(), resolution, placement);
    }
}
