package gongkai.check;

import gongkai.model.Severity;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The counts a report's narrative states and the table cells they restate, as patterns (group 1 = the
 * number; spaces allowed between Han characters and digits). A1 (warning): totals of applications, results,
 * carry-over, reviews and lawsuits. A2 (info): counts per result group, where real reports often count
 * differently (formats.md §5.4: a sub-row for its group), so they only inform.
 */
final class NarrativeClaims {
    /** Any character of the same clause that is not a digit and not 复/诉 (which would mean review or lawsuit). */
    private static final String CLAUSE = "[^。；;，,\\d复诉]";
    /** A count as printed: digits, possibly with thousands separators (3,119). */
    private static final String NUM = "(\\d{1,3}(?:,\\d{3})+|\\d+)";
    private static final String COUNT = "(?:的|申请)?\\s*" + NUM + "\\s*件";

    /**
     * A count the narrative states: the rule, its pattern, the cells whose sum it restates, its name in
     * messages, its severity, and whether a clause starting with 其中 (a breakdown) is skipped.
     */
    record Claim(String rule, Pattern pattern, List<String> cells, String zh, Severity severity, boolean total) {
    }

    static final List<Claim> CLAIMS = List.of(
            a1("a1.new_received", "(?:收到|受理|新收)" + CLAUSE + "{0,20}?申请\\s*" + NUM + "\\s*件", "本年新收申请",
                    "t3.new_received.total"),
            a1("a1.new_received", "(?:收到|受理|新收)" + CLAUSE + "{0,10}?" + NUM + "\\s*件" + CLAUSE + "{0,8}?申请",
                    "本年新收申请", "t3.new_received.total"),
            a1("a1.result_total", "(?<!按时|延期|逾期|及时)(?:答复|办结)" + CLAUSE + "{0,12}?" + NUM + "\\s*件",
                    "办理结果总计", "t3.result_total.total"),
            a1("a1.carried_in", "(?:上一?年度?|往年)结转" + CLAUSE + "{0,12}?" + NUM + "\\s*件", "上年结转",
                    "t3.carried_in.total"),
            a1("a1.carried_out", "(?:结转|顺延|转入)(?:至|到)?下一?年度?" + CLAUSE + "{0,12}?" + NUM + "\\s*件",
                    "结转下年度", "t3.carried_out.total"),
            a1("a1.carried_out", NUM + "\\s*件" + CLAUSE + "{0,6}?(?:结转|顺延|转入)(?:至|到)?下一?年度?", "结转下年度",
                    "t3.carried_out.total"),
            a1("a1.review", "行政复议[^。；;，,\\d诉]{0,10}?" + NUM + "\\s*(?:件|起)", "行政复议总计", "t4.review.total"),
            a1("a1.litigation", "行政诉讼[^。；;，,\\d复]{0,10}?" + NUM + "\\s*(?:件|起)", "行政诉讼总计",
                    "t4.lit_direct.total", "t4.lit_after_review.total"),
            a2("a2.granted", "(?<![及和、与])予以公开" + COUNT, "予以公开", "t3.granted.total"),
            a2("a2.granted_partial", "予以公开(?:及|和|、|与)部分公开" + COUNT, "予以公开加部分公开",
                    "t3.granted.total", "t3.partial.total"),
            a2("a2.partial", "(?<![及和、与])部分公开" + COUNT, "部分公开", "t3.partial.total"),
            a2("a2.denied", "不予公开" + COUNT, "不予公开各项之和", totals("denied", "state_secret",
                    "law_prohibited", "security_stability", "third_party", "internal_affairs", "process_info",
                    "enforcement_file", "admin_query")),
            a2("a2.unavailable", "无法提供" + COUNT, "无法提供各项之和", totals("unavailable", "not_held",
                    "needs_creation", "still_unclear")),
            a2("a2.not_processed", "不予处理" + COUNT, "不予处理各项之和", totals("not_processed",
                    "petition_complaint", "duplicate", "publication", "mass_repeat", "confirm_or_reissue")),
            a2("a2.other", "其他处理" + COUNT, "其他处理", "t3.other.total"),
            a2("a2.other", "其他处理" + COUNT, "其他处理各项之和",
                    totals("other", "overdue_no_correction", "overdue_no_fee", "other")));

    private NarrativeClaims() {
    }

    private static Claim a1(String rule, String regex, String zh, String... cells) {
        return new Claim(rule, Pattern.compile(regex), List.of(cells), zh, Severity.WARNING, true);
    }

    private static Claim a2(String rule, String regex, String zh, String... cells) {
        return new Claim(rule, Pattern.compile(regex), List.of(cells), zh, Severity.INFO, false);
    }

    /** The total-column cells of a group's sub-rows, e.g. {@code t3.denied.state_secret.total}. */
    private static String[] totals(String group, String... rows) {
        String[] ids = new String[rows.length];
        for (int i = 0; i < rows.length; i++) {
            ids[i] = "t3." + group + "." + rows[i] + ".total";
        }
        return ids;
    }
}
