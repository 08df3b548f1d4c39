package gongkai.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import gongkai.cli.Pipeline;
import gongkai.model.Basis;
import gongkai.model.Cell;
import gongkai.model.Report;
import gongkai.model.Section;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every pre-2019 report of the corpus (the 2018 gold and the archive's 16 legacy reports, values established
 * in gongkai-core/src/test/resources/legacy with how they were checked): every heading found, every annex figure read with
 * its printed row and column label and value, or flagged (basis CHOICE with a note) where the digits do not
 * decide it; the key narrative figures read.
 */
class LegacyCorpusTest {
    static final Path CASES = Path.of("gongkai-core", "src", "test", "resources", "legacy", "cases.tsv");
    private static final ObjectMapper JSON = new ObjectMapper();

    static Stream<String[]> cases() throws IOException {
        return Files.readAllLines(CASES).stream().filter(l -> !l.isBlank() && !l.startsWith("#")).map(l -> l.split("\t"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void readsEveryHeadingAndAnnexFigureOrFlagsIt(String input, String expected) throws IOException {
        Case kase = Case.of(input, expected);
        JsonNode gold = kase.gold();
        Report report = kase.report();
        assertEquals("legacy", report.formatVersion());
        assertEquals(gold.get("year").asInt(), report.year());
        List<String> headings = report.sections().stream().map(s -> fold(s.heading())).toList();
        for (JsonNode h : gold.get("legacy_headings")) {
            assertTrue(headings.contains(fold(h.asText())), h.asText() + " not in " + headings);
        }
        Set<String> ambiguous = new HashSet<>();
        gold.path("legacy_ambiguous").forEach(a -> ambiguous.add(a.asText()));
        List<String> wrong = new ArrayList<>();
        gold.get("legacy_figures").fields().forEachRemaining(e -> {
            String[] key = e.getKey().split("\\|", 2);
            Cell cell = report.cells().stream().filter(c -> c.rowLabel() != null && c.columnLabel() != null
                    && fold(c.rowLabel()).equals(fold(key[0])) && fold(c.columnLabel()).equals(fold(key[1])))
                    .findFirst().orElse(null);
            if (cell == null) {
                wrong.add(e.getKey() + ": no cell");
            } else if (ambiguous.contains(e.getKey())) {
                if (cell.basis() != Basis.CHOICE || cell.note() == null) {
                    wrong.add(e.getKey() + ": undecided split not flagged: " + cell);
                }
            } else if (!fold(cell.raw()).equals(fold(e.getValue().asText())) || cell.note() != null && cell.basis() == Basis.CHOICE) {
                wrong.add(e.getKey() + ": expected " + e.getValue().asText() + ", read " + cell.raw() + " " + cell.basis());
            }
        });
        assertEquals(List.of(), wrong);
        long annexCells = report.cells().stream().filter(c -> c.id().startsWith("annex.")).count();
        assertEquals(gold.get("legacy_figures").size(), annexCells, "no annex cell beyond the expected ones");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void readsTheNarrativesKeyFigures(String input, String expected) throws IOException {
        Case kase = Case.of(input, expected);
        JsonNode gold = kase.gold();
        Assumptions.assumeTrue(gold.has("narrative_figures"), "no narrative figures established for " + input);
        Report report = kase.report();
        gold.get("narrative_figures").fields().forEachRemaining(e -> {
            Cell cell = report.cells().stream().filter(c -> c.id().equals(e.getKey())).findFirst().orElse(null);
            assertNotNull(cell, e.getKey());
            assertEquals(e.getValue().asText(), cell.raw(), e.getKey());
            assertFalse(cell.rowLabel().isBlank(), "the sentence is the figure's provenance");
        });
        long figures = report.cells().stream().filter(c -> c.id().startsWith("narrative.")).count();
        assertEquals(gold.get("narrative_figures").size(), figures);
        assertTrue(report.sections().stream().map(Section::key).noneMatch(String::isBlank));
    }

    /** A case: the report read from the corpus and the values established for it. */
    private record Case(Report report, JsonNode gold) {
        static Case of(String input, String expected) throws IOException {
            Path file = CASES.getParent().resolve(input).normalize();
            Assumptions.assumeTrue(Files.exists(file), "shared corpus absent: " + file);
            JsonNode gold = JSON.readTree(CASES.getParent().resolve(expected).normalize().toFile());
            return new Case(new Pipeline("zh").process(file), gold);
        }
    }

    private static String fold(String s) {
        return Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFKC).replaceAll("\\s+", "")
                .replaceFirst("^其中[:：]?", "");
    }
}
