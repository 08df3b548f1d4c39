package gongkai;

import static org.junit.jupiter.api.Assertions.assertEquals;

import gongkai.cli.Pipeline;
import gongkai.model.Report;
import gongkai.model.Severity;
import gongkai.support.CellAssertions;
import gongkai.support.Fixtures;
import gongkai.support.Gold;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every report the project generates itself (test-fixtures/) read end to end: all cells exact, no error. */
class FixtureCellsTest {
    private static final Pipeline PIPELINE = new Pipeline("zh");

    static Stream<Path> fixtures() {
        return Fixtures.reports().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void readsEveryCellExactly(Path report) {
        Gold expected = Gold.load(Fixtures.expectedFor(report));
        Report actual = PIPELINE.process(report);
        CellAssertions.assertCellsEqual(expected, actual);
        if (expected.formatVersion() != null) {
            assertEquals(expected.formatVersion(), actual.formatVersion());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void findsNoErrorInAConsistentReport(Path report) {
        Report actual = PIPELINE.process(report);
        assertEquals(0, actual.count(Severity.ERROR), actual.findings().toString());
        assertEquals(6, actual.sections().size(), actual.sections().toString());
    }
}
