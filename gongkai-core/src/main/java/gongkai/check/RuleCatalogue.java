package gongkai.check;

import gongkai.format.CellRule;
import gongkai.format.ReportFormats;
import gongkai.format.SumRule;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
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
            new Check("`" + NarrativeChecks.FEE_MENTION + "`", "A3", "`t2.a20_8.admin_fee.amount` > 0 or `t3.other.overdue_no_fee.total` > 0, and part 六 has no 费", "info", "filing"),
            new Check("`" + CrossYearChecks.X1 + "`", "X1", "`t3.carried_in.c`(Y) = `t3.carried_out.c`(Y−1) for every column c; one finding per agency-year", "warning", "filing"),
            new Check("`" + CrossYearChecks.X2 + "`", "X2", "v2021: `t2.a20_1.x.in_force`(Y) = `in_force`(Y−1) + `issued`(Y) − `repealed`(Y), x ∈ {regulation, normative_doc}", "warning", "filing"),
            new Check("`" + CrossYearChecks.X3 + "`", "X3", "v2019: `t2.*.prev_year_items`(Y) = `prev_year_items`(Y−1) + `change`(Y−1)", "info", "filing"),
            new Check("`annex.proactive_channels`", "§4.2", "pre-2019 annex, per value column: `annex.proactive` = `proactive_website` + `proactive_gazette` (rules in formats.json `legacy.annex.rules`)", "warning", "filing if every cell is certain, else extraction"),
            new Check("`annex.received_channels`", "§4.2", "pre-2019 annex, per value column: `annex.received` = the sum of the channels printed (当面, 传真, 电子邮件, 网上, 信函, …)", "warning", "filing if every cell is certain, else extraction"),
            new Check("`annex.replies_kinds`", "§4.2", "pre-2019 annex, per value column: `annex.replies` = granted + partial + refused + other kinds printed", "warning", "filing if every cell is certain, else extraction"),
            new Check("`legacy.narrative_vs_annex`", "A1", "pre-2019: a figure the text states (`narrative.<key>.value`: 主动公开, 收到申请, 复议, 诉讼) ≠ the annex's figure for the year", "warning", "filing if both cells are certain, else extraction"));

    private static final String HEADER = """
            # Rule catalogue

            Generated from `formats.json` and `gongkai.check.RuleCatalogue`; do not edit by hand \
            (regenerate: `mvn -o test -Dgongkai.writeRules=true`).
            Rule ids are stable: they appear in `findings.csv` and users' scripts depend on them.

            Policies:

            - A published number is never changed. Suggestions go into the cell's `note` and an `info` finding.
            - A rule instance with an operand that is `empty`, `na`, `text` or missing is not evaluated and not \
            read as 0: one `info` finding `<rule>.not_evaluated` names those cells; its category is `extraction` \
            when a cell is missing (gongkai did not read it) and `filing` otherwise (the report printed no number). \
            Its message says whether reading printed blanks as 0 would balance.
            - A violated rule's `expected` is the summed side, `actual` the printed total (the equals side); \
            `cells` lists every cell involved. Narrative checks: `expected` = table, `actual` = text.
            - Cross-year findings go on the later year's report; agencies are matched on the label key of \
            their name without a trailing bracket such as （管委会）.
            - A `filing` finding rests only on cells read with certainty (`basis` grid, layout, rules, or \
            confident ocr). A finding of any rule whose cells include one placed by `order` or a `choice` among \
            readings (or doubtful OCR) is an `extraction` finding instead (an `error` becomes a `warning`): \
            same rule id, `cells` = the uncertain cells, the message says why. Exception: a sum rule that fails \
            under every reading of its doubtful OCR cells (each may hold any number an OCR pass read in it, a cell \
            where no digit-model pass read a number any count) stays a `filing` finding (never when one is an OCR row \
            placed by order, `extract.ocr_row_by_order`); a rule not checked only \
            because such a cell is unread becomes the rule's own filing finding when it fails whatever the cell \
            holds (`check/CertainFindings`, `check/ReadingBounds`). A doubtful OCR number in a failed rule whose \
            one alternative reading makes every rule through it hold gets the note `suggestion: <value>` \
            (`check/DigitSuggestions`). Cross-year checks compare certain cells only.

            """;

    private RuleCatalogue() {
    }

    static String markdown(ReportFormats formats) {
        StringBuilder md = new StringBuilder(HEADER);
        sumRules(md, formats);
        cellRules(md, formats);
        md.append("\n## Checks written in Java (`gongkai.check`)\n\n")
                .append("| id | code | check | severity | category |\n|---|---|---|---|---|\n");
        for (Check check : CHECKS) {
            md.append("| %s | %s | %s | %s | %s |\n".formatted(check.id(), check.code(), check.formula(),
                    check.severity(), check.category()));
        }
        narrativeClaims(md, formats);
        return md.toString();
    }

    private static void sumRules(StringBuilder md, ReportFormats formats) {
        md.append("## Sum rules (data: `formats.json` → `rules`)\n\n")
                .append("Each rule is evaluated for every row or column (`each`) of the table layout the report uses; ")
                .append("`{tag}` stands for every row/column carrying that tag in that layout.\n\n")
                .append("| id | code | table | for each | formula | severity | category |\n|---|---|---|---|---|---|---|\n");
        for (SumRule rule : formats.rules()) {
            md.append("| `%s` | %s | %s | %s | `%s = %s` | %s | %s |\n".formatted(rule.id(), rule.code(), rule.table(),
                    rule.each(), side(rule.sum(), rule.each()), side(rule.equals(), rule.each()), rule.severity(),
                    rule.category()));
        }
    }

    private static void cellRules(StringBuilder md, ReportFormats formats) {
        md.append("\n## Cell rules (data: `formats.json` → `cellRules`)\n\n")
                .append("| id | code | tables | rule | severity | category |\n|---|---|---|---|---|---|\n");
        for (CellRule rule : formats.cellRules()) {
            md.append("| `%s` | %s | %s | %s | %s | %s |\n".formatted(rule.id(), rule.code(),
                    String.join(", ", rule.tables()), rule.message().en(), rule.severity(), rule.category()));
        }
    }

    private static void narrativeClaims(StringBuilder md, ReportFormats formats) {
        md.append("\n## Narrative counts (patterns: `NarrativeClaims`; cells: `formats.json` → `audits`; text of parts %s)\n\n"
                        .formatted(String.join(", ", formats.audits().narrativeParts())))
                .append("| id | code | the count stated in the text of | must equal | severity | category |\n")
                .append("|---|---|---|---|---|---|\n");
        Set<String> listed = new HashSet<>();
        for (NarrativeClaims.Claim claim : NarrativeClaims.of(formats.audits())) {
            if (listed.add(claim.rule() + claim.cells())) {
                md.append("| `%s` | %s | %s | `%s` | %s | filing |\n".formatted(claim.rule(),
                        claim.rule().substring(0, 2).toUpperCase(Locale.ROOT), claim.zh(),
                        String.join(" + ", claim.cells()), claim.severity().id()));
            }
        }
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
