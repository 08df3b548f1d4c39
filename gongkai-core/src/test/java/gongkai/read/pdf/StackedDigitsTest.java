package gongkai.read.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gongkai.model.Block;
import gongkai.model.Document;
import gongkai.model.GridCell;
import gongkai.model.TableGrid;
import gongkai.support.Gold;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Numbers wrapped inside a narrow ruled cell are one number, read top to bottom. */
class StackedDigitsTest {
    private static final Path STACKED = Path.of("test-fixtures", "pdf", "v2021_stacked_digits.pdf");

    /** A cell's lines, one per argument, each set as glyphs 12 points below the one before. */
    private static String cell(String... lines) {
        List<Glyph> glyphs = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            for (int k = 0; k < lines[i].length(); k++) {
                glyphs.add(new Glyph(lines[i].substring(k, k + 1), 100 + 5 * k, 20 + 12 * i, 5, 9));
            }
        }
        return StackedDigits.cellText(TextLine.of(glyphs));
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "2|6; 26", "10|39|55; 103955", "9095|.8; 9095.8", "1,2|34; 1,234", "-1|2; -12", "17; 17",
            "12|件; 12~件", "3|-4; 3~-4", "1.2|.3; 1.2~.3", "（一）|予以公开; （一）~予以公开", "2|/; 2~/"})
    void joinsLinesOnlyWhenTogetherTheyAreOneNumber(String lines, String expected) {
        assertEquals(expected.replace('~', '\n'), cell(lines.split("\\|")));
    }

    @Test
    void everyWrappedValueOfTheFixtureIsOneNumberInItsCell() throws Exception {
        Gold expected = Gold.load(Path.of("test-fixtures", "pdf", "v2021_stacked_digits.expected.json"));
        Document document = new PdfReader().read(STACKED);
        List<String> values = new ArrayList<>();
        for (Block block : document.blocks()) {
            if (block instanceof TableGrid grid) {
                grid.cells().stream().map(GridCell::text).filter(t -> t.matches("[0-9.\\n]+")).forEach(values::add);
            }
        }
        assertTrue(values.stream().noneMatch(v -> v.contains("\n")), values.toString());
        TableGrid t3 = GridRows.gridContaining(document, "本年新收");
        List<String> received = t3.rows().get(3).stream().skip(1).map(GridCell::text).toList();
        List<String> printed = ReportLabels.T3_COLUMNS.stream().map(c -> expected.raw("t3.new_received." + c)).toList();
        assertEquals(printed, received);
        assertEquals(List.of("103955", "103945", "130357", "112259", "95970", "112397", "658883"), received);
    }
}
