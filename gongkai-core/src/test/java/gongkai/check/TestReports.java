package gongkai.check;

import gongkai.format.BlockSpec;
import gongkai.format.LineSpec;
import gongkai.format.ReportFormats;
import gongkai.format.TableSpec;
import gongkai.model.Cell;
import gongkai.model.Finding;
import gongkai.model.Report;
import gongkai.model.Section;
import gongkai.model.Severity;
import gongkai.model.Source;
import gongkai.model.Status;
import gongkai.text.CellValue;
import gongkai.text.CellValues;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds reports in code from printed cell texts, and tables whose made-up numbers satisfy every rule. */
final class TestReports {
    static final ReportFormats FORMATS = ReportFormats.standard();
    static final List<String> APPLICANTS = List.of("natural_person", "commercial_enterprise",
            "research_institution", "social_welfare_org", "legal_service_org", "other_org");

    /** Six parts with text that states no counts. */
    static final List<Section> SECTIONS = List.of(
            new Section("s1", "一、总体情况", "本机关认真贯彻落实《条例》。"),
            new Section("s2", "二、主动公开政府信息情况", "见下表。"),
            new Section("s3", "三、收到和处理政府信息公开申请情况", "见下表。"),
            new Section("s4", "四、政府信息公开行政复议、行政诉讼情况", "见下表。"),
            new Section("s5", "五、存在的主要问题及改进情况", "公开深度还不够，下一步将加强培训。"),
            new Section("s6", "六、其他需要报告的事项", "本年度未收取信息处理费。"));

    private TestReports() {
    }

    /** A report whose cells are read from printed strings (cell id → printed text) with CellValues.parse. */
    static Report report(Map<String, String> printed) {
        return report("r1", "in/r1.pdf", "某某局", 2023, printed, SECTIONS);
    }

    /** A report of a year whose prescribed format matches the layout (2020 for v2019, 2023 for v2021). */
    static Report reportIn(String layout, Map<String, String> printed) {
        int year = "v2019".equals(layout) ? 2020 : 2023;
        return report("r1", "in/r1.pdf", "某某局", year, printed, SECTIONS);
    }

    static Report report(String id, String path, String agency, int year, Map<String, String> printed,
                         List<Section> sections) {
        List<Cell> cells = new ArrayList<>();
        printed.forEach((cellId, raw) -> {
            CellValue v = CellValues.parse(raw);
            cells.add(new Cell(cellId, v.kind(), v.value(), raw, null, null));
        });
        String version = year >= 2021 ? "v2021" : "v2019";
        return new Report(id, new Source(path, "0".repeat(64), "pdf"), Status.OK, List.of(), version, agency, year,
                sections, cells, Layouts.tablesOf(FORMATS, cells, version, year), List.of());
    }

    /** Table 3 in a layout (v2019 or v2021) with consistent made-up numbers, all distinct-ish. */
    static Map<String, String> consistentT3(String layout) {
        TableSpec spec = FORMATS.table("t3", layout).orElseThrow();
        BlockSpec block = spec.blocks().get(0);
        Map<String, Integer> values = new LinkedHashMap<>();
        int[] resultTotals = new int[APPLICANTS.size()];
        int seed = 1;
        for (LineSpec row : block.rows()) {
            if (row.hasTag("result")) {
                for (int c = 0; c < APPLICANTS.size(); c++) {
                    int v = (seed * 7 + c * 5) % 13;
                    values.put("t3." + row.key() + "." + APPLICANTS.get(c), v);
                    resultTotals[c] += v;
                }
                seed++;
            }
        }
        for (int c = 0; c < APPLICANTS.size(); c++) {
            int carriedIn = c + 2;
            int carriedOut = 2 * c + 1;
            values.put("t3.result_total." + APPLICANTS.get(c), resultTotals[c]);
            values.put("t3.carried_in." + APPLICANTS.get(c), carriedIn);
            values.put("t3.carried_out." + APPLICANTS.get(c), carriedOut);
            values.put("t3.new_received." + APPLICANTS.get(c), resultTotals[c] + carriedOut - carriedIn);
        }
        return withRowTotals(block, values);
    }

    private static Map<String, String> withRowTotals(BlockSpec block, Map<String, Integer> values) {
        Map<String, String> printed = new LinkedHashMap<>();
        for (LineSpec row : block.rows()) {
            int total = 0;
            for (String applicant : APPLICANTS) {
                int v = values.get("t3." + row.key() + "." + applicant);
                printed.put("t3." + row.key() + "." + applicant, String.valueOf(v));
                total += v;
            }
            printed.put("t3." + row.key() + ".total", String.valueOf(total));
        }
        return printed;
    }

    /** Table 4 with consistent numbers. */
    static Map<String, String> consistentT4() {
        Map<String, String> printed = new LinkedHashMap<>();
        int seed = 3;
        for (String group : List.of("review", "lit_direct", "lit_after_review")) {
            int total = 0;
            for (String part : List.of("upheld", "corrected", "other", "pending")) {
                int v = seed % 9;
                seed += 4;
                printed.put("t4." + group + "." + part, String.valueOf(v));
                total += v;
            }
            printed.put("t4." + group + ".total", String.valueOf(total));
        }
        return printed;
    }

    static Map<String, String> consistent(String t3Layout) {
        Map<String, String> printed = new LinkedHashMap<>(consistentT3(t3Layout));
        printed.putAll(consistentT4());
        return printed;
    }

    static Map<String, String> with(Map<String, String> printed, String... idThenValue) {
        Map<String, String> copy = new LinkedHashMap<>(printed);
        for (int i = 0; i < idThenValue.length; i += 2) {
            copy.put(idThenValue[i], idThenValue[i + 1]);
        }
        return copy;
    }

    static List<Finding> findings(Report checked, String rule) {
        return checked.findings().stream().filter(f -> f.rule().equals(rule)).toList();
    }

    static List<Finding> errors(Report checked) {
        return checked.findings().stream().filter(f -> f.severity() == Severity.ERROR).toList();
    }
}
