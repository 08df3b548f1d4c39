package gongkai.text;

import gongkai.model.CellKind;
import java.math.BigDecimal;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a printed table cell into one of the four kinds: number ({@code 0}, {@code +2}, {@code -15},
 * {@code 96171.6}, {@code 251000元}, {@code 0件}, full-width digits), empty (nothing, spaces, nbsp), na
 * ({@code /}, {@code -}, {@code —}, {@code 不适用}, {@code 无}) or text (anything else).
 */
public final class CellValues {
    private static final Pattern NUMBER = Pattern.compile(
            "([+-]?)(\\d{1,3}(?:,\\d{3})+|\\d+)(\\.\\d+)?\\s*(万元|元|件|个|条|项|次|人次|人)?");
    private static final Set<String> NA_FORMS = Set.of("/", "-", "—", "－", "——", "--", "不适用", "无", "N/A", "n/a", "NA", "／", "\\");
    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);
    /**
     * The longest text read as a number (-1,234,567,890,123.45人次 has 24 characters): anything longer is
     * text, so that a cell of a million digits is not parsed as one (quadratic) BigDecimal.
     */
    static final int MAX_NUMBER_CHARS = 40;

    private CellValues() {
    }

    /** The kind and value of a printed cell; money in 元 is not converted here (see {@link #inWanYuan}). */
    public static CellValue parse(String printed) {
        String text = Normalizer.normalize(printed == null ? "" : printed).strip();
        if (text.isEmpty()) {
            return CellValue.EMPTY;
        }
        if (NA_FORMS.contains(text)) {
            return CellValue.NA;
        }
        if (text.length() > MAX_NUMBER_CHARS) {
            return CellValue.TEXT;
        }
        Matcher m = NUMBER.matcher(text);
        if (!m.matches()) {
            return CellValue.TEXT;
        }
        String digits = m.group(2).replace(",", "") + (m.group(3) == null ? "" : m.group(3));
        BigDecimal value = new BigDecimal(digits);
        if ("-".equals(m.group(1))) {
            value = value.negate();
        }
        return new CellValue(CellKind.NUMBER, value, m.group(4));
    }

    /** A money cell's value in 万元: a value printed with 元 is divided by 10,000, others are taken as 万元. */
    public static BigDecimal inWanYuan(CellValue cell) {
        if (!cell.isNumber()) {
            return null;
        }
        if ("元".equals(cell.unit())) {
            BigDecimal wan = cell.value().divide(TEN_THOUSAND).stripTrailingZeros();
            return wan.scale() < 0 ? wan.setScale(0) : wan;
        }
        return cell.value();
    }

    /** True when the printed text is a number or a not-applicable mark: a value, not a label. */
    public static boolean isValue(String printed) {
        CellKind kind = parse(printed).kind();
        return kind == CellKind.NUMBER || kind == CellKind.NA;
    }

    /** True when the printed text reads as a number (used to tell labels from values). */
    public static boolean isNumeric(String printed) {
        return parse(printed).isNumber();
    }
}
