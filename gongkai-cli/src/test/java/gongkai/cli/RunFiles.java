package gongkai.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The outputs of two runs compared: files byte for byte, a folder file by file, a workbook cell by cell. */
final class RunFiles {
    private RunFiles() {
    }

    static void assertSameFiles(Path expected, Path actual, List<String> names, String what) throws IOException {
        for (String name : names) {
            assertArrayEquals(Files.readAllBytes(expected.resolve(name)), Files.readAllBytes(actual.resolve(name)),
                    name + " " + what);
        }
    }

    /** The same files below both folders, with the same bytes. */
    static void assertSameTree(Path expected, Path actual, String what) throws IOException {
        List<String> names = relativeFiles(expected);
        assertTrue(names.size() > 2, "a site was written: " + names);
        assertEquals(names, relativeFiles(actual), "the files of " + actual + " " + what);
        assertSameFiles(expected, actual, names, what);
    }

    private static List<String> relativeFiles(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString()).sorted().toList();
        }
    }

    /** The workbook's sheets, cells (type, value, fill) and comments, cell by cell (its zip entries carry times). */
    static void assertSameWorkbook(Path expected, Path actual, String what) throws IOException {
        assertEquals(cells(expected), cells(actual), "the workbook " + what);
    }

    static List<String> cells(Path file) throws IOException {
        List<String> cells = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            for (Sheet sheet : workbook) {
                cells.add("sheet " + sheet.getSheetName() + " " + sheet.getLastRowNum());
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        Comment comment = cell.getCellComment();
                        cells.add(cell.getAddress() + " " + cell.getCellType() + " " + cell + " fill "
                                + cell.getCellStyle().getFillForegroundColor()
                                + (comment == null ? "" : " comment " + comment.getString().getString()));
                    }
                }
            }
        }
        return cells;
    }
}
