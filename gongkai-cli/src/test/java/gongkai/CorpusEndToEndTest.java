package gongkai;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import gongkai.cli.Pipeline;
import gongkai.model.Report;
import gongkai.model.Section;
import gongkai.support.CellAssertions;
import gongkai.support.Gold;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every real report of the shared development corpus read end to end through the whole pipeline and
 * compared with its hand-checked gold: cells, sections, format version, agency and year.
 */
class CorpusEndToEndTest {
    private static final Pipeline PIPELINE = new Pipeline("zh");

    static Stream<String> corpusFiles() throws IOException {
        if (!Files.isDirectory(Gold.SHARED_CORPUS)) {
            return Stream.of("(shared corpus absent)");
        }
        try (Stream<Path> list = Files.list(Gold.SHARED_CORPUS)) {
            return list.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".gold.json"))
                    .map(n -> n.replace(".gold.json", "")).sorted().toList().stream();
        }
    }

    private static Report report(String name) {
        Assumptions.assumeTrue(Files.isDirectory(Gold.SHARED_CORPUS), "shared corpus absent");
        return PIPELINE.process(Gold.SHARED_CORPUS.resolve(name));
    }

    /** The statutory tables' cells: a legacy report's annex and narrative cells are LegacyCorpusTest's. */
    private static Report statutoryOnly(Report r) {
        return new Report(r.reportId(), r.source(), r.status(), r.errors(), r.formatVersion(), r.agency(), r.year(),
                r.sections(), r.cells().stream().filter(c -> c.id().matches("t\\d\\..*")).toList(), r.findings());
    }

    private static Gold gold(String name) {
        return Gold.load(Gold.SHARED_CORPUS.resolve(name + ".gold.json"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpusFiles")
    void readsEveryGoldCell(String name) {
        Report report = report(name);
        CellAssertions.assertCellsEqual(gold(name), statutoryOnly(report));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpusFiles")
    void findsTheSectionsWithTheirPrintedHeadings(String name) {
        Report report = report(name);
        Map<String, String> expected = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = gold(name).json().path("sections").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            expected.put(e.getKey(), e.getValue().asText());
        }
        Map<String, String> actual = report.sections().stream().filter(s -> s.key().matches("s\\d"))
                .collect(Collectors.toMap(Section::key, Section::heading, (a, b) -> a, LinkedHashMap::new));
        assertEquals(expected, actual);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpusFiles")
    void readsFormatVersionYearAndAgency(String name) {
        Report report = report(name);
        Gold gold = gold(name);
        assertEquals(gold.formatVersion(), report.formatVersion());
        assertEquals(gold.year(), report.year());
        assertNotNull(report.agency());
        // The gold names 平潭 as 平潭综合实验区（管委会）, a curator's addition the report's title does not print.
        assertTrue(gold.agency().startsWith(report.agency()), gold.agency() + " vs " + report.agency());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpusFiles")
    void flagsEveryAmbiguousGoldCellOrReadsItExactly(String name) {
        Report report = report(name);
        List<String> ambiguous = gold(name).cells().entrySet().stream().filter(e -> e.getValue().ambiguous())
                .map(Map.Entry::getKey).toList();
        if (!ambiguous.isEmpty()) {
            assertEquals("partial", report.status().id());
        }
    }
}
