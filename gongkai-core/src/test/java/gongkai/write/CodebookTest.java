package gongkai.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gongkai.format.LegacyFormat;
import gongkai.format.ReportFormats;
import gongkai.model.Basis;
import gongkai.model.Cell;
import gongkai.model.CellKind;
import gongkai.model.Location;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The codebook: every declared id, short names safe and unique, docs/codebook.md current. */
class CodebookTest {
    private static final Path DOC = Path.of("docs", "codebook.md");
    private final Codebook codebook = new Codebook(ReportFormats.standard(), LegacyFormat.standard());

    @Test
    void listsEveryStatutoryCellOfEveryLayoutAndTheLegacyOnes() {
        Set<String> ids = new HashSet<>(codebook.declaredIds());
        for (var table : ReportFormats.standard().tables()) {
            assertTrue(ids.containsAll(table.cellIds()), table.id() + " " + table.layout());
        }
        assertTrue(ids.contains("annex.received.year") && ids.contains("annex.received.unit")
                && ids.contains("narrative.proactive.value"));
        Codebook.Entry received = codebook.entries().stream().filter(e -> e.cellId().equals("t3.new_received.total"))
                .findFirst().orElseThrow();
        assertEquals("v2019 v2021", received.formats());
        assertEquals("2019-", received.years());
        assertEquals("requests_received", received.measure());
        assertEquals("t4", codebook.entries().stream().filter(e -> e.cellId().equals("t4.lit_direct.total")).findFirst()
                .orElseThrow().table());
    }

    @Test
    void shortNamesAreSafeUniqueAndAFunctionOfTheIdAlone() {
        Set<String> names = new HashSet<>();
        for (Codebook.Entry e : codebook.entries()) {
            assertTrue(e.shortName().matches("[A-Za-z][A-Za-z0-9_]{0,31}"), e.shortName());
            assertTrue(names.add(e.shortName()), "duplicate " + e.shortName());
            assertEquals(ShortNames.of(e.cellId()), e.shortName());
        }
        assertEquals("t3_new_received_natural_person", ShortNames.of("t3.new_received.natural_person"));
        assertEquals("t3_not_proc_conf_or_reis_com_ent", ShortNames.of("t3.not_processed.confirm_or_reissue.commercial_enterprise"));
        assertEquals(32, ShortNames.of("t3.a_very_long_unknown_word_that_stays.and_another_long_one.x").length());
    }

    @Test
    void learnsAGenericAnnexRowWithItsPrintedLabels() {
        Cell generic = new Cell("annex.x_1a2b3c4d.year", CellKind.NUMBER, BigDecimal.ONE, "1", Location.UNKNOWN, null,
                Basis.LAYOUT, null, "（一）回应公众关注热点或重大舆情数", "统计数");
        codebook.learn(List.of(generic));
        Codebook.Entry e = codebook.entries().get(codebook.entries().size() - 1);
        assertEquals("annex.x_1a2b3c4d.year", e.cellId());
        assertEquals("（一）回应公众关注热点或重大舆情数", e.rowZh());
        assertEquals("annex_x_1a2b3c4d_year", e.shortName());
    }

    @Test
    void docsCodebookIsCurrent() throws IOException {
        String generated = CodebookMarkdown.of(codebook, new Harmonizer(LegacyFormat.standard()).measures());
        if (Boolean.getBoolean("codebook.update")) {
            Files.writeString(DOC, generated, StandardCharsets.UTF_8);
        }
        assertEquals(generated, Files.readString(DOC, StandardCharsets.UTF_8),
                "docs/codebook.md is stale: mvn test -Dtest=CodebookTest -Dcodebook.update=true");
    }
}
