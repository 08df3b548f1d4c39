package gongkai.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gongkai.cli.Pipeline;
import gongkai.model.Basis;
import gongkai.model.Category;
import gongkai.model.Cell;
import gongkai.model.Report;
import gongkai.model.Severity;
import gongkai.support.Gold;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The two real corpus PDFs as {@code pdftotext -layout} text (../shared/corpus/dumps): every cell exact and placed
 * by its column (basis layout), so that Hongze 2023's two table-4 totals printed 0 are filing errors from the text
 * as from the PDF, and Huai'an 2024, which has none, gets none.
 */
class LayoutCorpusDumpsTest {
    private static final Path DUMPS = Gold.SHARED_CORPUS.resolve("dumps");
    private static final Pipeline PIPELINE = new Pipeline("en");

    @Test
    void hongze2023IsReadExactlyByColumnsWithItsTwoTable4FilingErrors() {
        Report report = readExactly("jiangsu_huaian_hongze_qzf_2023");

        List<String> filings = report.findings().stream()
                .filter(f -> f.category() == Category.FILING && f.severity() != Severity.INFO)
                .map(f -> f.rule() + " " + f.expected() + "≠" + f.actual() + " " + f.cells().get(f.cells().size() - 1))
                .toList();
        assertEquals(List.of("t4.total 11≠0 t4.review.total", "t4.total 5≠0 t4.lit_after_review.total"), filings);
    }

    @Test
    void huaian2024IsReadExactlyByColumnsWithNoFilingFinding() {
        Report report = readExactly("jiangsu_huaian_szf_2024");

        assertTrue(report.findings().stream().noneMatch(f -> f.category() == Category.FILING
                && f.severity() != Severity.INFO), report.findings().toString());
    }

    private static Report readExactly(String name) {
        Path dump = DUMPS.resolve(name + "__pdftotext_layout.txt");
        Assumptions.assumeTrue(Files.exists(dump), "shared corpus absent: " + dump);
        Report report = PIPELINE.process(dump);
        Gold gold = Gold.load(Gold.SHARED_CORPUS.resolve(name + ".pdf.gold.json"));
        Map<String, Cell> cells = report.cells().stream().collect(Collectors.toMap(Cell::id, Function.identity()));
        assertEquals(gold.cells().size(), cells.size(), name);
        gold.cells().forEach((id, expected) -> {
            Cell cell = cells.get(id);
            assertEquals(expected.kind(), cell.kind().id(), id);
            assertTrue(expected.value() == null ? cell.value() == null : expected.value().compareTo(cell.value()) == 0,
                    id + ": " + cell);
            assertEquals(Basis.LAYOUT, cell.basis(), id);
        });
        return report;
    }
}
