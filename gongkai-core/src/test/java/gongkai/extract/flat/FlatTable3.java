package gongkai.extract.flat;

import gongkai.format.LineSpec;
import gongkai.format.ReportFormats;
import java.util.Map;

/** Builds the flattened text of a v2021 table 3 the way the Pingtan web-page dumps print it. */
final class FlatTable3 {
    private static final String HEADER = "三、收到和处理政府信息公开申请情况（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"
            + "申请人情况自然人法人或其他组织总计 商业企业科研机构社会公益组织法律服务机构其他";
    private static final Map<String, String> PREFIXES = Map.of("new_received", "一、", "carried_in", "二、",
            "granted", "三、本年度办理结果（一）", "partial", "（二）", "result_total", "（七）", "carried_out", "四、");
    private static final Map<String, String> GROUP_NUMERALS = Map.of("不予公开", "（三）", "无法提供", "（四）",
            "不予处理", "（五）", "其他处理", "（六）");
    private static final String ALL_ZERO = "0000000";

    private FlatTable3() {
    }

    /** The table with the given runs (by row key) and 0000000 for every other row, glued to the labels. */
    static String text(Map<String, String> runs) {
        StringBuilder text = new StringBuilder(HEADER);
        String group = null;
        int number = 0;
        for (LineSpec row : ReportFormats.standard().table("t3", "v2021").orElseThrow().blocks().get(0).rows()) {
            if (row.group() != null && !row.group().equals(group)) {
                text.append(GROUP_NUMERALS.get(row.group())).append(row.group());
                number = 0;
            }
            group = row.group();
            text.append(row.group() == null ? PREFIXES.get(row.key()) : ++number + ".");
            text.append(row.labels().get(0)).append(runs.getOrDefault(row.key(), ALL_ZERO));
        }
        return text.append(" 四、政府信息公开行政复议、行政诉讼情况").toString();
    }
}
