package gongkai.read.pdf;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Cell identifiers of tables 2–4 (spec/cells.md) and label fragments to find their rows by, for tests. */
final class ReportLabels {
    static final List<String> T3_COLUMNS = List.of("natural_person", "commercial_enterprise",
            "research_institution", "social_welfare_org", "legal_service_org", "other_org", "total");
    static final List<String> T4_CELLS = List.of(
            "review.upheld", "review.corrected", "review.other", "review.pending", "review.total",
            "lit_direct.upheld", "lit_direct.corrected", "lit_direct.other", "lit_direct.pending", "lit_direct.total",
            "lit_after_review.upheld", "lit_after_review.corrected", "lit_after_review.other",
            "lit_after_review.pending", "lit_after_review.total");

    /** T3 row keys by a fragment of their finest label, in printed order (fragments survive typos in the corpus). */
    private static final List<Map.Entry<String, String>> T3_ROWS = List.of(
            Map.entry("本年新收", "new_received"), Map.entry("上年结转", "carried_in"),
            Map.entry("予以公开", "granted"), Map.entry("部分公开", "partial"),
            Map.entry("国家秘密", "denied.state_secret"), Map.entry("其他法律行政", "denied.law_prohibited"),
            Map.entry("三安全一稳定", "denied.security_stability"), Map.entry("第三方合法权益", "denied.third_party"),
            Map.entry("三类内部事务", "denied.internal_affairs"), Map.entry("四类过程性", "denied.process_info"),
            Map.entry("行政执法案卷", "denied.enforcement_file"), Map.entry("行政查询事项", "denied.admin_query"),
            Map.entry("不掌握", "unavailable.not_held"), Map.entry("没有现成信息", "unavailable.needs_creation"),
            Map.entry("补正后申请内容", "unavailable.still_unclear"),
            Map.entry("信访举报投诉", "not_processed.petition_complaint"), Map.entry("重复申请", "not_processed.duplicate"),
            Map.entry("公开出版物", "not_processed.publication"), Map.entry("大量反复", "not_processed.mass_repeat"),
            Map.entry("确认或重新出具", "not_processed.confirm_or_reissue"),
            Map.entry("其他处理", "other"), Map.entry("逾期不补", "other.overdue_no_correction"),
            Map.entry("收费通知", "other.overdue_no_fee"), Map.entry("总计", "result_total"),
            Map.entry("结转下年度", "carried_out"));
    private static final Pattern NUMBERING = Pattern.compile("^\\d+[.、．]");

    /** T2 (v2021) cell ids by row label. */
    static final Map<String, List<String>> T2_V2021 = Map.of(
            "规章", List.of("t2.a20_1.regulation.issued", "t2.a20_1.regulation.repealed", "t2.a20_1.regulation.in_force"),
            "行政规范性文件", List.of("t2.a20_1.normative_doc.issued", "t2.a20_1.normative_doc.repealed",
                    "t2.a20_1.normative_doc.in_force"),
            "行政许可", List.of("t2.a20_5.licensing.decisions"),
            "行政处罚", List.of("t2.a20_6.penalty.decisions"),
            "行政强制", List.of("t2.a20_6.coercion.decisions"),
            "行政事业性收费", List.of("t2.a20_8.admin_fee.amount"));

    /** T2 (v2019) cell ids by row label. */
    static final Map<String, List<String>> T2_V2019 = Map.of(
            "规章", ids("t2.a20_1.regulation.", "new_made", "new_published", "total_published"),
            "规范性文件", ids("t2.a20_1.normative_doc.", "new_made", "new_published", "total_published"),
            "行政许可", ids("t2.a20_5.licensing.", "prev_year_items", "change", "decisions"),
            "其他对外管理服务事项", ids("t2.a20_5.other_service.", "prev_year_items", "change", "decisions"),
            "行政处罚", ids("t2.a20_6.penalty.", "prev_year_items", "change", "decisions"),
            "行政强制", ids("t2.a20_6.coercion.", "prev_year_items", "change", "decisions"),
            "行政事业性收费", ids("t2.a20_8.admin_fee.", "prev_year_items", "change"),
            "政府集中采购", ids("t2.a20_9.procurement.", "items", "amount"));

    private ReportLabels() {
    }

    private static List<String> ids(String prefix, String... columns) {
        return java.util.Arrays.stream(columns).map(c -> prefix + c).toList();
    }

    /** The T3 row key for a finest row label, or null. */
    static String t3RowKey(String label) {
        String bare = NUMBERING.matcher(label).replaceFirst("");
        if (bare.equals("其他")) {
            return "other.other";
        }
        for (Map.Entry<String, String> row : T3_ROWS) {
            if (label.contains(row.getKey())) {
                return row.getValue();
            }
        }
        return null;
    }
}
