package gongkai.extract.flat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gongkai.format.BlockSpec;
import gongkai.format.LineSpec;
import gongkai.format.ReportFormats;
import gongkai.format.TableSpec;
import gongkai.model.Basis;
import gongkai.model.Cell;
import gongkai.model.CellKind;
import gongkai.model.Finding;
import gongkai.model.Location;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Table 3 in {@code pdftotext -layout} text: values placed by their columns (basis layout), blanks kept
 * empty, labels wrapped around their values, and no position guessed — a value between columns is left to
 * the order and rules of the flattened-text reader, named.
 */
class LayoutColumnsTest {
    private static final ReportFormats FORMATS = ReportFormats.standard();
    private static final FlattenedTableReader READER = new FlattenedTableReader(FORMATS);
    private static final Location WHERE = Location.ofLine(1);
    /** Where each column's values end (right-aligned), in the measure the text is written in. */
    private static final int[] RIGHT_EDGES = {40, 48, 56, 64, 72, 80, 88};
    private static final String ZEROS = "0 0 0 0 0 0 0";

    @Test
    void aRowWithBlanksIsPlacedByItsColumnsAndItsBlanksStayEmpty() {
        FlatReading reading = READER.readLayout(t3(), layoutT3(Map.of("new_received", "258 . . . 12 . 270",
                "carried_in", "0 0 0 0 0 0 0"), false), WHERE);

        assertEquals(Map.of("natural_person", "258", "commercial_enterprise", "", "research_institution", "",
                "social_welfare_org", "", "legal_service_org", "12", "other_org", "", "total", "270"),
                rawsOf(reading, "t3.new_received."));
        Cell blank = reading.cells().get("t3.new_received.commercial_enterprise");
        assertEquals(CellKind.EMPTY, blank.kind());
        assertEquals(null, blank.value());
        assertEquals(new BigDecimal("12"), reading.cells().get("t3.new_received.legal_service_org").value());
        assertEquals(175, reading.cells().size());
        assertTrue(reading.cells().values().stream().allMatch(c -> c.basis() == Basis.LAYOUT), basesOf(reading));
        assertTrue(reading.cells().values().stream().allMatch(Cell::isCertain));
        assertTrue(reading.findings().stream().noneMatch(f -> f.rule().equals(FlatCells.LAYOUT_UNPLACED)));
    }

    @Test
    void columnsAreMeasuredInDisplayColumnsWhenTheTextAlignsCjkTwoWide() {
        String text = layoutT3(Map.of("granted", ". 3 . . . . 3"), true);

        FlatReading reading = READER.readLayout(t3(), text, WHERE);

        assertEquals(Map.of("natural_person", "", "commercial_enterprise", "3", "research_institution", "",
                "social_welfare_org", "", "legal_service_org", "", "other_org", "", "total", "3"),
                rawsOf(reading, "t3.granted."));
        assertEquals(Basis.LAYOUT, reading.cells().get("t3.granted.commercial_enterprise").basis());
    }

    @Test
    void aValueBetweenTwoColumnsIsNotGuessedButLeftToTheRulesAndNamed() {
        String text = layoutT3(Map.of("granted", "5 . . . . . 5"), false)
                .replaceFirst("(予以公开 *)( {4})5", "$1 5   "); // 5 moved 4 characters right: between columns 1 and 2

        FlatReading reading = READER.readLayout(t3(), text, WHERE);

        Cell first = reading.cells().get("t3.granted.natural_person");
        assertEquals(Basis.CHOICE, first.basis());
        assertTrue(first.note().startsWith("ambiguous, alternatives: "), first.note());
        Finding unplaced = FlatCertaintyTest.only(reading.findings(), FlatCells.LAYOUT_UNPLACED);
        assertEquals(7, unplaced.cells().size());
        assertEquals("table t3 granted: \"5" + " ".repeat(50) + "5\" not placed by column position"
                + " (a value stands off its block's columns); read by order and rules", unplaced.message());
        assertEquals(Basis.LAYOUT, reading.cells().get("t3.carried_in.total").basis());
    }

