package gongkai.write.html;

import gongkai.write.Mark;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The site's front page: one row per report (sortable by any column, filtered by the search box, both by
 * {@code audit.js}), totals per status and a chart of findings by rule.
 */
final class IndexPage {
    private static final List<String> COLUMNS = List.of("agency", "year", "format", "status", "errors", "warnings",
            "doubts", "file");
    private final Words words;

    IndexPage(Words words) {
        this.words = words;
    }

    /** {@code agencyPages}: agency key → page name, for agencies with a page over the years. */
    Document build(List<IndexRow> rows, Map<String, Long> findingsByRule, Map<String, Mark> markByRule,
                   Map<String, String> agencyPages) {
        Document doc = Pages.shell(words.get("site"), words);
        Element body = doc.body().addClass("index-page");
        body.appendElement("header").appendElement("h1").text(words.get("site"));
        Element summary = body.appendElement("div").addClass("summary");
        totals(summary.appendElement("section").addClass("totals"), rows);
        Element chart = summary.appendElement("section").addClass("by-rule");
        chart.appendElement("h2").text(words.get("byRule"));
        chart.appendChild(BarChart.draw(bars(findingsByRule, markByRule), words.get("byRule")));
        body.appendElement("input").attr("type", "search").attr("id", "filter")
                .attr("placeholder", words.get("filter")).attr("aria-label", words.get("filter"));
        reportTable(body, rows, agencyPages);
        return doc;
    }

    private void totals(Element section, List<IndexRow> rows) {
        section.appendElement("h2").text(words.get("totals"));
        Map<String, Integer> byStatus = new TreeMap<>(Map.of("ok", 0, "partial", 0, "failed", 0));
        int[] marks = new int[3];
        for (IndexRow row : rows) {
            byStatus.merge(row.status(), 1, Integer::sum);
            marks[0] += row.errors();
            marks[1] += row.warnings();
            marks[2] += row.doubts();
        }
        Element table = section.appendElement("table").addClass("totals");
        Element head = table.appendElement("tr");
        Element values = table.appendElement("tr");
        head.appendElement("th").text(words.get("reports"));
        values.appendElement("td").addClass("num").attr("data-total", "reports").text(String.valueOf(rows.size()));
        byStatus.forEach((status, count) -> {
            head.appendElement("th").addClass("status").addClass(status).text(status);
            values.appendElement("td").addClass("num").attr("data-total", status).text(String.valueOf(count));
        });
        List<String> keys = List.of("errors", "warnings", "doubts");
        for (int i = 0; i < keys.size(); i++) {
            head.appendElement("th").text(words.get(keys.get(i)));
            values.appendElement("td").addClass("num").attr("data-total", keys.get(i)).text(String.valueOf(marks[i]));
        }
    }

    private static List<BarChart.Bar> bars(Map<String, Long> findingsByRule, Map<String, Mark> markByRule) {
        List<BarChart.Bar> bars = new ArrayList<>();
        findingsByRule.forEach((rule, count) -> bars.add(new BarChart.Bar(rule, count, markByRule.get(rule).css())));
        bars.sort(Comparator.comparingLong(BarChart.Bar::count).reversed().thenComparing(BarChart.Bar::label));
        return bars;
    }

    private void reportTable(Element body, List<IndexRow> rows, Map<String, String> agencyPages) {
        Element table = body.appendElement("table").attr("id", "reports").addClass("sortable");
        Element head = table.appendElement("thead").appendElement("tr");
        for (String column : COLUMNS) {
            boolean numeric = List.of("year", "errors", "warnings", "doubts").contains(column);
            head.appendElement("th").attr("data-sort", numeric ? "num" : "text").attr("tabindex", "0").text(words.get(column));
        }
        Element tbody = table.appendElement("tbody");
        for (IndexRow row : rows) {
            Element tr = tbody.appendElement("tr").addClass(row.status()).attr("data-report", row.reportId());
            Element agency = tr.appendElement("td");
            Pages.link(agency, Pages.reportPage(row.reportId()), row.title());
            String agencyPage = row.agencyKey() == null ? null : agencyPages.get(row.agencyKey());
            if (agencyPage != null) {
                agency.appendText(" ");
                Pages.link(agency, agencyPage, "↗ " + words.get("overYears")).addClass("over-years");
            }
            tr.appendElement("td").addClass("num").text(row.year() == null ? "" : String.valueOf(row.year()));
            tr.appendElement("td").text(row.format());
            tr.appendElement("td").appendElement("span").addClass("status").addClass(row.status()).text(row.status());
            count(tr, row.errors(), Mark.ERROR);
            count(tr, row.warnings(), Mark.WARNING);
            count(tr, row.doubts(), Mark.DOUBT);
            tr.appendElement("td").addClass("file").text(row.file());
        }
    }

    private static void count(Element tr, int count, Mark mark) {
        Element td = tr.appendElement("td").addClass("num").text(String.valueOf(count));
        if (count > 0) {
            td.addClass("has").addClass(mark.css());
        }
    }
}
