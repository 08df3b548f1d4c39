package gongkai.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The audit site's pages as written (parsed back with jsoup): marked cells, evidence, pictures, index. */
class AuditSiteTest {
    private static final List<String> REVIEW = List.of("t4.review.upheld", "t4.review.corrected", "t4.review.other",
            "t4.review.pending", "t4.review.total");
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G'};

    static Path site;

    @BeforeAll
    static void extract() {
        site = AuditRuns.sharedSite();
    }

    static Document page(Path site, String fileName) throws IOException {
        Document index = Jsoup.parse(site.resolve("index.html").toFile());
        for (Element row : index.select("#reports tbody tr")) {
            if (row.selectFirst("td.file").text().equals(fileName)) {
                return Jsoup.parse(site.resolve(row.selectFirst("a").attr("href")).toFile());
            }
        }
        throw new AssertionError("no index row for " + fileName);
    }

    @Test
    void plantedErrorMarksTheFiveCellsOfItsRowAsErrors() throws IOException {
        Document page = page(site, "v2021_planted_error.pdf");
        assertEquals(REVIEW, page.select("td.violation.error").eachAttr("data-cell"));
        List<String> fees = List.of("t2.a20_8.admin_fee.amount", "t3.other.overdue_no_fee.total");
        assertEquals(fees, page.select("td.violation.note").eachAttr("data-cell")); // a3.fee_mention, info
        assertEquals(List.of("a3.fee_mention", "a3.fee_mention"), page.select("td.violation.note").eachAttr("data-rules"));
        assertEquals(REVIEW.size() + fees.size(), page.select("td.violation").size());
        for (String id : REVIEW) {
            Element cell = page.selectFirst("td[data-cell=" + id + "]");
            assertTrue(cell.hasClass("error"), id);
            assertEquals("t4.total", cell.attr("data-rules"));
            assertEquals("grid", cell.attr("data-basis"));
            assertEquals("2", cell.attr("data-page"));
        }
        assertEquals(List.of("8", "5", "4", "5", "0"), REVIEW.stream().map(id -> page.selectFirst("td[data-cell=" + id + "]").text()).toList());
        assertEquals("", page.selectFirst("td[data-cell=t4.lit_direct.total]").attr("data-rules"));
    }

    @Test
    void everyCellOfTheV2021TablesIsDrawnOnce() throws IOException {
        Document page = page(site, "v2021_planted_error.pdf");
        assertEquals(200, page.select("td[data-cell]").size());
        assertEquals(0, page.select("td.missing").size());
        assertEquals(List.of("v2021", "v2021", "v2019"), page.select("table.statute").eachAttr("data-layout"));
        JsonNode expected = new ObjectMapper().readTree(AuditRuns.PLANTED.resolveSibling("v2021_planted_error.cells.json")
                .toFile()).get("cells");
        assertEquals(200, expected.size());
        expected.fields().forEachRemaining(e -> assertEquals(e.getValue().get("raw").asText(),
                page.selectFirst("td[data-cell=" + e.getKey() + "]").text(), e.getKey()));
    }

    @Test
    void findingsListTheirEvidence() throws IOException {
        Document page = page(site, "v2021_planted_error.pdf");
        Element finding = page.selectFirst("tr.finding[data-rule=t4.total]");
        assertNotNull(finding);
        assertTrue(finding.hasClass("error"));
        assertEquals(List.of("22", "0"), finding.select("td.num").eachText());
        assertEquals(String.join(" ", REVIEW), finding.attr("data-cells"));
        assertEquals(REVIEW, finding.select("button[data-cell-ref]").eachText());
        assertTrue(finding.selectFirst("td.message").text().contains("应为 22（8+5+4+5），表中为 0"), finding.text());
    }

    @Test
    void pagePicturesCarryTheBoxesOfTheMarkedCells() throws IOException {
        Document page = page(site, "v2021_planted_error.pdf");
        List<Element> figures = page.select("figure.page");
        assertEquals(List.of("1", "2"), figures.stream().map(f -> f.attr("data-page")).toList());
        for (Element figure : figures) {
            byte[] head = Arrays.copyOf(Files.readAllBytes(site.resolve(figure.selectFirst("img").attr("src"))), 4);
            assertArrayEquals(PNG, head);
        }
        Element pageTwo = figures.get(1);
        assertEquals(REVIEW, pageTwo.select("rect.violation.error").eachAttr("data-cell"));
        assertEquals(200, page.select("rect.box").size());
    }

    @Test
    void indexHasOneRowPerReportWithItsCounts() throws IOException {
        Document index = Jsoup.parse(site.resolve("index.html").toFile());
        int reports = AuditRuns.hasHongze() ? 2 : 1;
        assertEquals(reports, index.select("#reports tbody tr").size());
        assertEquals(String.valueOf(reports), index.selectFirst("td[data-total=reports]").text());
        Element planted = index.select("#reports tbody tr").stream()
                .filter(r -> r.selectFirst("td.file").text().equals("v2021_planted_error.pdf")).findFirst().orElseThrow();
        assertEquals(List.of("某某县人民政府 2023", "2023", "pdf v2021", "ok", "1", "0", "0", "v2021_planted_error.pdf"),
                planted.select("td").eachText());
        assertEquals("t4.total", index.selectFirst("svg.chart text").text());
        assertTrue(Files.isRegularFile(site.resolve("audit.css")) && Files.isRegularFile(site.resolve("audit.js")));
    }

    @Test
    void hongzeShowsItsTwoTable4TotalsAsErrors() throws IOException {
        assumeTrue(AuditRuns.hasHongze(), "development corpus absent: " + AuditRuns.HONGZE);
        Document page = page(site, "jiangsu_huaian_hongze_qzf_2023.pdf");
        for (String id : List.of("t4.review.total", "t4.lit_after_review.total")) {
            Element cell = page.selectFirst("td[data-cell=" + id + "]");
            assertTrue(cell.hasClass("violation") && cell.hasClass("error"), id);
            assertEquals("0", cell.text());
            assertTrue(cell.attr("data-rules").contains("t4.total"), id);
            assertNotNull(page.selectFirst("figure.page rect.violation.error[data-cell=" + id + "]"), id);
        }
        List<List<String>> evidence = page.select("tr.finding[data-rule=t4.total]").stream()
                .map(r -> r.select("td.num").eachText()).toList();
        assertEquals(List.of(List.of("11", "0"), List.of("5", "0")), evidence);
    }
}
