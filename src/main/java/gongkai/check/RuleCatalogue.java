package gongkai.check;

import gongkai.format.CellRule;
import gongkai.format.ReportFormats;
import gongkai.format.SumRule;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The rule catalogue {@code docs/rules.md}: the sum and cell rules of {@code formats.json} and the checks
 * written in Java, with id, code, formula, severity and category. Regenerate with
 * {@code mvn -o test -Dgongkai.writeRules=true} (or this class's main on the test classpath); a test keeps it current.
 */
final class RuleCatalogue {
    /** A check written in Java: id, spec code, what it compares, severity, category. */
    record Check(String id, String code, String formula, String severity, String category) {
    }

    static final List<Check> CHECKS = List.of(
            new Check("`<sum rule>.not_evaluated`", "§6", "an operand of a sum rule is empty, n/a, text or missing: not evaluated, never read as 0", "info", "extraction if a cell is missing, else filing"),
            new Check("`" + Suggestions.BLANK_CELL + "`", "D1/D2", "a blank cell whose rule implies a value N ≥ 0 (a blank total: the sum of its row); note on the cell, value unchanged", "info", "filing"),
            new Check("`" + Suggestions.SPLIT_CELL + "`", "D7", "a violated sum turns true if two adjacent single digits a, b are read as one number 10a+b", "info", "extraction"),
            new Check("`" + FormatChecks.MISSING_SECTION + "`", "§2.1", "one of the six parts s1…s6 is missing (reports with v2019/v2021 tables or version)", "warning", "format"),
            new Check("`" + FormatChecks.MIXED_LAYOUT + "`", "D12", "the tables' layouts belong to no single version (e.g. t2 v2021 with t3 v2019)", "info", "format"),
            new Check("`" + FormatChecks.LAYOUT_FOR_YEAR + "`", "§1", "the tables' version is not the one the report year prescribes", "info", "format"),
            new Check("`" + FormatChecks.S5_EMPTY + "`", "A4", "part 五 is empty or just 无", "warning", "format"),
            new Check("`a1.new_received`", "A1", "text `收到/受理/新收…申请N件` or `收到N件…申请` = `t3.new_received.total`", "warning", "filing"),
            new Check("`a1.result_total`", "A1", "text `答复/办结…N件` = `t3.result_total.total`", "warning", "filing"),
            new Check("`a1.carried_in`", "A1", "text `上年(度)结转…N件` = `t3.carried_in.total`", "warning", "filing"),
            new Check("`a1.carried_out`", "A1", "text `结转/顺延(到)下年度…N件` or `N件…顺延到下年度` = `t3.carried_out.total`", "warning", "filing"),
            new Check("`a1.review`", "A1", "text `行政复议…N件` = `t4.review.total`", "warning", "filing"),
            new Check("`a1.litigation`", "A1", "text `行政诉讼…N件` = `t4.lit_direct.total + t4.lit_after_review.total`", "warning", "filing"),
            new Check("`" + NarrativeChecks.FEE_MENTION + "`", "A3", "`t2.a20_8.admin_fee.amount` > 0 or `t3.other.overdue_no_fee.total` > 0, and part 六 has no 费", "info", "filing"),
            new Check("`" + CrossYearChecks.X1 + "`", "X1", "`t3.carried_in.c`(Y) = `t3.carried_out.c`(Y−1) for every column c; one finding per agency-year", "warning", "filing"),
            new Check("`" + CrossYearChecks.X2 + "`", "X2", "v2021: `t2.a20_1.x.in_force`(Y) = `in_force`(Y−1) + `issued`(Y) − `repealed`(Y), x ∈ {regulation, normative_doc}", "warning", "filing"),
            new Check("`" + CrossYearChecks.X3 + "`", "X3", "v2019: `t2.*.prev_year_items`(Y) = `prev_year_items`(Y−1) + `change`(Y−1)", "info", "filing"));

    private RuleCatalogue() {
    }

    static String markdown(ReportFormats formats) {
        StringBuilder md = new StringBuilder();
        md.append("# Rule catalogue\n\n")
                .append("Generated from `formats.json` and `gongkai.check.RuleCatalogue`; do not edit by hand ")
                .append("(regenerate: `mvn -o test -Dgongkai.writeRules=true`).\n")
                .append("Rule ids are stable: they appear in `findings.csv` and users' scripts depend on them.\n\n")
                .append("Policies:\n\n")
                .append("- A published number is never changed. Suggestions go into the cell's `note` and an `info` finding.\n")
                .append("- A rule instance with an operand that is `empty`, `na`, `text` or missing is not evaluated and not ")
                .append("read as 0: one `info` finding `<rule>.not_evaluated` names those cells; its category is `extraction` ")
                .append("when a cell is missing (gongkai did not read it) and `filing` otherwise (the report printed no number). ")
                .append("Its message says whether reading printed blanks as 0 would balance.\n")
                .append("- A violated rule's `expected` is the summed side, `actual` the printed total (the equals side); ")
                .append("`cells` lists every cell involved. Narrative checks: `expected` = table, `actual` = text.\n")
                .append("- Cross-year findings go on the later year's report; agencies are matched on the label key of ")
                .append("their name without a trailing bracket such as （管委会）.\n\n")
                .append("## Sum rules (data: `formats.json` → `rules`)\n\n")
                .append("Each rule is evaluated for every row or column (`each`) of the table layout the report uses; ")
                .append("`{tag}` stands for every row/column carrying that tag in that layout.\n\n")
                .append("| id | code | table | for each | formula | severity | category |\n|---|---|---|---|---|---|---|\n");
        for (SumRule rule : formats.rules()) {
            md.append("| `%s` | %s | %s | %s | `%s = %s` | %s | %s |\n".formatted(rule.id(), rule.code(), rule.table(),
                    rule.each(), side(rule.sum(), rule.each()), side(rule.equals(), rule.each()), rule.severity(),
                    rule.category()));
        }
        md.append("\n## Cell rules (data: `formats.json` → `cellRules`)\n\n")
                .append("| id | code | tables | rule | severity | category |\n|---|---|---|---|---|---|\n");
        for (CellRule rule : formats.cellRules()) {
            md.append("| `%s` | %s | %s | %s | %s | %s |\n".formatted(rule.id(), rule.code(),
                    String.join(", ", rule.tables()), rule.message().en(), rule.severity(), rule.category()));
        }
        md.append("\n## Checks written in Java (`gongkai.check`)\n\n")
                .append("| id | code | check | severity | category |\n|---|---|---|---|---|\n");
        for (Check check : CHECKS) {
            md.append("| %s | %s | %s | %s | %s |\n".formatted(check.id(), check.code(), check.formula(),
                    check.severity(), check.category()));
        }
        return md.toString();
    }

    /** Templates joined with +; a template with a placeholder other than {@code each} is a sum (Σ). */
    private static String side(List<String> templates, String each) {
        return templates.stream()
                .map(t -> t.replace("{" + each + "}", "").contains("{") ? "Σ " + t : t)
                .collect(Collectors.joining(" + "));
    }

    /** Writes the catalogue to the path given (default {@code docs/rules.md}). */
    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "docs/rules.md");
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, markdown(ReportFormats.standard()), StandardCharsets.UTF_8);
    }
}
