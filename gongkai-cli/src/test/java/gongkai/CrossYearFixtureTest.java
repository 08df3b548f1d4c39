package gongkai;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gongkai.cli.Pipeline;
import gongkai.model.Finding;
import gongkai.model.Report;
import gongkai.model.Severity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two years of one agency read in one run: 上年结转 of year Y against 结转下年度 of year Y−1. */
class CrossYearFixtureTest {
    private static final Path YEAR_2022 = Path.of("test-fixtures", "text", "sample_bureau_2022_v2021.txt");
    private static final Path YEAR_2023 = Path.of("test-fixtures", "text", "sample_bureau_2023_v2021.txt");

    @TempDir
    Path tmp;

    private static List<Finding> carriedOver(List<Report> reports) {
        return reports.stream().flatMap(r -> r.findings().stream()).filter(f -> f.rule().equals("x1.carried_over")).toList();
    }

    @Test
    void matchingCarriedOverNumbersGiveNoWarning() throws Exception {
        List<Report> reports = new Pipeline("zh").run(List.of(YEAR_2022, YEAR_2023));
        assertEquals(List.of(), carriedOver(reports));
    }

    @Test
    void aCarriedOverMismatchGivesOneWarningNamingBothFiles() throws Exception {
        // Move one request from 新收 to 上年结转 in 2023: the year still balances, the two years no longer do.
        String text = Files.readString(YEAR_2023)
                .replace("一、本年新收政府信息公开申请数量\t61\t41\t6\t2\t5\t5\t120", "一、本年新收政府信息公开申请数量\t60\t41\t6\t2\t5\t5\t119")
                .replace("二、上年结转政府信息公开申请数量\t0\t0\t0\t1\t1\t1\t3", "二、上年结转政府信息公开申请数量\t1\t0\t0\t1\t1\t1\t4");
        Path changed = Files.writeString(tmp.resolve("sample_bureau_2023_v2021.txt"), text);
        List<Report> reports = new Pipeline("zh").run(List.of(YEAR_2022, changed));
        List<Finding> warnings = carriedOver(reports);
        assertEquals(1, warnings.size(), warnings.toString());
        Finding warning = warnings.get(0);
        assertEquals(Severity.WARNING, warning.severity());
        assertTrue(warning.message().contains(YEAR_2022.toString()), warning.message());
        assertTrue(warning.message().contains(changed.toString()), warning.message());
        assertEquals(0, reports.stream().mapToLong(r -> r.count(Severity.ERROR)).sum());
    }
}
