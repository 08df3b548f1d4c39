package gongkai.read;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gongkai.model.Document;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every cell of every fixture, read from HTML, DOCX and DOC, equals the fixture's expected file. */
class FixtureCellsTest {
    static Stream<Arguments> fixtures() {
        return Fixtures.REPORTS.stream().flatMap(name -> Stream.of("html", "docx", "doc").map(f -> Arguments.of(name, f)));
    }

    @ParameterizedTest(name = "{0}.{1}")
    @MethodSource("fixtures")
    void readsEveryExpectedCell(String name, String format) throws Exception {
        assertCells(ExpectedCells.load(Fixtures.expected(name)), Fixtures.read(name, format));
    }

    /** HTML as LibreOffice exports it (font tags, paragraphs in cells, col widths), after a round trip through Word. */
    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"qingshan_edu_2019", "baishui_gov_2022"})
    void readsEveryExpectedCellOfLibreOfficeExportedHtml(String name) throws Exception {
        java.nio.file.Path dir = Fixtures.ROOT.resolve("html").resolve("lo_export");
        assertCells(ExpectedCells.load(dir.resolve(name + ".expected.json")), new HtmlReader().read(dir.resolve(name + ".html")));
    }

    private static void assertCells(ExpectedCells expected, Document doc) {
        Map<String, String> read = GridCells.of(doc);

        assertEquals(expected.cells().keySet(), read.keySet(), "cell ids");
        int count = "v2019".equals(expected.formatVersion()) ? 22 + 161 + 15 : 10 + 175 + 15;
        assertEquals(count, read.size(), "cells in a " + expected.formatVersion() + " report");
        List<Executable> checks = expected.cells().entrySet().stream().map(e -> (Executable) () -> {
            GridCells.Reading got = GridCells.Reading.of(read.get(e.getKey()));
            ExpectedCells.Cell want = e.getValue();
            Supplier<String> what = () -> e.getKey() + " read as '" + got.raw() + "'";
            assertEquals(want.kind(), got.kind(), what);
            assertEquals(want.raw(), got.raw(), what);
            assertTrue(want.value() == null ? got.value() == null : want.value().compareTo(got.value()) == 0, what);
        }).toList();
        assertAll(checks.stream());
    }
}
