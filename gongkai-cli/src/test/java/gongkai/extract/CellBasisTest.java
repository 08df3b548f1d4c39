package gongkai.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import gongkai.cli.Pipeline;
import gongkai.model.Report;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every cell says how it was placed: a ruled, HTML, Word or tab-separated grid, columns by position, the text's rules. */
class CellBasisTest {
    private static final Pipeline PIPELINE = new Pipeline("en");

    @ParameterizedTest
    @CsvSource({
            "pdf/v2021_libreoffice.pdf, grid=200",
            "pdf/v2019_chromium.pdf, grid=198",
            "pdf/v2019_borderless.pdf, layout=198",
            "html/baishui_gov_2022.html, grid=200",
            "text/sample_county_2020_v2019.txt, grid=198",
            "dumps/v2021_split_chromium__pypdf.txt, order=10|rules=190",
    })
    void basisOfEveryCell(String fixture, String expected) {
        Report report = PIPELINE.process(Path.of("test-fixtures").resolve(fixture));

        Map<String, Long> counts = report.cells().stream()
                .collect(Collectors.groupingBy(c -> c.basis().id(), TreeMap::new, Collectors.counting()));
        String actual = counts.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining("|"));
        assertEquals(expected, actual);
    }


}
