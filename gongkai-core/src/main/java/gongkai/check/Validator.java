package gongkai.check;

import gongkai.format.LegacyFormat;
import gongkai.format.ReportFormats;
import gongkai.format.TableSpec;
import gongkai.model.Cell;
import gongkai.model.Finding;
import gongkai.model.Report;
import gongkai.model.Status;
import gongkai.model.TableRead;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks reports against the rules of their format and returns them with findings added (and suggestion
 * notes on cells). Never changes a published number. The rules are data ({@code formats.json}) plus the
 * audit checks listed in {@code docs/rules.md}.
 */
public final class Validator {
    private final ReportFormats formats;
    private final String lang;
    private final SumRuleEngine sums;

    /** @param lang "zh" or "en": the language of finding messages */
    public Validator(ReportFormats formats, String lang) {
        this.formats = formats;
        this.lang = lang == null ? "zh" : lang;
        this.sums = new SumRuleEngine(formats, this.lang);
    }

    /**
     * One report on its own: sum rules, cell rules, narrative, format checks and suggestions, in that order.
     * Findings already present are kept; the validator's are appended (so check a report once). A failed
     * report is returned as is.
     */
    public Report check(Report report) {
        if (report.status() == Status.FAILED) {
            return report;
        }
        CellIndex cells = new CellIndex(report.cells());
        Map<String, TableSpec> layouts = layouts(report);
        List<Outcome> outcomes = sums.evaluate(cells, layouts);
        Suggestions suggestions = new Suggestions(lang);
        suggestions.suggest(outcomes, cells);
        List<Finding> findings = new ArrayList<>(report.findings());
        findings.addAll(sums.findings(outcomes, cells));
        findings.addAll(new CellRuleEngine(formats, lang).findings(cells, layouts));
        findings.addAll(new NarrativeChecks(formats.audits(), lang).findings(report, cells));
        findings.addAll(new AnnexChecks(LegacyFormat.standard(), lang).findings(report));
        findings.addAll(new FormatChecks(formats, lang).findings(report, layouts));
        findings.addAll(suggestions.findings());
        CertainFindings.Result certain = CertainFindings.only(findings, outcomes, cells, lang);
        Map<String, String> notes = new LinkedHashMap<>(suggestions.notes());
        certain.notes().forEach((id, note) -> notes.merge(id, note, (a, b) -> a + "；" + b));
        DigitSuggestions.notes(outcomes, cells).forEach((id, note) -> notes.merge(id, note, (a, b) -> a + "；" + b));
        return withNotes(report, notes).withFindings(certain.findings());
    }

    /** The layout of each table as extraction read it, by table id. */
    private Map<String, TableSpec> layouts(Report report) {
        Map<String, TableSpec> layouts = new LinkedHashMap<>();
        for (TableRead table : report.tables()) {
            formats.table(table.id(), table.layout()).ifPresent(spec -> layouts.put(table.id(), spec));
        }
        return layouts;
    }

    /**
     * Rules across reports of one run (X1–X3: same agency, consecutive years); returns the reports, in the
     * given order, with findings added to the later year's report.
     */
    public List<Report> checkAcrossYears(List<Report> reports) {
        return new CrossYearChecks(formats, lang).check(reports);
    }

    /** The cells the cross-year checks read, so a batch can keep just these of every report (a compact index). */
    public java.util.Set<String> crossYearCellIds() {
        return new CrossYearChecks(formats, lang).cellIds();
    }

    /**
     * The agency as compared across years: its label key without a trailing bracket such as （管委会）, so that
     * reports of one agency group together whatever their title's small variations.
     */
    public static String agencyKey(String agency) {
        return CrossYearChecks.agencyKey(agency);
    }

    /** The report with suggestion notes added to its cells (an existing note is kept, the suggestion appended). */
    private static Report withNotes(Report report, Map<String, String> notes) {
        if (notes.isEmpty()) {
            return report;
        }
        List<Cell> cells = new ArrayList<>();
        for (Cell cell : report.cells()) {
            String note = notes.get(cell.id());
            if (note != null) {
                String old = cell.note();
                cell = cell.withNote(old == null || old.isBlank() ? note : old + "；" + note);
            }
            cells.add(cell);
        }
        return report.withCells(cells);
    }
}
