package gongkai.read.html;

import gongkai.model.Block;
import gongkai.model.Location;
import gongkai.model.Paragraph;
import gongkai.model.TableGrid;
import gongkai.read.TextShape;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Markdown as PDF→Markdown converters (MinerU, marker, docling, pandoc) write it: GFM pipe tables
 * ({@code | 规章 | 0 | 0 | 0 |}, separator rows {@code |---|} dropped), HTML {@code <table>}s embedded in the
 * text (parsed with jsoup, spans kept), ATX headings ({@code ## 一、总体情况}: the marks dropped) and emphasis.
 * Recognised by content ({@link #looksLikeMarkdown}), not by the file's name.
 */
public final class MarkdownBlocks implements TextShape {
    private static final Pattern PIPE_ROW = Pattern.compile("^\\s*\\|.*\\|\\s*$");
    private static final Pattern SEPARATOR_ROW = Pattern.compile("^\\s*\\|?\\s*:?-{3,}:?\\s*(\\|\\s*:?-{3,}:?\\s*)*\\|?\\s*$");
    private static final Pattern HEADING = Pattern.compile("^\\s{0,3}#{1,6}\\s+");
    private static final Pattern TABLE_START = Pattern.compile("(?i)<table[\\s>]");
    private static final Pattern TABLE_END = Pattern.compile("(?i)</table\\s*>");
    private static final Pattern EMPHASIS = Pattern.compile("\\*\\*|__|(?<![\\w*])\\*(?=\\S)|(?<=\\S)\\*(?![\\w*])");
    private static final Pattern CELL_BREAK = Pattern.compile("(?i)<br\\s*/?>");

    @Override
    public boolean accepts(String[] lines) {
        return looksLikeMarkdown(lines);
    }

    @Override
    public List<Block> blocks(String[] lines) {
        return read(lines);
    }

    /** Markdown when the text holds a pipe table with its separator row, an HTML table, or two ATX headings. */
    static boolean looksLikeMarkdown(String[] lines) {
        int headings = 0;
        for (int i = 0; i < lines.length; i++) {
            if (SEPARATOR_ROW.matcher(lines[i]).matches() && lines[i].contains("|") && i > 0
                    && PIPE_ROW.matcher(lines[i - 1]).matches()) {
                return true;
            }
            if (TABLE_START.matcher(lines[i]).find()) {
                return true;
            }
            headings += HEADING.matcher(lines[i]).find() ? 1 : 0;
        }
        return headings >= 2;
    }

    static List<Block> read(String[] lines) {
        List<Block> blocks = new ArrayList<>();
        int i = 0;
        while (i < lines.length) {
            String line = lines[i];
            if (PIPE_ROW.matcher(line).matches()) {
                int end = i;
                while (end < lines.length && PIPE_ROW.matcher(lines[end]).matches()) {
                    end++;
                }
                blocks.add(pipeTable(lines, i, end));
                i = end;
            } else if (TABLE_START.matcher(line).find()) {
                i = htmlTables(lines, i, blocks);
            } else {
                String text = inline(HEADING.matcher(line).replaceFirst("")).strip();
                if (!text.isEmpty()) {
                    blocks.add(new Paragraph(text, Location.ofLine(i + 1)));
                }
                i++;
            }
        }
        return blocks;
    }

    /** Lines [from, to) of pipe rows as one grid; separator and blank rows are not rows; spans restored. */
    private static TableGrid pipeTable(String[] lines, int from, int to) {
        List<List<String>> rows = new ArrayList<>();
        List<Integer> lineNumbers = new ArrayList<>();
        int width = 1;
        for (int i = from; i < to; i++) {
            List<String> cells = pipeCells(lines[i]);
            if (SEPARATOR_ROW.matcher(lines[i]).matches() || cells.stream().allMatch(String::isEmpty)) {
                continue;
            }
            rows.add(cells);
            lineNumbers.add(i + 1);
            width = Math.max(width, cells.size());
        }
        return new TableGrid(PipeSpans.cells(rows, lineNumbers, width), rows.size(), width, Location.ofLine(from + 1));
    }

    /** The cells of a pipe row: split at unescaped pipes, the outer pipes dropped, {@code \|} kept as a pipe. */
    static List<String> pipeCells(String line) {
        String row = line.strip();
        row = row.substring(1, row.endsWith("|") && row.length() > 1 ? row.length() - 1 : row.length());
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        for (int i = 0; i < row.length(); i++) {
            char c = row.charAt(i);
            if (c == '\\' && i + 1 < row.length() && row.charAt(i + 1) == '|') {
                cell.append('|');
                i++;
            } else if (c == '|') {
                cells.add(cellText(cell.toString()));
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cellText(cell.toString()));
        return cells;
    }

    /** A cell's text; a cell of only spaces (converters write an HTML blank cell's &amp;nbsp; as U+00A0) is blank. */
    private static String cellText(String raw) {
        String text = inline(raw).strip();
        return text.chars().allMatch(ch -> Character.isWhitespace(ch) || Character.isSpaceChar(ch)) ? "" : text;
    }

    /** From line from, the HTML up to the closing tag of its last table; its tables become grids. */
    private static int htmlTables(String[] lines, int from, List<Block> blocks) {
        StringBuilder html = new StringBuilder();
        int i = from;
        int open = 0;
        do {
            html.append(lines[i]).append('\n');
            open += TABLE_START.matcher(lines[i]).results().count() - TABLE_END.matcher(lines[i]).results().count();
            i++;
        } while (i < lines.length && open > 0);
        Element body = Jsoup.parseBodyFragment(html.toString()).body();
        for (Element table : body.getElementsByTag("table")) {
            if (table.getElementsByTag("table").size() == 1) {
                TableGrid grid = HtmlTables.grid(table, gongkai.read.ReadLimits.DEFAULT);
                blocks.add(new TableGrid(grid.cells(), grid.rowCount(), grid.colCount(), Location.ofLine(from + 1)));
            }
        }
        String around = Parser.unescapeEntities(body.ownText(), false).strip();
        if (!around.isEmpty()) {
            blocks.add(new Paragraph(around, Location.ofLine(from + 1)));
        }
        return i;
    }

    /** Inline Markdown of a cell or line: emphasis marks dropped, {@code <br>} a space. */
    private static String inline(String text) {
        return EMPHASIS.matcher(CELL_BREAK.matcher(text).replaceAll(" ")).replaceAll("");
    }
}
