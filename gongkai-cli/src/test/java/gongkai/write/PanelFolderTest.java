package gongkai.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.opencsv.CSVReader;
import com.opencsv.exceptions.CsvException;
import gongkai.support.ExtractedCorpus;
import gongkai.support.Gold;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A folder with the seed, the shared corpus and the fixtures: panel.csv has one row per report and its
 * values equal cells.csv; every cell id is in the codebook; short names unique; harmonized.csv and the
 * SQLite tables hold the same.
 */
class PanelFolderTest {
    private static Path out;

    @BeforeAll
    static void extract() {
        Assumptions.assumeTrue(Files.isDirectory(Gold.SHARED_CORPUS), "shared corpus absent");
        out = ExtractedCorpus.folder();
    }

    private static List<String[]> csv(String name) throws IOException {
        try (CSVReader r = new CSVReader(Files.newBufferedReader(out.resolve(name)))) {
            return r.readAll();
        } catch (CsvException e) {
            throw new IOException(e);
        }
    }

    @Test
    void panelHasOneRowPerReportAndTheValuesOfCellsCsv() throws IOException {
        List<String[]> panel = csv("panel.csv");
        List<String[]> reports = csv("reports.csv");
        assertEquals(reports.size(), panel.size(), "one row per report");
        List<String> header = Arrays.asList(panel.get(0));
        assertEquals(List.of(PanelFiles.PANEL_HEAD), header.subList(0, PanelFiles.PANEL_HEAD.length));
        Map<String, String[]> byReport = new HashMap<>();
        panel.stream().skip(1).forEach(r -> byReport.put(r[0] + " " + r[1], r));
        assertEquals(reports.size() - 1, byReport.size(), "one row per report id and path (a file present twice has two)");
        List<String[]> cells = csv("cells.csv");
        List<String> mismatches = new ArrayList<>();
        for (String[] c : cells.subList(1, cells.size())) {
            int column = header.indexOf(c[3]);
            String[] row = byReport.get(c[0] + " " + c[1]);
            if (column < 0 || row == null || !row[column].equals(c[5])) {
                mismatches.add(c[0] + " " + c[3] + ": cells.csv " + c[5] + ", panel " + (column < 0 || row == null ? "none" : row[column]));
            }
        }
        assertEquals(List.of(), mismatches.subList(0, Math.min(10, mismatches.size())));
        assertTrue(cells.stream().anyMatch(c -> c[3].startsWith("annex.")), "the legacy annexes are in the panel");
    }

    @Test
    void everyCellIdIsInTheCodebookWithAUniqueShortName() throws IOException {
        List<String[]> codebook = csv("codebook.csv");
        assertEquals(List.of("cell_id", "short_name"), Arrays.asList(codebook.get(0)).subList(0, 2));
        Set<String> ids = new HashSet<>();
        Set<String> names = new HashSet<>();
        for (String[] e : codebook.subList(1, codebook.size())) {
            assertTrue(ids.add(e[0]), "duplicate id " + e[0]);
            assertTrue(names.add(e[1]) && e[1].length() <= ShortNames.MAX, "short name " + e[1]);
        }
        csv("cells.csv").stream().skip(1).forEach(c -> assertTrue(ids.contains(c[3]), c[3] + " not in the codebook"));
        assertEquals(ids, new HashSet<>(Arrays.asList(csv("panel.csv").get(0)).subList(PanelFiles.PANEL_HEAD.length,
                csv("panel.csv").get(0).length)), "one panel column per codebook id");
    }

    @Test
    void harmonizesTheLegacyAnnexAndTheStatutoryTablesOnOneMeasure() throws IOException {
        List<String> rows = new ArrayList<>();
        for (String[] h : csv("harmonized.csv")) {
            String file = Path.of(h[1]).getFileName().toString();
            if (h[1].startsWith("corpus")) {
                continue; // the seed is also in the shared corpus: one of the two copies is enough here
            }
            if (h[4].equals("proactive_items") && file.equals("fujian_pingtan_2018.txt")
                    || h[4].equals("requests_received") && file.equals("000_be5ac688f3236744.txt")
                    || h[4].equals("requests_received") && file.equals("pingtanxian-zhengfu_2013.txt")) {
                rows.add(file + " " + String.join(",", Arrays.copyOfRange(h, 3, h.length)));
            }
        }
        rows.sort(null);
        assertEquals(List.of("000_be5ac688f3236744.txt 2020,requests_received,0,grid,table,t3.new_received.total",
                "fujian_pingtan_2018.txt 2018,proactive_items,2069,rules,annex,annex.proactive.year",
                "pingtanxian-zhengfu_2013.txt 2013,requests_received,7,rules,annex,annex.received.year"), rows);
    }

    @Test
    void sqliteHoldsTheSameTables() throws SQLException, IOException {
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + out.resolve("panel.db"));
             Statement st = db.createStatement()) {
            for (String table : List.of("panel", "harmonized", "codebook")) {
                try (ResultSet rs = st.executeQuery("SELECT count(*) FROM " + table)) {
                    assertEquals(csv(table + ".csv").size() - 1, rs.getInt(1), table);
                }
            }
            try (ResultSet rs = st.executeQuery("SELECT \"annex.proactive.cumulative\" FROM panel WHERE source_path LIKE "
                    + "'%shiyanqu-area_2016.txt'")) {
                assertEquals(85376, rs.getLong(1));
            }
        }
    }
}
