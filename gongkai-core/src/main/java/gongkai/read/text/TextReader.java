package gongkai.read.text;

import gongkai.read.ReadLimits;
import gongkai.model.Block;
import gongkai.model.Category;
import gongkai.model.Document;
import gongkai.model.Finding;
import gongkai.model.ErrorCode;
import gongkai.model.GridCell;
import gongkai.model.Location;
import gongkai.model.Paragraph;
import gongkai.model.Severity;
import gongkai.model.SourceFormat;
import gongkai.model.TableGrid;
import gongkai.read.Charsets;
import gongkai.read.DocumentReader;
import gongkai.read.ReadException;
import gongkai.read.TextShape;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads plain text as copied from a PDF or a web page. Lines holding tabs are table rows (tab-separated
 * cells); consecutive such lines, blank lines between them allowed, form one table grid. Other lines are
 * paragraphs. Every block keeps its 1-based line number. A few malformed bytes (a flipped bit) are read as
 * U+FFFD and reported as a {@code read.bad_bytes} finding.
 */
public final class TextReader implements DocumentReader {
    public static final String BAD_BYTES_RULE = "read.bad_bytes";
    private static final char CELL_SEPARATOR = '\t';
    private final ReadLimits limits;
    private final List<TextShape> shapes;

    /** A reader of tab-separated text that first asks each shape whether the text is of its shape. */
    public TextReader(TextShape... shapes) {
        this(ReadLimits.DEFAULT, shapes);
    }

    public TextReader(ReadLimits limits, TextShape... shapes) {
        this.limits = limits;
        this.shapes = List.of(shapes);
    }

    @Override
    public Document read(Path file) throws ReadException {
        byte[] bytes = readBytes(file);
        Charsets.Decoded decoded = Charsets.decodeCounting(bytes, Charsets.detect(bytes));
        if (decoded.text().isBlank()) {
            throw new ReadException(file, ErrorCode.EMPTY_FILE, "the file holds no text");
        }
        return new Document(file.toString(), SourceFormat.TXT, blocks(decoded.text()), List.of(),
                badBytes(decoded));
    }

    /** The finding of malformed bytes read as U+FFFD, if there were any. */
    static List<Finding> badBytes(Charsets.Decoded decoded) {
        if (decoded.badBytes() == 0) {
            return List.of();
        }
        return List.of(Finding.of(BAD_BYTES_RULE, Severity.WARNING, Category.EXTRACTION, decoded.badBytes()
                + " byte(s) not valid " + decoded.charset().name() + ", the first at byte offset " + decoded.firstBad()
                + ": read as U+FFFD"));
    }

    List<Block> blocks(String text) {
        String[] lines = text.split("\r\n|\r|\n", -1);
        for (TextShape shape : shapes) {
            if (shape.accepts(lines)) {
                return shape.blocks(lines);
            }
        }
        return tabSeparated(lines, limits);
    }

    private static List<Block> tabSeparated(String[] lines, ReadLimits limits) {
        List<Block> blocks = new ArrayList<>();
        List<String> tableLines = new ArrayList<>();
        int tableStart = 0;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.indexOf(CELL_SEPARATOR) >= 0) {
                if (tableLines.isEmpty()) {
                    tableStart = i;
                }
                tableLines.add(line);
            } else if (line.isBlank()) {
                if (!tableLines.isEmpty()) {
                    tableLines.add(line);
                }
            } else {
                flushTable(blocks, tableLines, tableStart, limits);
                blocks.add(new Paragraph(line, Location.ofLine(i + 1)));
            }
        }
        flushTable(blocks, tableLines, tableStart, limits);
        return blocks;
    }

    private static void flushTable(List<Block> blocks, List<String> tableLines, int firstLine, ReadLimits limits) {
        if (tableLines.isEmpty()) {
            return;
        }
        List<GridCell> cells = new ArrayList<>();
        int row = 0;
        int width = 1;
        for (int i = 0; i < tableLines.size(); i++) {
            String line = tableLines.get(i);
            if (line.isBlank()) {
                continue;
            }
            String[] parts = line.split(String.valueOf(CELL_SEPARATOR), -1);
            limits.checkGrid((long) (row + 1) * Math.max(width, parts.length));
            for (int col = 0; col < parts.length; col++) {
                cells.add(GridCell.single(row, col, parts[col], Location.ofLine(firstLine + i + 1)));
            }
            width = Math.max(width, parts.length);
            row++;
        }
        blocks.add(new TableGrid(cells, row, width, Location.ofLine(firstLine + 1)));
        tableLines.clear();
    }

    private byte[] readBytes(Path file) throws ReadException {
        try {
            limits.checkBytes("text file", Files.size(file), limits.maxTextBytes());
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ReadException(file, ErrorCode.UNREADABLE, "cannot read the file: " + e.getMessage(), e);
        }
    }
}
