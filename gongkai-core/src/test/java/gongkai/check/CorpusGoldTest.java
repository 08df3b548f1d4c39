package gongkai.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import gongkai.model.Cell;
import gongkai.model.CellKind;
import gongkai.model.Finding;
import gongkai.model.Report;
import gongkai.model.Severity;
import gongkai.model.Source;
import gongkai.model.Status;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The validator on the hand-checked cells of the development corpus ({@code /work/shared/corpus}, or the
 * directory in system property {@code gongkai.corpus}); skipped where the corpus is not present. Only the
 * published filing error of Hongze 2023 may give errors.
 */
class CorpusGoldTest {
    private static final Path CORPUS = Path.of(System.getProperty("gongkai.corpus", "/work/shared/corpus"));
    private final Validator validator = new Validator(TestReports.FORMATS, "zh");

    static Report goldReport(String file) throws IOException {
        Path gold = CORPUS.resolve(file + ".gold.json");
        assumeTrue(Files.exists(gold), "corpus not present: " + gold);
        JsonNode root = new ObjectMapper().readTree(gold.toFile());
        List<Cell> cells = new ArrayList<>();
        root.path("cells").fields().forEachRemaining(e -> {
            JsonNode c = e.getValue();
            CellKind kind = CellKind.valueOf(c.path("kind").asText().toUpperCase(Locale.ROOT));
            BigDecimal value = kind == CellKind.NUMBER ? c.path("value").decimalValue() : null;
            cells.add(new Cell(e.getKey(), kind, value, c.path("raw").asText(), null, null));
        });
        String version = root.path("format_version").asText();
        int year = root.path("year").asInt();
        return new Report(file, new Source(file, "", "txt"), Status.OK, List.of(), version, root.path("agency").asText(),
                year, TestReports.SECTIONS, cells, Layouts.tablesOf(TestReports.FORMATS, cells, version, year), List.of());
    }

    @ParameterizedTest
    @ValueSource(strings = {"000_be5ac688f3236744.txt", "fujian_pingtan_2019.txt", "fujian_pingtan_2021.txt",
            "jiangsu_huaian_szf_2024.pdf"})
    void reportsWhoseTablesAddUpGiveNoErrorOrWarning(String file) throws IOException {
        Report checked = validator.check(goldReport(file));
        List<Finding> serious = checked.findings().stream().filter(f -> f.severity() != Severity.INFO).toList();
        assertEquals(List.of(), serious);
    }

    @Test
    void hongze2023GivesExactlyTheTwoPublishedTable4Errors() throws IOException {
        Report checked = validator.check(goldReport("jiangsu_huaian_hongze_qzf_2023.pdf"));
        List<Finding> errors = TestReports.errors(checked);
        assertEquals(2, errors.size(), errors.toString());
        assertEquals(List.of("t4.total", "t4.total"), errors.stream().map(Finding::rule).toList());
        assertEquals(List.of(new BigDecimal("11"), new BigDecimal("5")), errors.stream().map(Finding::expected).toList());
        assertEquals(1, TestReports.findings(checked, FormatChecks.MIXED_LAYOUT).size());
    }
}
