package gongkai.extract;

import gongkai.format.LegacyFormat;
import gongkai.model.Basis;
import gongkai.model.Cell;
import gongkai.model.CellKind;
import gongkai.model.Location;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The key figures a pre-2019 report states in its text (主动公开政府信息2069条, 共收到…申请21条, 未收到…申请),
 * each from the part of its topic, as cells {@code narrative.<key>.value}: the number as printed in
 * {@code raw} (a negation such as 未收到 is 0), the clause it stands in as {@code rowLabel}, the part's
 * heading as {@code columnLabel}.
 */
final class NarrativeFigures {
    static final String TABLE = "narrative";
    private static final Pattern CLAUSE_END = Pattern.compile("[。；;]");

    private final LegacyFormat format;

    NarrativeFigures(LegacyFormat format) {
        this.format = format;
    }

    static String id(String key) {
        return TABLE + "." + key + ".value";
    }

    List<Cell> read(String text, List<LegacyParts.Part> parts) {
        List<Cell> cells = new ArrayList<>();
        for (LegacyFormat.NarrativeFigure figure : format.narrative()) {
            for (String topic : figure.parts()) {
                int i = indexOf(parts, topic);
                if (i < 0) {
                    continue;
                }
                LegacyParts.Part part = parts.get(i);
                int end = i + 1 < parts.size() ? parts.get(i + 1).start() : text.length();
                Cell cell = first(figure, text.substring(part.textStart(), end), part.heading());
                if (cell != null) {
                    cells.add(cell);
                    break;
                }
            }
        }
        return cells;
    }

    private static int indexOf(List<LegacyParts.Part> parts, String key) {
        for (int i = 0; i < parts.size(); i++) {
            if (parts.get(i).key().equals(key)) {
                return i;
            }
        }
        return -1;
    }

    /** The earliest match of any of the figure's patterns in the part's text. */
    private static Cell first(LegacyFormat.NarrativeFigure figure, String text, String heading) {
        Matcher best = null;
        for (String pattern : figure.patterns()) {
            Matcher m = Pattern.compile(pattern).matcher(text);
            if (m.find() && (best == null || m.start() < best.start())) {
                best = m;
            }
        }
        if (best == null) {
            return null;
        }
        String printed = best.group(1);
        boolean number = printed.chars().allMatch(c -> Character.isDigit(c) || c == '.');
        BigDecimal value = number ? new BigDecimal(printed) : BigDecimal.ZERO;
        if (best.group().endsWith("元")) {
            value = value.movePointLeft(4).stripTrailingZeros(); // money in 万元, as every cell (cells.md)
        }
        String raw = number ? printed : best.group();
        return new Cell(id(figure.key()), CellKind.NUMBER, value, raw, Location.UNKNOWN, null, Basis.LAYOUT, null,
                clause(text, best.start(), best.end()), heading);
    }

    private static String clause(String text, int start, int end) {
        int from = start;
        while (from > 0 && !CLAUSE_END.matcher(String.valueOf(text.charAt(from - 1))).matches()) {
            from--;
        }
        Matcher after = CLAUSE_END.matcher(text).region(end, text.length());
        int to = after.find() ? after.end() : text.length();
        return text.substring(from, to).strip();
    }
}
