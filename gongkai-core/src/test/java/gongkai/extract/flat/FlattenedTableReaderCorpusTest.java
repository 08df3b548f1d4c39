package gongkai.extract.flat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import gongkai.format.ReportFormats;
import gongkai.format.TableSpec;
import gongkai.model.Cell;
import gongkai.model.CellKind;
import gongkai.model.Location;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Reads the tables of the flattened Pingtan dev-corpus reports (web pages dumped as text, every cell of a
 * row glued together) and compares them with the hand-checked gold cells: a cell the gold does not mark
 * ambiguous must be read exactly; an ambiguous one must be read exactly or be flagged.
 */
class FlattenedTableReaderCorpusTest {
    private static final Path CORPUS = Path.of("..", "shared", "corpus");
    private static final ReportFormats FORMATS = ReportFormats.standard();
    private static final String[] SECTIONS = {"s2", "s3", "s4", "s5"};

    static Stream<Arguments> tables() {
        return Stream.of(
                Arguments.of("fujian_pingtan_2019.txt", "t2", "v2019", "s2"),
                Arguments.of("fujian_pingtan_2019.txt", "t3", "v2019", "s3"),
                Arguments.of("fujian_pingtan_2019.txt", "t4", "v2019", "s4"),
                Arguments.of("fujian_pingtan_2021.txt", "t2", "v2021", "s2"),
                Arguments.of("fujian_pingtan_2021.txt", "t3", "v2021", "s3"),
                Arguments.of("fujian_pingtan_2021.txt", "t4", "v2019", "s4"));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("tables")
    void readsGoldCellsOrFlagsTheAmbiguousOnes(String file, String tableId, String layout, String section)
            throws IOException {
        Path text = CORPUS.resolve(file);
        Path gold = CORPUS.resolve(file + ".gold.json");
        Assumptions.assumeTrue(Files.exists(text) && Files.exists(gold), "dev corpus not present");
        JsonNode expected = new ObjectMapper().readTree(gold.toFile());
        String sectionText = section(Files.readString(text, StandardCharsets.UTF_8), expected.get("sections"), section);
        TableSpec table = FORMATS.table(tableId, layout).orElseThrow();

        long started = System.nanoTime();
        FlatReading reading = new FlattenedTableReader(FORMATS).read(table, sectionText, Location.ofLine(1));
        double ms = (System.nanoTime() - started) / 1e6;

        int unique = 0;
        int flagged = 0;
        for (String id : table.cellIds()) {
            JsonNode want = expected.get("cells").get(id);
            Cell got = reading.cells().get(id);
            assertNotNull(got, id + " not read");
            boolean ambiguousInGold = want.path("ambiguous").asBoolean(false);
            boolean flaggedHere = got.note() != null && got.note().startsWith(FlatCells.AMBIGUOUS_NOTE);
            flagged += flaggedHere ? 1 : 0;
            unique += flaggedHere ? 0 : 1;
            boolean exact = got.kind() == CellKind.NUMBER && got.value().compareTo(new BigDecimal(want.get("value").asText())) == 0;
            if (ambiguousInGold) {
                assertTrue(exact || flaggedHere, id + ": " + got);
            } else {
                assertEquals(want.get("kind").asText(), got.kind().id(), id);
                assertTrue(exact, id + ": expected " + want.get("value") + ", got " + got);
                assertEquals(want.get("raw").asText(), got.raw(), id);
            }
        }
        System.out.printf("%s %s: %d cells resolved uniquely, %d flagged ambiguous, %.1f ms%n",
                file, tableId, unique, flagged, ms);
    }

    /** The text from a section's heading (as the gold records it) to the next section's heading. */
    private static String section(String text, JsonNode headings, String key) {
        int from = text.indexOf(headings.get(key).asText());
        assertTrue(from >= 0, "heading of " + key);
        int to = text.length();
        for (int i = 0; i < SECTIONS.length - 1; i++) {
            if (SECTIONS[i].equals(key)) {
                int next = text.indexOf(headings.get(SECTIONS[i + 1]).asText(), from + 1);
                to = next < 0 ? to : next;
            }
        }
        return text.substring(from, to);
    }
}
