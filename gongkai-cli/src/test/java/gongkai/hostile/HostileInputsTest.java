package gongkai.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gongkai.cli.Pipeline;
import gongkai.model.Report;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Regression tests for the hostile inputs of the fuzzing campaign: each gets its record with the exact
 * status and error code, never INTERNAL_ERROR, and in seconds of CPU ({@link TimedRun}: the bound only
 * catches a relapse into minutes); the figures are in docs/benchmarks.md.
 */
class HostileInputsTest {
    private static final Path CORPUS = Path.of("test-fixtures", "hostile");
    private static final Pipeline PIPELINE = new Pipeline("zh");

    @TempDir
    static Path tmp;

    /** test-fixtures/hostile/expected.tsv: file, status, first error code (empty for none), rule of a finding (optional). */
    static Stream<Arguments> committed() throws IOException {
        return Files.readAllLines(CORPUS.resolve("expected.tsv")).stream()
                .filter(line -> !line.isBlank() && !line.startsWith("#"))
                .map(line -> line.split("\t", -1))
                .map(f -> Arguments.of(f[0], f[1], f[2], f.length > 3 ? f[3] : ""));
    }

    @ParameterizedTest(name = "{0} → {1} {2}")
    @MethodSource("committed")
    void committedHostileInputGetsItsExactRecord(String file, String status, String code, String finding) {
        Report report = process(CORPUS.resolve(file));
        assertRecord(report, status, code);
        if (!finding.isEmpty()) {
            assertTrue(report.findings().stream().anyMatch(f -> f.rule().equals(finding)),
                    "finding " + finding + " in " + report.findings());
        }
    }

    @Test
    void aLineOfAHundredThousandDigitsIsReadInSeconds() throws IOException {
        assertRecord(process(HostileInputs.digitLine(tmp, 100_000)), "failed", "NOT_A_REPORT");
    }

    @Test
    void aLineOfAMillionDigitsIsReadInSeconds() throws IOException {
        assertRecord(process(HostileInputs.digitLine(tmp, 1_000_000)), "failed", "NOT_A_REPORT");
    }

    @Test
    void aCellOfAMillionDigitsIsText() throws IOException {
        assertRecord(process(HostileInputs.hugeCell(tmp, 1_000_000)), "failed", "NOT_A_REPORT");
    }

    @Test
    void fourHundredThousandLinesAreReadInLinearTime() throws IOException {
        assertRecord(process(HostileInputs.manyLines(tmp, 400_000)), "partial", "TABLE_NOT_FOUND");
    }

    @Test
    void aGibibyteTextFileIsTooLarge() throws IOException {
        Report report = process(HostileInputs.sparseText(tmp, 1L << 30));
        assertRecord(report, "failed", "TOO_LARGE");
        assertTrue(report.errors().get(0).message().contains("16777216"), report.errors().get(0).message());
    }

    @Test
    void aDocxOfMoreParagraphsThanTheCapIsTooLargeBeforePoiParsesIt() throws IOException {
        Report report = process(HostileInputs.manyParagraphs(tmp, 150_000));
        assertRecord(report, "failed", "TOO_LARGE");
        assertTrue(report.errors().get(0).message().contains("paragraphs"), report.errors().get(0).message());
    }

    private static Report process(Path file) {
        return TimedRun.process(PIPELINE, file);
    }

    private static void assertRecord(Report report, String status, String code) {
        List<String> codes = report.errors().stream().map(e -> e.code()).toList();
        assertEquals(status, report.status().id(), report.source().path() + ": " + report.errors());
        assertEquals(code, codes.isEmpty() ? "" : codes.get(0), report.source().path() + ": " + report.errors());
    }
}
