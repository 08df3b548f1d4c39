package gongkai.check;

import gongkai.format.AuditSpec.CarryOver;
import gongkai.format.AuditSpec.TableLayout;
import gongkai.format.BlockSpec;
import gongkai.format.LineSpec;
import gongkai.format.ReportFormats;
import gongkai.format.TableSpec;
import gongkai.model.Category;
import gongkai.model.Finding;
import gongkai.model.Report;
import gongkai.model.Severity;
import gongkai.text.Normalizer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Rules across consecutive years of one agency (formats.md §5.3), reported on the later year's report:
 * X1 {@code x1.carried_over} (warning): year Y's 上年结转 equals year Y−1's 结转下年度, per column;
 * X2 {@code x2.in_force} (warning, soft): v2021 现行有效件数(Y) = 现行有效件数(Y−1) + 制发(Y) − 废止(Y);
 * X3 {@code x3.prev_year_items} (info): v2019 上一年项目数量(Y) = 上一年项目数量(Y−1) + 本年增/减(Y−1).
 * The table, rows and layout each rule reads are data (formats.json "audits"); only certain cells are compared.
 * X4 holds by construction: v2019 and v2021 table-2 cells have different identifiers. Skipped when either
 * value is not a number.
 */
final class CrossYearChecks {
    static final String X1 = "x1.carried_over";
    static final String X2 = "x2.in_force";
    static final String X3 = "x3.prev_year_items";

    private final ReportFormats formats;
    private final String lang;

    CrossYearChecks(ReportFormats formats, String lang) {
        this.formats = formats;
        this.lang = lang;
    }

    /** The reports in the given order, each with the findings of comparing it with the year before. */
    List<Report> check(List<Report> reports) {
        List<Report> checked = new ArrayList<>();
        for (Report report : reports) {
            List<Finding> added = new ArrayList<>();
            for (Report previous : reports) {
                if (previous != report && consecutive(previous, report)) {
                    added.addAll(compare(previous, report));
                }
            }
            if (added.isEmpty()) {
                checked.add(report);
            } else {
                added.addAll(0, report.findings());
                checked.add(report.withFindings(added));
            }
        }
        return checked;
    }

    /** The agency as compared across years (see {@link Normalizer#agencyKey}). */
    static String agencyKey(String agency) {
        return Normalizer.agencyKey(agency);
    }

    private static boolean consecutive(Report previous, Report current) {
        return previous.agency() != null && current.agency() != null && previous.year() != null
                && current.year() != null && previous.year() == current.year() - 1
                && agencyKey(previous.agency()).equals(agencyKey(current.agency()));
    }

    private List<Finding> compare(Report previous, Report current) {
        CellIndex before = new CellIndex(CertainFindings.certain(previous.cells()));
        CellIndex now = new CellIndex(CertainFindings.certain(current.cells()));
        List<Finding> findings = new ArrayList<>();
        carriedOver(previous, current, before, now).ifPresent(findings::add);
        for (String row : formats.audits().inForceRows()) {
            inForce(previous, current, before, now, row).ifPresent(findings::add);
        }
        for (String row : x3Rows()) {
            prevYearItems(previous, current, before, now, row).ifPresent(findings::add);
        }
        return findings;
    }

    /** X1 over every table-3 column; one finding listing each column that differs. */
    private Optional<Finding> carriedOver(Report previous, Report current, CellIndex before, CellIndex now) {
        List<String> cells = new ArrayList<>();
        List<String> details = new ArrayList<>();
        BigDecimal expected = null;
        BigDecimal actual = null;
        CarryOver carry = formats.audits().carriedOver();
        if (carry == null) {
            return Optional.empty();
        }
        for (LineSpec column : columns(carry.table())) {
            BigDecimal out = before.number(carry.table() + "." + carry.from() + "." + column.key());
            BigDecimal in = now.number(carry.table() + "." + carry.into() + "." + column.key());
            if (out != null && in != null && out.compareTo(in) != 0) {
                cells.add(carry.table() + "." + carry.into() + "." + column.key());
                details.add(Texts.label(column, lang) + " " + Texts.number(in) + " ≠ " + Texts.number(out));
                if (expected == null || "total".equals(column.key())) {
                    expected = out;
                    actual = in;
                }
            }
        }
        if (cells.isEmpty()) {
            return Optional.empty();
        }
        String message = Texts.pick(lang, "%d 年报告（%s）的上年结转与 %d 年报告（%s）的结转下年度不一致：%s",
                "carried-in of %d (%s) differs from carried-out of %d (%s): %s").formatted(current.year(),
                path(current), previous.year(), path(previous), String.join("，", details));
        return Optional.of(new Finding(X1, Severity.WARNING, Category.FILING, cells, expected, actual, message));
    }

