package gongkai.write.xlsx;

import gongkai.write.Mark;
import java.util.EnumMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Workbook;

/** The workbook's few cell styles, made once: bold headers and one fill per finding mark. */
final class Styles {
    private static final Map<Mark, IndexedColors> FILLS = Map.of(Mark.ERROR, IndexedColors.RED,
            Mark.WARNING, IndexedColors.LIGHT_ORANGE, Mark.DOUBT, IndexedColors.LAVENDER, Mark.NOTE,
            IndexedColors.LIGHT_TURQUOISE);
    final CellStyle header;
    private final Map<Mark, CellStyle> marks = new EnumMap<>(Mark.class);

    Styles(Workbook workbook) {
        Font bold = workbook.createFont();
        bold.setBold(true);
        header = workbook.createCellStyle();
        header.setFont(bold);
        header.setWrapText(true);
        for (Mark mark : Mark.values()) {
            CellStyle style = workbook.createCellStyle();
            style.setFillForegroundColor(FILLS.get(mark).getIndex());
            style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            marks.put(mark, style);
        }
    }

    CellStyle of(Mark mark) {
        return marks.get(mark);
    }
}
