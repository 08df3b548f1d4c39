package gongkai.write.html;

import gongkai.write.Mark;
import gongkai.model.Cell;
import gongkai.model.Finding;
import gongkai.write.CellLabels;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * One agency over the years: key measures year by year (a table and small bar charts), the cross-year
 * findings marked on them, and what changed in the three tables from one year to the next.
 */
final class AgencyPage {
    /** A key measure: its words key and the cell that holds it (absent in years whose layout lacks it). */
    private record Measure(String wordsKey, String cellId) {
    }

    private static final List<Measure> MEASURES = List.of(
            new Measure("m.applications", "t3.new_received.total"), new Measure("m.granted", "t3.granted.total"),
            new Measure("m.reviews", "t4.review.total"), new Measure("m.lawsuits", "t4.lit_direct.total"),
            new Measure("m.lawsuits", "t4.lit_after_review.total"),
            new Measure("m.inForce", "t2.a20_1.normative_doc.in_force"));
    private final Words words;
    private final CellLabels labels;

    AgencyPage(Words words, CellLabels labels) {
        this.words = words;
        this.labels = labels;
    }

    /** {@code years} sorted by year, at least two. */
    Document build(String agency, List<AgencyYear> years) {
        Document doc = Pages.shell(agency + " · " + words.get("overYears"), words);
        Element body = doc.body().addClass("agency-page");
        Element header = body.appendElement("header");
        Pages.link(header.appendElement("nav"), "index.html", words.get("back"));
        header.appendElement("h1").text(agency + " · " + words.get("overYears"));
        measures(body, years);
        crossYear(body, years);
        diffs(body, years);
        body.appendElement("div").attr("id", "tip").attr("hidden", "").attr("role", "tooltip");
        return doc;
    }

    private void measures(Element body, List<AgencyYear> years) {
        Element section = body.appendElement("section").addClass("measures");
        section.appendElement("h2").text(words.get("measures"));
        Element table = section.appendElement("table").addClass("measures");
        Element head = table.appendElement("tr");
        head.appendElement("th").text(words.get("year"));
        MEASURES.forEach(m -> head.appendElement("th").attr("title", m.cellId())
                .text(words.get(m.wordsKey()) + " (" + labels.label(m.cellId()) + ")"));
        for (AgencyYear year : years) {
            Element tr = table.appendElement("tr").attr("data-year", String.valueOf(year.year()));
            Pages.link(tr.appendElement("th"), Pages.reportPage(year.reportId()), String.valueOf(year.year()));
            for (Measure m : MEASURES) {
                Element td = tr.appendElement("td").addClass("num").attr("data-cell", m.cellId());
                Cell cell = year.cells().get(m.cellId());
                td.text(cell == null ? "" : cell.raw());
                List<Finding> named = year.crossYear().stream().filter(f -> f.cells().contains(m.cellId())).toList();
                if (!named.isEmpty()) {
                    td.addClass("violation").addClass(Mark.worst(named).css())
                            .attr("data-rules", String.join(" ", named.stream().map(Finding::rule).distinct().toList()));
                }
            }
        }
        Element charts = section.appendElement("div").addClass("sparks");
        for (Measure m : MEASURES) {
            List<BarChart.Bar> bars = new ArrayList<>();
            for (AgencyYear year : years) {
                Cell cell = year.cells().get(m.cellId());
                if (cell != null && cell.isNumber()) {
                    bars.add(new BarChart.Bar(String.valueOf(year.year()), cell.value().longValue(), "measure"));
                }
            }
            if (!bars.isEmpty()) {
                Element figure = charts.appendElement("figure");
                figure.appendElement("figcaption").text(words.get(m.wordsKey()) + " · " + labels.label(m.cellId()));
                figure.appendChild(BarChart.draw(bars, labels.label(m.cellId())));
            }
        }
    }

    private void crossYear(Element body, List<AgencyYear> years) {
        Element section = body.appendElement("section").addClass("cross-year");
        section.appendElement("h2").text(words.get("crossYear"));
        Element list = section.appendElement("ul");
        for (AgencyYear year : years) {
            for (Finding f : year.crossYear()) {
                Element li = list.appendElement("li").addClass("finding").addClass(Mark.of(f).css())
                        .attr("data-rule", f.rule()).attr("data-cells", String.join(" ", f.cells()));
                li.appendElement("strong").text(year.year() + " ");
                li.appendElement("code").text(f.rule());
                li.appendText(" " + f.message());
            }
        }
        if (list.childrenSize() == 0) {
            list.appendElement("li").text(words.get("none"));
        }
    }

    private void diffs(Element body, List<AgencyYear> years) {
        Element section = body.appendElement("section").addClass("diffs");
        section.appendElement("h2").text(words.get("diff"));
        for (int i = 1; i < years.size(); i++) {
            AgencyYear before = years.get(i - 1);
            AgencyYear after = years.get(i);
            Element details = section.appendElement("details").attr("data-years", before.year() + "-" + after.year());
            Element table = new Element("table").addClass("diff");
            Element head = table.appendElement("tr");
            for (String key : List.of("cell", "before", "after")) {
                head.appendElement("th").text(words.get(key));
            }
            TreeSet<String> ids = new TreeSet<>(before.cells().keySet());
            ids.addAll(after.cells().keySet());
            int changed = 0;
            for (String id : ids) {
                String was = raw(before.cells().get(id));
                String now = raw(after.cells().get(id));
                if (!Objects.equals(was, now)) {
                    Element tr = table.appendElement("tr").attr("data-cell", id);
                    tr.appendElement("td").attr("title", id).text(labels.label(id));
                    tr.appendElement("td").addClass("num").text(was);
                    tr.appendElement("td").addClass("num").text(now);
                    changed++;
                }
            }
            details.appendElement("summary").text(before.year() + " → " + after.year() + " (" + changed + ")");
            details.appendChild(table);
        }
    }

    private static String raw(Cell cell) {
        if (cell == null) {
            return "";
        }
        BigDecimal value = cell.value();
        return value == null ? cell.raw() : value.stripTrailingZeros().toPlainString();
    }
}
