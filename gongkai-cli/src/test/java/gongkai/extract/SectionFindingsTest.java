package gongkai.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import gongkai.cli.Pipeline;
import gongkai.model.Category;
import gongkai.model.Finding;
import gongkai.model.Report;
import gongkai.model.Severity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A part missing or printed with the wrong numeral becomes a format finding; the cells are still read. */
class SectionFindingsTest {
    @TempDir
    Path tmp;

    private Report seedWith(String heading, String replacement) throws Exception {
        String seed = Files.readString(SeedReportTest.SEED);
        Path file = Files.writeString(tmp.resolve("r.txt"), seed.replace(heading, replacement));
        return new Pipeline("zh").process(file);
    }

    private static List<Finding> format(Report report) {
        return report.findings().stream().filter(f -> f.category() == Category.FORMAT).toList();
    }

    @Test
    void reportsAMissingPart() throws Exception {
        Report report = seedWith("五、存在的主要问题及改进情况", "五、其他");
        List<Finding> findings = format(report);
        assertEquals(1, findings.size());
        assertEquals("format.missing_section", findings.get(0).rule());
        assertEquals(Severity.WARNING, findings.get(0).severity());
        assertEquals("缺少第五部分“五、存在的主要问题及改进情况”", findings.get(0).message());
        assertEquals(198, report.cells().size());
    }

    @Test
    void reportsAMisnumberedPartAndStillFindsIt() throws Exception {
        Report report = seedWith("五、存在的主要问题及改进情况", "四、存在的主要问题及改进情况");
        List<Finding> findings = format(report);
        assertEquals(1, findings.size());
        assertEquals("format.misnumbered_section", findings.get(0).rule());
        assertEquals("标题编号错误：印作“四、存在的主要问题及改进情况”，应为“五、存在的主要问题及改进情况”", findings.get(0).message());
        assertEquals(6, report.sections().size());
    }
}
