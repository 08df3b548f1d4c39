package gongkai;

import static org.junit.jupiter.api.Assertions.assertEquals;

import gongkai.cli.Pipeline;
import gongkai.model.Cell;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** One report written as HTML, DOCX and DOC gives the same cells: id, kind, value and raw text. */
class SameReportAcrossFormatsTest {
    private static final Pipeline PIPELINE = new Pipeline("zh");

    private record Printed(String id, String kind, String value, String raw) {
        static Printed of(Cell c) {
            return new Printed(c.id(), c.kind().id(), c.value() == null ? null : c.value().toPlainString(), c.raw());
        }
    }

    private static List<Printed> cells(Path file) {
        return PIPELINE.process(file).cells().stream().map(Printed::of).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"qingshan_edu_2019", "qingshan_edu_2020", "baishui_gov_2022", "baishui_gov_2023"})
    void htmlDocxAndDocGiveIdenticalCells(String name) {
        List<Printed> html = cells(Path.of("test-fixtures", "html", name + ".html"));
        assertEquals(html, cells(Path.of("test-fixtures", "word", name + ".docx")));
        assertEquals(html, cells(Path.of("test-fixtures", "word", name + ".doc")));
    }
}
