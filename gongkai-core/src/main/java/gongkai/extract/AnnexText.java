package gongkai.extract;

import gongkai.format.LegacyFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts the statistical annex of a pre-2019 report into printed rows: the header (指标名称, then column
 * labels such as 计量单位 / 2018年度 / 历年累计, spaces inside them allowed), then rows of label, unit and a
 * run of values — spaced or glued ({@code 主动公开文件数条206912106}). A numbering glued to the end of a run
 * ({@code …121062.政府公报公开数}) belongs to the next label.
 */
final class AnnexText {
    private static final Pattern GLUED_NUMBERING = Pattern.compile("^[.．、]\\s*\\D");
    private static final Pattern LEADING_NUMBER = Pattern.compile("^(?:其中\\s*[:：]\\s*)?(\\d{1,2})\\s*[.．、]");

    private final LegacyFormat.Annex annex;
    private final Pattern rowPattern;

    AnnexText(LegacyFormat.Annex annex) {
        this.annex = annex;
        this.rowPattern = Pattern.compile("(" + String.join("|", annex.units()) + ")[ \\t\\u3000]*(\\d[\\d \\t\\u3000]*)");
    }

    /** A printed column: its key (unit, year, cumulative) and label as printed. */
    record Column(String key, String label) {
    }

    /** A printed row: label and unit as printed, the run of values, and where the row starts in the text. */
    record Row(String label, String unit, String values, int offset) {
    }

    record Table(List<Column> columns, List<Row> rows, int start) {
    }

    Optional<Table> read(String text) {
        Matcher header = Pattern.compile(spaced(annex.header())).matcher(text);
        if (!header.find()) {
            return Optional.empty();
        }
        List<Column> columns = new ArrayList<>();
        int at = columns(text, header.end(), columns);
        if (columns.stream().noneMatch(c -> !c.key().equals("unit"))) {
            return Optional.empty();
        }
        return Optional.of(new Table(columns, rows(text, at), header.start()));
    }

    /** Reads column labels from {@code from}; returns where the first row begins. */
    private int columns(String text, int from, List<Column> out) {
        int at = from;
        boolean found = true;
        while (found) {
            found = false;
            int start = skipSpaces(text, at);
            for (LegacyFormat.Column column : annex.columns()) {
                Matcher m = Pattern.compile(spaced(column.patterns())).matcher(text).region(start, text.length());
                if (m.lookingAt()) {
                    out.add(new Column(column.key(), m.group().strip()));
                    at = m.end();
                    found = true;
                    break;
                }
            }
        }
        return at;
    }

    private List<Row> rows(String text, int from) {
        List<Row> rows = new ArrayList<>();
        Matcher m = rowPattern.matcher(text).region(from, text.length());
        int labelStart = from;
        String carried = "";
        int numbering = 0;
        while (m.find()) {
            String label = (carried + text.substring(labelStart, m.start())).strip();
            if (label.isEmpty() || !label.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
                continue;
            }
            Matcher own = LEADING_NUMBER.matcher(label);
            numbering = own.find() ? Integer.parseInt(own.group(1)) : 0;
            String values = m.group(2);
            carried = "";
            if (GLUED_NUMBERING.matcher(text.substring(m.end())).find()) {
                String next = String.valueOf(numbering + 1);
                int cut = values.stripTrailing().endsWith(next) ? next.length() : 1;
                String kept = values.stripTrailing();
                carried = kept.substring(kept.length() - cut);
                values = kept.substring(0, kept.length() - cut);
            }
            rows.add(new Row(label, m.group(1), values.strip(), m.start()));
            labelStart = m.end();
        }
        return rows;
    }

    private static int skipSpaces(String text, int at) {
        while (at < text.length() && Character.isWhitespace(text.charAt(at)) || at < text.length() && text.charAt(at) == '\u3000') {
            at++;
        }
        return at;
    }

    /** The alternatives as one pattern in which any whitespace may stand between two characters. */
    static String spaced(List<String> patterns) {
        List<String> out = new ArrayList<>();
        for (String p : patterns) {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < p.length(); i++) {
                char c = p.charAt(i);
                b.append(c);
                if (c == '\\' && i + 1 < p.length()) {
                    b.append(p.charAt(++i));
                    if (i + 1 < p.length() && p.charAt(i + 1) == '{') {
                        int close = p.indexOf('}', i);
                        b.append(p, i + 1, close + 1);
                        i = close;
                    }
                }
                if (i + 1 < p.length() && Character.isIdeographic(p.charAt(i + 1))) {
                    b.append("\\s*");
                }
            }
            out.add(b.toString());
        }
        return "(?:" + String.join("|", out) + ")";
    }
}
