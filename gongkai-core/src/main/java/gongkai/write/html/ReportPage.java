package gongkai.write.html;

import gongkai.write.Mark;
import gongkai.format.ReportFormats;
import gongkai.format.TableSpec;
import gongkai.model.Cell;
import gongkai.model.Finding;
import gongkai.model.PageImage;
import gongkai.model.Report;
import gongkai.model.ReportError;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The page of one report: its three tables drawn as printed with the cells that findings name marked, the
 * source page pictures with those cells' boxes, and the findings with their evidence.
 */
final class ReportPage {
    private final ReportFormats formats;
    private final Words words;

    ReportPage(ReportFormats formats, Words words) {
        this.formats = formats;
        this.words = words;
    }

    /** The page; {@code imageNames} are the site paths of {@code images}, in the same order. */
    Document build(Report report, List<PageImage> images, List<String> imageNames) {
        Document doc = Pages.shell(ReportTitles.title(report), words);
        Element body = doc.body().addClass("report-page").attr("data-report", report.reportId());
        header(body, report);
        Legend.append(body, words);
        Element evidence = body.appendElement("div").addClass("evidence");
        tables(evidence.appendElement("div").addClass("tables"), report);
        new PageFigures(words).append(evidence.appendElement("div").addClass("source"), report, images, imageNames);
        findings(body, report);
        body.appendElement("div").attr("id", "tip").attr("hidden", "").attr("role", "tooltip");
        return doc;
    }

    private void header(Element body, Report report) {
        Element header = body.appendElement("header");
        Pages.link(header.appendElement("nav"), "index.html", words.get("back"));
        header.appendElement("h1").text(ReportTitles.title(report));
        Element meta = header.appendElement("p").addClass("meta");
        meta.appendElement("span").text(words.get("file") + ": " + report.source().path());
        meta.appendElement("span").text(words.get("format") + ": " + report.source().format() + " · " + report.formatVersion());
        meta.appendElement("span").addClass("status").addClass(report.status().id())
                .text(words.get("status") + ": " + report.status().id());
        if (!report.errors().isEmpty()) {
            Element list = header.appendElement("ul").addClass("errors").attr("aria-label", words.get("errorsOfFile"));
            for (ReportError e : report.errors()) {
                list.appendElement("li").text(e.code() + ": " + e.message());
            }
        }
    }

    private void tables(Element parent, Report report) {
        Map<String, Cell> cells = report.cells().stream()
                .collect(Collectors.toMap(Cell::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        Map<String, List<Finding>> byCell = new LinkedHashMap<>();
        for (Finding f : report.findings()) {
            f.cells().forEach(id -> byCell.computeIfAbsent(id, k -> new java.util.ArrayList<>()).add(f));
        }
        TableView view = new TableView(cells, byCell, words);
        for (String tableId : formats.tableIds()) {
            List<String> present = cells.keySet().stream().filter(id -> id.startsWith(tableId + ".")).toList();
            Optional<TableSpec> layout = formats.layoutOfCells(tableId, present, report.formatVersion());
            if (layout.isPresent()) {
                parent.appendElement("h2").text(words.get("table." + tableId));
                parent.appendChild(view.draw(layout.get()));
            }
        }
    }

    private void findings(Element body, Report report) {
        Element section = body.appendElement("section").addClass("findings");
        section.appendElement("h2").text(words.get("findings") + " (" + report.findings().size() + ")");
        if (report.findings().isEmpty()) {
            section.appendElement("p").text(words.get("none"));
            return;
        }
        Element table = section.appendElement("table").addClass("findings-list");
        Element head = table.appendElement("thead").appendElement("tr");
        for (String key : List.of("severity", "rule", "expected", "printed", "cells", "message")) {
            head.appendElement("th").text(words.get(key));
        }
        Element rows = table.appendElement("tbody");
        for (Finding f : report.findings()) {
            Mark mark = Mark.of(f);
            Element tr = rows.appendElement("tr").addClass("finding").addClass(mark.css())
                    .attr("data-rule", f.rule()).attr("data-cells", String.join(" ", f.cells()));
            tr.appendElement("td").appendElement("span").addClass("mark").addClass(mark.css()).text(words.get(mark.css()));
            tr.appendElement("td").appendElement("code").text(f.rule());
            tr.appendElement("td").addClass("num").text(plain(f.expected()));
            tr.appendElement("td").addClass("num").text(plain(f.actual()));
            Element refs = tr.appendElement("td").addClass("refs");
            f.cells().forEach(id -> refs.appendElement("button").attr("type", "button").attr("data-cell-ref", id).text(id));
            tr.appendElement("td").addClass("message").text(f.message());
        }
    }

    private static String plain(BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }
}
