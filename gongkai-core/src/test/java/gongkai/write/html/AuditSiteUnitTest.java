package gongkai.write.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gongkai.model.Category;
import gongkai.model.Cell;
import gongkai.model.CellKind;
import gongkai.model.Finding;
import gongkai.model.Location;
import gongkai.model.Report;
import gongkai.model.Severity;
import gongkai.model.Source;
import gongkai.model.Status;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** The site built from hand-made reports in memory: English words, escaping, an agency over two years. */
class AuditSiteUnitTest {
    private final Map<String, ByteArrayOutputStream> files = new TreeMap<>();
    private final SiteFolder memory = name -> files.computeIfAbsent(name, k -> new ByteArrayOutputStream());

    private static Cell number(String id, long value) {
        return new Cell(id, CellKind.NUMBER, BigDecimal.valueOf(value), String.valueOf(value), Location.ofLine(1), null);
    }

    private static Report report(String id, int year, List<Cell> cells, List<Finding> findings) {
        return new Report(id, new Source("in/" + id + ".txt", id, "txt"), Status.OK, List.of(), "v2021",
                "某某局<script>alert(1)</script>", year, List.of(), cells, findings);
    }

    private Document page(String name) {
        return Jsoup.parse(files.get(name).toString(StandardCharsets.UTF_8));
    }

    @Test
    void englishSiteWithAnAgencyOverTwoYears() throws IOException {
        Finding carried = new Finding("x1.carried_over", Severity.WARNING, Category.FILING,
                List.of("t3.carried_in.total"), BigDecimal.valueOf(3), BigDecimal.ZERO, "carried in 0, carried out last year 3");
        Finding doubt = new Finding("flat.ambiguous_split", Severity.WARNING, Category.EXTRACTION,
                List.of("t3.new_received.total"), null, null, "two readings");
        AuditSite site = new AuditSite(memory, "en");
        site.add(report("aaa", 2022, List.of(number("t3.new_received.total", 10), number("t3.carried_out.total", 3)),
                List.of()), List.of());
        site.add(report("bbb", 2023, List.of(number("t3.new_received.total", 12), number("t3.carried_in.total", 0)),
                List.of(carried, doubt)), List.of());
        site.finish();

        assertTrue(files.keySet().containsAll(List.of("index.html", "r-aaa.html", "r-bbb.html", "audit.css", "audit.js")));
        Document index = page("index.html");
        assertEquals("en", index.selectFirst("html").attr("lang"));
        assertEquals(List.of("0", "1", "1"), index.select("#reports tbody tr:eq(1) td.num").eachText().subList(1, 4));
        assertEquals(1, index.select("script").size(), "the agency's name stays text: " + index.select("script"));
        Document report = page("r-bbb.html");
        assertTrue(report.selectFirst("section.findings h2").text().startsWith("Findings and evidence"));
        assertTrue(report.selectFirst("td[data-cell=t3.new_received.total]").hasClass("doubt"));
        assertTrue(report.selectFirst("td[data-cell=t3.carried_in.total]").hasClass("warning"));
        assertEquals(List.of("t3.new_received.total", "t3.carried_in.total"), report.select("td.violation").eachAttr("data-cell"));
        assertEquals("Not a PDF: the tables are shown as read.", report.selectFirst("p.no-images").text());

        String agencyPage = index.selectFirst("a.over-years").attr("href");
        Document agency = page(agencyPage);
        assertEquals(List.of("2022", "2023"), agency.select("table.measures tr[data-year]").eachAttr("data-year"));
        assertEquals("x1.carried_over", agency.selectFirst("section.cross-year li.finding").attr("data-rule"));
        assertEquals("2022-2023", agency.selectFirst("details").attr("data-years"));
        assertEquals(List.of("t3.carried_in.total", "t3.carried_out.total", "t3.new_received.total"),
                agency.select("table.diff tr[data-cell]").eachAttr("data-cell"));
        assertEquals(List.of("10", "12"), agency.select("table.diff tr[data-cell=t3.new_received.total] td.num").eachText());
    }
}