    /** X2 for one v2021 table-2 row. */
    private Optional<Finding> inForce(Report previous, Report current, CellIndex before, CellIndex now, String row) {
        BigDecimal last = before.number(row + ".in_force");
        BigDecimal issued = now.number(row + ".issued");
        BigDecimal repealed = now.number(row + ".repealed");
        BigDecimal inForce = now.number(row + ".in_force");
        if (last == null || issued == null || repealed == null || inForce == null) {
            return Optional.empty();
        }
        BigDecimal expected = last.add(issued).subtract(repealed);
        if (expected.compareTo(inForce) == 0) {
            return Optional.empty();
        }
        String message = Texts.pick(lang, "%s：现行有效件数 %s，按上年（%s）%s + 制发 %s − 废止 %s 应为 %s（%s；软规则，清理可致重新计数）",
                "%s: in force %s, but last year's (%s) %s + issued %s − repealed %s gives %s (%s; soft rule)")
                .formatted(row, Texts.number(inForce), path(previous), Texts.number(last), Texts.number(issued),
                        Texts.number(repealed), Texts.number(expected), path(current));
        return Optional.of(new Finding(X2, Severity.WARNING, Category.FILING,
                List.of(row + ".issued", row + ".repealed", row + ".in_force"), expected, inForce, message));
    }

    /** X3 for one v2019 table-2 row. */
    private Optional<Finding> prevYearItems(Report previous, Report current, CellIndex before, CellIndex now,
                                            String row) {
        BigDecimal lastItems = before.number(row + ".prev_year_items");
        BigDecimal lastChange = before.number(row + ".change");
        BigDecimal items = now.number(row + ".prev_year_items");
        if (lastItems == null || lastChange == null || items == null) {
            return Optional.empty();
        }
        BigDecimal expected = lastItems.add(lastChange);
        if (expected.compareTo(items) == 0) {
            return Optional.empty();
        }
        String message = Texts.pick(lang, "%s：上一年项目数量 %s（%s），按上年报告（%s）%s%+d 应为 %s",
                "%s: previous-year items %s (%s), but last year's report (%s) gives %s%+d = %s")
                .formatted(row, Texts.number(items), path(current), path(previous), Texts.number(lastItems),
                        lastChange.intValue(), Texts.number(expected));
        return Optional.of(new Finding(X3, Severity.INFO, Category.FILING, List.of(row + ".prev_year_items"),
                expected, items, message));
    }

    /** Every cell id {@link #compare} reads. */
    java.util.Set<String> cellIds() {
        java.util.Set<String> ids = new java.util.TreeSet<>();
        CarryOver carry = formats.audits().carriedOver();
        if (carry != null) {
            for (LineSpec column : columns(carry.table())) {
                ids.add(carry.table() + "." + carry.from() + "." + column.key());
                ids.add(carry.table() + "." + carry.into() + "." + column.key());
            }
        }
        formats.audits().inForceRows().forEach(row -> ids.addAll(List.of(row + ".in_force", row + ".issued",
                row + ".repealed")));
        x3Rows().forEach(row -> ids.addAll(List.of(row + ".prev_year_items", row + ".change")));
        return ids;
    }

    private List<LineSpec> columns(String table) {
        return formats.layoutsOf(table).get(0).blocks().get(0).columns();
    }

    /** Rows of the X3 layout's table 2 with both 上一年项目数量 and 本年增/减, as id prefixes. */
    private List<String> x3Rows() {
        List<String> rows = new ArrayList<>();
        TableLayout x3 = formats.audits().prevYearItems();
        Optional<TableSpec> table = x3 == null ? Optional.empty() : formats.table(x3.table(), x3.layout());
        table.ifPresent(t2 -> {
            for (BlockSpec block : t2.blocks()) {
                List<String> columns = block.columns().stream().map(LineSpec::key).toList();
                if (columns.contains("prev_year_items") && columns.contains("change")) {
                    block.rows().forEach(r -> rows.add(t2.id() + "." + block.key() + "." + r.key()));
                }
            }
        });
        return rows;
    }

    private static String path(Report report) {
        return report.source() == null ? report.reportId() : report.source().path();
    }
}
