package gongkai.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gongkai.extract.ReportExtractor;
import gongkai.model.Report;
import gongkai.model.Source;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Outputs stay safe to open when names and texts are hostile: no formula in a spreadsheet, one line per record. */
class HostileOutputTest {
    @ParameterizedTest(name = "\"{0}\" → \"{1}\"")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "=HYPERLINK(\"http://x\")|'=HYPERLINK(\"http://x\")", "+cmd|'+cmd", "-2+3|'-2+3", "@SUM(A1)|'@SUM(A1)",
        "-|'-", "-1|-1", "+2|+2", "-3.5|-3.5", "0|0", "reports/a.pdf|reports/a.pdf", "a=b|a=b"})
    void csvTextFieldsThatAFormulaCouldStartAreNeutralisedButNumbersStayNumbers(String field, String written) {
        assertEquals(written, SpreadsheetSafe.text(field));
    }

    @Test
    void aFileNameStartingWithEqualsIsWrittenNeutralisedInEveryCsv() throws IOException {
        Report report = ReportExtractor.failed("abc", new Source("=1+2.txt", "", "txt"), gongkai.model.ErrorCode.EMPTY_FILE, "-empty");
        StringWriter reports = new StringWriter();
        new ReportCsv().writeReports(List.of(report), reports);
        assertEquals("\"abc\",\"'=1+2.txt\",\"failed\",\"txt\",\"unknown\",\"\",\"\",\"0\",\"0\",\"0\",\"EMPTY_FILE: -empty\",\"EMPTY_FILE\",\"\"",
                reports.toString().lines().toList().get(1));
    }

    @Test
    void lineAndParagraphSeparatorsAreEscapedInReportsJsonl() throws IOException {
        Report report = ReportExtractor.failed("abc", new Source("a\u2028b\u2029c.txt", "", "txt"), gongkai.model.ErrorCode.EMPTY_FILE, "中文");
        StringWriter out = new StringWriter();
        new ReportJson().writeLines(List.of(report), out);
        String json = out.toString();
        assertFalse(json.contains("\u2028") || json.contains("\u2029"), json);
        assertTrue(json.contains("\"path\":\"a\\u2028b\\u2029c.txt\""), json);
        assertTrue(json.contains("中文"), "other non-ASCII text stays as it is: " + json);
        assertEquals(1, json.lines().count());
    }
}
