package gongkai.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The audit workbook re-read with POI (sheets, headers, fills, comments, filters) and opened by LibreOffice. */
class AuditWorkbookTest {
    private static final List<String> REVIEW = List.of("t4.review.upheld", "t4.review.corrected", "t4.review.other",
            "t4.review.pending", "t4.review.total");
    private static Path file;
    private static XSSFWorkbook workbook;

    @BeforeAll
    static void read() throws Exception {
        file = AuditRuns.sharedSite().getParent().resolve("audit.xlsx");
        try (InputStream in = Files.newInputStream(file)) {
            workbook = new XSSFWorkbook(in);
        }
    }

    private static int reports() {
        return AuditRuns.hasHongze() ? 2 : 1;
    }

    private static Row rowOf(Sheet sheet, String fileOrAgencyColumnValue, int column) {
        for (Row row : sheet) {
            Cell cell = row.getCell(column);
            if (cell != null && cell.toString().contains(fileOrAgencyColumnValue)) {
                return row;
            }
        }
        throw new AssertionError("no row with " + fileOrAgencyColumnValue + " in " + sheet.getSheetName());
    }

    private static int column(Sheet sheet, String header) {
        Row first = sheet.getRow(0);
        return IntStream.range(0, first.getLastCellNum()).filter(i -> header.equals(first.getCell(i).getStringCellValue()))
                .findFirst().orElseThrow(() -> new AssertionError("no column " + header));
    }

    @Test
    void hasTheFiveSheetsWithOneRowPerReport() {
        List<String> names = new ArrayList<>();
        workbook.forEach(s -> names.add(s.getSheetName()));
        assertEquals(List.of("reports", "t2", "t3", "t4", "findings"), names);
        assertEquals(reports(), workbook.getSheet("reports").getLastRowNum());
        for (String table : List.of("t2", "t3", "t4")) {
            Sheet sheet = workbook.getSheet(table);
            assertEquals(1 + reports(), sheet.getLastRowNum(), table);
            assertEquals(2, sheet.getPaneInformation().getHorizontalSplitTopRow(), table + " frozen header rows");
            assertNotNull(workbook.getSheet(table).getCTWorksheet().getAutoFilter(), table + " filter");
        }
    }

    @Test
    void tableHeadersCarryTheIdAndThePrintedLabel() {
        Sheet t4 = workbook.getSheet("t4");
        int total = column(t4, "t4.review.total");
        assertEquals("行政复议 · 总计", t4.getRow(1).getCell(total).getStringCellValue());
        assertEquals(11 * 256, t4.getColumnWidth(total));
        assertEquals(3 + 161 + 21, workbook.getSheet("t3").getRow(0).getLastCellNum(), "t3: the v2019 ids, then v2021's own");
    }

    @Test
    void plantedErrorCellsAreFilledRedWithTheFindingAsComment() {
        Sheet t4 = workbook.getSheet("t4");
        Row row = rowOf(t4, "某某县人民政府", 1);
        for (String id : REVIEW) {
            Cell cell = row.getCell(column(t4, id));
            assertEquals(FillPatternType.SOLID_FOREGROUND, cell.getCellStyle().getFillPattern(), id);
            assertEquals(IndexedColors.RED.getIndex(), cell.getCellStyle().getFillForegroundColor(), id);
            assertTrue(cell.getCellComment().getString().getString().startsWith("t4.total [error] expected 22, printed 0: "), id);
        }
        assertEquals(0.0, row.getCell(column(t4, "t4.review.total")).getNumericCellValue());
        Cell fine = row.getCell(column(t4, "t4.lit_direct.total"));
        assertNull(fine.getCellComment());
        assertEquals(FillPatternType.NO_FILL, fine.getCellStyle().getFillPattern());
    }

    @Test
    void hongzeCellsAreFilled() {
        assumeTrue(AuditRuns.hasHongze(), "development corpus absent: " + AuditRuns.HONGZE);
        Sheet t4 = workbook.getSheet("t4");
        Row row = rowOf(t4, "洪泽", 1);
        for (String id : List.of("t4.review.total", "t4.lit_after_review.total")) {
            Cell cell = row.getCell(column(t4, id));
            assertEquals(IndexedColors.RED.getIndex(), cell.getCellStyle().getFillForegroundColor(), id);
            assertTrue(cell.getCellComment().getString().getString().contains("t4.total"), id);
        }
        Cell typo = rowOf(workbook.getSheet("t3"), "洪泽", 1).getCell(column(workbook.getSheet("t3"),
                "t3.denied.law_prohibited.total"));
        assertEquals(IndexedColors.LIGHT_ORANGE.getIndex(), typo.getCellStyle().getFillForegroundColor());
    }

    @Test
    void findingsSheetHasEveryFindingWithItsValues() {
        Sheet findings = workbook.getSheet("findings");
        int path = column(findings, "source_path");
        int rule = column(findings, "rule");
        List<Row> rows = new ArrayList<>();
        findings.forEach(r -> {
            if (r.getCell(path).toString().contains("planted") && r.getCell(rule).toString().equals("t4.total")) {
                rows.add(r);
            }
        });
        assertEquals(1, rows.size());
        Row planted = rows.get(0);
        assertEquals("error", planted.getCell(column(findings, "mark")).getStringCellValue());
        assertEquals(22.0, planted.getCell(column(findings, "expected")).getNumericCellValue());
        assertEquals(0.0, planted.getCell(column(findings, "actual")).getNumericCellValue());
        assertEquals(String.join(" ", REVIEW), planted.getCell(column(findings, "cells")).getStringCellValue());
    }

    @Test
    void libreOfficeConvertsTheWorkbook() throws Exception {
        Path soffice = Path.of("/usr/bin/soffice");
        assumeTrue(Files.isExecutable(soffice), "LibreOffice is not installed: the conversion check is skipped");
        Path out = Files.createTempDirectory("gongkai-lo");
        Process p = new ProcessBuilder(soffice.toString(), "-env:UserInstallation=" + out.resolve("profile").toUri(),
                "--headless", "--convert-to", "csv", "--outdir", out.toString(), file.toString())
                .redirectErrorStream(true).start();
        String log = new String(p.getInputStream().readAllBytes());
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "soffice finished");
        assertEquals(0, p.exitValue(), log);
        List<String> lines = Files.readAllLines(out.resolve("audit.csv"));
        assertEquals(1 + reports(), lines.size(), "the reports sheet, converted: " + lines);
        assertTrue(lines.get(0).startsWith("report_id,source_path,agency"), lines.get(0));
    }
}
