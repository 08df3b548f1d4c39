package gongkai.write.html;

import java.util.Map;

/** The site's own words in Chinese and English ({@code --lang}); finding messages come translated already. */
final class Words {
    private static final Map<String, String[]> WORDS = Map.ofEntries(
            Map.entry("site", new String[] {"政府信息公开年度报告核查", "Disclosure annual reports: audit"}),
            Map.entry("reports", new String[] {"报告", "Reports"}),
            Map.entry("agency", new String[] {"机关", "Agency"}),
            Map.entry("year", new String[] {"年度", "Year"}),
            Map.entry("format", new String[] {"格式", "Format"}),
            Map.entry("status", new String[] {"状态", "Status"}),
            Map.entry("errors", new String[] {"错误", "Errors"}),
            Map.entry("warnings", new String[] {"警告", "Warnings"}),
            Map.entry("doubts", new String[] {"存疑", "Doubts"}),
            Map.entry("notes", new String[] {"提示", "Notes"}),
            Map.entry("file", new String[] {"文件", "File"}),
            Map.entry("filter", new String[] {"筛选（机关、年度、状态、文件）", "Filter (agency, year, status, file)"}),
            Map.entry("totals", new String[] {"按状态合计", "Totals by status"}),
            Map.entry("byRule", new String[] {"按规则统计的问题", "Findings by rule"}),
            Map.entry("findings", new String[] {"问题及证据", "Findings and evidence"}),
            Map.entry("rule", new String[] {"规则", "Rule"}),
            Map.entry("severity", new String[] {"类别", "Kind"}),
            Map.entry("cells", new String[] {"单元格", "Cells"}),
            Map.entry("expected", new String[] {"应为", "Expected"}),
            Map.entry("printed", new String[] {"表中为", "Printed"}),
            Map.entry("message", new String[] {"说明", "Explanation"}),
            Map.entry("raw", new String[] {"原文", "Raw"}),
            Map.entry("basis", new String[] {"依据", "Basis"}),
            Map.entry("page", new String[] {"页", "Page"}),
            Map.entry("legend", new String[] {"图例", "Legend"}),
            Map.entry("error", new String[] {"错误（填报不一致）", "error (inconsistent filing)"}),
            Map.entry("warning", new String[] {"警告", "warning"}),
            Map.entry("doubt", new String[] {"存疑（本程序读取不确定）", "doubt (our reading is uncertain)"}),
            Map.entry("note", new String[] {"提示", "note"}),
            Map.entry("missing", new String[] {"未读到", "not read"}),
            Map.entry("source", new String[] {"原文页面", "The source pages"}),
            Map.entry("noImages", new String[] {"此文件不是 PDF：表格按读取结果显示。", "Not a PDF: the tables are shown as read."}),
            Map.entry("back", new String[] {"返回索引", "Back to the index"}),
            Map.entry("overYears", new String[] {"历年情况", "Over the years"}),
            Map.entry("measures", new String[] {"主要指标", "Key measures"}),
            Map.entry("crossYear", new String[] {"跨年度问题", "Cross-year findings"}),
            Map.entry("diff", new String[] {"与上一年相比的变化", "Changes from the year before"}),
            Map.entry("none", new String[] {"无", "none"}),
            Map.entry("errorsOfFile", new String[] {"读取错误", "Reading errors"}),
            Map.entry("table.t2", new String[] {"二、主动公开政府信息情况", "2. Information published proactively"}),
            Map.entry("table.t3", new String[] {"三、收到和处理政府信息公开申请情况", "3. Applications received and handled"}),
            Map.entry("table.t4", new String[] {"四、政府信息公开行政复议、行政诉讼情况", "4. Administrative reviews and lawsuits"}),
            Map.entry("applicants", new String[] {"申请人情况", "Applicants"}),
            Map.entry("content", new String[] {"信息内容", "Item"}),
            Map.entry("m.applications", new String[] {"新收申请", "Applications received"}),
            Map.entry("m.granted", new String[] {"予以公开", "Granted"}),
            Map.entry("m.reviews", new String[] {"行政复议", "Administrative reviews"}),
            Map.entry("m.lawsuits", new String[] {"行政诉讼", "Lawsuits"}),
            Map.entry("m.inForce", new String[] {"现行有效规范性文件", "Normative documents in force"}),
            Map.entry("cell", new String[] {"单元格", "Cell"}),
            Map.entry("before", new String[] {"上一年", "Year before"}),
            Map.entry("after", new String[] {"本年", "This year"}));

    private final int index;
    private final String lang;

    Words(String lang) {
        this.lang = "en".equals(lang) ? "en" : "zh";
        this.index = "en".equals(this.lang) ? 1 : 0;
    }

    String get(String key) {
        String[] pair = WORDS.get(key);
        if (pair == null) {
            throw new IllegalArgumentException("no words for " + key);
        }
        return pair[index];
    }

    String lang() {
        return lang;
    }

    /** The HTML lang attribute. */
    String htmlLang() {
        return "en".equals(lang) ? "en" : "zh-CN";
    }
}