    @Test
    void aLabelWrappedAboveAndBelowItsValuesStillNamesItsRow() {
        String text = layoutT3(Map.of("partial", "4 . . . . . 4"), false).replaceFirst(
                "(（二）部分公开（区分处理的，只计这一情形，不计其他情形）) *([^\\n]*)",
                "（二）部分公开（区分处理的，只计这一情\n" + " ".repeat(36) + "$2\n形，不计其他情形）");

        FlatReading reading = READER.readLayout(t3(), text, WHERE);

        assertEquals(Map.of("natural_person", "4", "commercial_enterprise", "", "research_institution", "",
                "social_welfare_org", "", "legal_service_org", "", "other_org", "", "total", "4"),
                rawsOf(reading, "t3.partial."));
        assertEquals(Basis.LAYOUT, reading.cells().get("t3.partial.total").basis());
        assertEquals(Basis.LAYOUT, reading.cells().get("t3.denied.state_secret.total").basis());
    }

    @Test
    void aRowWithoutACompleteRowOnItsPageIsLeftToTheRules() {
        Map<String, String> rows = new LinkedHashMap<>();
        t3().blocks().get(0).rows().forEach(r -> rows.put(r.key(), "0 . . . . . 0"));

        FlatReading reading = READER.readLayout(t3(), layoutT3(rows, false), WHERE);

        assertTrue(reading.cells().values().stream().noneMatch(c -> c.basis() == Basis.LAYOUT), basesOf(reading));
        assertTrue(reading.findings().stream().anyMatch(f -> f.rule().equals(FlatCells.LAYOUT_UNPLACED)
                && f.message().contains("no row of its block on its page prints every column")));
    }

    @Test
    void layoutTextIsToldFromTextWhoseValuesStandOneSpaceApart() {
        List<String> layout = Arrays.asList(layoutT3(Map.of(), false).split("\n"));
        List<String> pypdf = layout.stream().map(l -> l.strip().replaceAll(" +", " ")).toList();

        assertTrue(LayoutText.isLayout(layout));
        assertFalse(LayoutText.isLayout(pypdf));
        assertFalse(LayoutText.isLayout(List.of("规章  1  0  11", "正文")));
    }

    @Test
    void displayWidthCountsWideCharactersTwice() {
        assertEquals(2, DisplayWidth.of('自'));
        assertEquals(2, DisplayWidth.of('（'));
        assertEquals(1, DisplayWidth.of('7'));
        assertEquals(0, DisplayWidth.of('\f'));
        assertEquals(8, DisplayWidth.of("1.属于国", 0, 5));
    }

    /**
     * Table 3 as {@code pdftotext -layout} prints it: a line per row, the label, then each value right-aligned
     * at its column's edge. A row's values are seven words, {@code .} for a blank cell; rows not given are all
     * 0. {@code byWidth}: positions counted in display columns (CJK two wide) rather than characters.
     */
    static String layoutT3(Map<String, String> rows, boolean byWidth) {
        StringBuilder text = new StringBuilder("三、收到和处理政府信息公开申请情况\n")
                .append(" ".repeat(50)).append("申请人情况\n");
        for (BlockSpec block : t3().blocks()) {
            for (LineSpec row : block.rows()) {
                String[] values = rows.getOrDefault(row.key(), ZEROS).split(" ");
                StringBuilder line = new StringBuilder(row.labels().get(0));
                for (int c = 0; c < values.length; c++) {
                    String value = values[c].equals(".") ? "" : values[c];
                    int at = byWidth ? DisplayWidth.of(line, 0, line.length()) : line.length();
                    line.append(" ".repeat(Math.max(1, RIGHT_EDGES[c] - value.length() - at))).append(value);
                }
                text.append(line.toString().stripTrailing()).append('\n');
            }
        }
        return text.append("\f四、政府信息公开行政复议、行政诉讼情况\n").toString();
    }

    private static Map<String, String> rawsOf(FlatReading reading, String prefix) {
        return reading.cells().values().stream().filter(c -> c.id().startsWith(prefix) && c.id().indexOf('.',
                prefix.length()) < 0).collect(Collectors.toMap(c -> c.id().substring(prefix.length()), Cell::raw));
    }

    private static String basesOf(FlatReading reading) {
        return reading.cells().values().stream().map(c -> c.id() + "=" + c.basis()).collect(Collectors.joining(" "));
    }

    private static TableSpec t3() {
        return FORMATS.table("t3", "v2021").orElseThrow();
    }
}
