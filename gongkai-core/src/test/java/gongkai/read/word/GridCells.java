package gongkai.read.word;

import gongkai.model.Document;
import gongkai.model.GridCell;
import gongkai.model.TableGrid;
import gongkai.read.Fixtures;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A stand-in for the project's grid-to-cell mapper, good enough for the fixtures: maps the rows of
 * tables 2, 3 and 4 to cell ids (cells.md) by label, and the values by their order within the row.
 */
final class GridCells {
    static final List<String> T3_COLS = List.of("natural_person", "commercial_enterprise", "research_institution",
            "social_welfare_org", "legal_service_org", "other_org", "total");
    private static final Map<String, String> T3_ROWS = Map.of(
            "一、本年新收政府信息公开申请数量", "new_received", "二、上年结转政府信息公开申请数量", "carried_in",
            "（一）予以公开", "granted", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "partial",
            "（六）其他处理", "other", "（七）总计", "result_total", "四、结转下年度继续办理", "carried_out");
    private static final Map<String, List<String>> T3_GROUPS = Map.of(
            "（三）不予公开", List.of("denied", "state_secret", "law_prohibited", "security_stability", "third_party",
                    "internal_affairs", "process_info", "enforcement_file", "admin_query"),
            "（四）无法提供", List.of("unavailable", "not_held", "needs_creation", "still_unclear"),
            "（五）不予处理", List.of("not_processed", "petition_complaint", "duplicate", "publication", "mass_repeat",
                    "confirm_or_reissue"),
            "（六）其他处理", List.of("other", "overdue_no_correction", "overdue_no_fee", "other"));
    private static final List<String> T4_GROUPS = List.of("review", "lit_direct", "lit_after_review");
    private static final List<String> T4_COLS = List.of("upheld", "corrected", "other", "pending", "total");
    private static final Map<String, String> T2_BLOCKS = Map.of("一", "a20_1", "五", "a20_5", "六", "a20_6", "八", "a20_8", "九", "a20_9");
    private static final Map<String, String> T2_COLS = Map.ofEntries(
            Map.entry("本年新制作数量", "new_made"), Map.entry("本年新公开数量", "new_published"),
            Map.entry("对外公开总数量", "total_published"), Map.entry("上一年项目数量", "prev_year_items"),
            Map.entry("本年增/减", "change"), Map.entry("处理决定数量", "decisions"), Map.entry("采购项目数量", "items"),
            Map.entry("采购总金额", "amount"), Map.entry("本年制发件数", "issued"), Map.entry("本年废止件数", "repealed"),
            Map.entry("现行有效件数", "in_force"), Map.entry("本年处理决定数量", "decisions"),
            Map.entry("本年收费金额（单位：万元）", "amount"));
    private static final Map<String, String> T2_ROWS = Map.of("规章", "regulation", "规范性文件", "normative_doc",
            "行政规范性文件", "normative_doc", "行政许可", "licensing", "其他对外管理服务事项", "other_service",
            "行政处罚", "penalty", "行政强制", "coercion", "行政事业性收费", "admin_fee", "政府集中采购", "procurement");
    private static final Pattern BLOCK = Pattern.compile("第二十条第（(.)）项");
    private static final Pattern NUMBER = Pattern.compile("([+-]?\\d+(?:\\.\\d+)?)(元)?");

    /** A cell as the tests read it: kind "number" with a value, "empty", or "text". */
    record Reading(String kind, BigDecimal value, String raw) {
        static Reading of(String text) {
            String raw = text.strip();
            if (raw.isEmpty()) {
                return new Reading("empty", null, "");
            }
            Matcher m = NUMBER.matcher(raw);
            if (!m.matches()) {
                return new Reading("text", null, raw);
            }
            BigDecimal v = new BigDecimal(m.group(1));
            return new Reading("number", m.group(2) == null ? v : v.divide(BigDecimal.valueOf(10000), 6, RoundingMode.UNNECESSARY), raw);
        }
    }

    private GridCells() {
    }

    /** All cells of tables 2, 3 and 4 of a document, by id, as printed. */
    static Map<String, String> of(Document doc) {
        Map<String, String> cells = new LinkedHashMap<>();
        cells.putAll(table2(Fixtures.table(doc, "第二十条")));
        cells.putAll(table3(Fixtures.table(doc, "申请人情况")));
        cells.putAll(table4(Fixtures.table(doc, "未经复议直接起诉")));
        return cells;
    }

    static Map<String, String> table3(TableGrid grid) {
        Map<String, String> cells = new LinkedHashMap<>();
        for (List<GridCell> row : grid.rows()) {
            if (row.size() < T3_COLS.size() + 1) {
                continue;
            }
            String key = t3RowKey(row.subList(0, row.size() - T3_COLS.size()));
            for (int i = 0; key != null && i < T3_COLS.size(); i++) {
                cells.put("t3." + key + "." + T3_COLS.get(i), row.get(row.size() - T3_COLS.size() + i).text());
            }
        }
        return cells;
    }

    private static String t3RowKey(List<GridCell> labels) {
        String leaf = norm(labels.get(labels.size() - 1).text());
        String group = labels.size() >= 2 ? norm(labels.get(labels.size() - 2).text()) : "";
        List<String> items = T3_GROUPS.get(group);
        if (items != null && !leaf.isEmpty() && Character.isDigit(leaf.charAt(0))) {
            return items.get(0) + "." + items.get(leaf.charAt(0) - '0');
        }
        return T3_ROWS.get(leaf);
    }

    static Map<String, String> table4(TableGrid grid) {
        Map<String, String> cells = new LinkedHashMap<>();
        List<GridCell> values = grid.rows().get(grid.rowCount() - 1);
        for (int g = 0; g < T4_GROUPS.size(); g++) {
            for (int c = 0; c < T4_COLS.size(); c++) {
                cells.put("t4." + T4_GROUPS.get(g) + "." + T4_COLS.get(c), values.get(g * T4_COLS.size() + c).text());
            }
        }
        return cells;
    }

    static Map<String, String> table2(TableGrid grid) {
        Map<String, String> cells = new LinkedHashMap<>();
        String block = null;
        List<String> columns = List.of();
        for (List<GridCell> row : grid.rows()) {
            Matcher m = BLOCK.matcher(norm(row.get(0).text()));
            if (row.size() == 1 && m.matches()) {
                block = T2_BLOCKS.get(m.group(1));
            } else if (norm(row.get(0).text()).equals("信息内容")) {
                columns = row.subList(1, row.size()).stream().map(c -> T2_COLS.get(norm(c.text()))).toList();
            } else if (T2_ROWS.containsKey(norm(row.get(0).text()))) {
                String rowKey = T2_ROWS.get(norm(row.get(0).text()));
                for (int i = 1; i < row.size() && i <= columns.size(); i++) {
                    cells.put("t2." + block + "." + rowKey + "." + columns.get(i - 1), row.get(i).text());
                }
            }
        }
        return cells;
    }

    static String norm(String s) {
        return s.replaceAll("\\s+", "");
    }
}
