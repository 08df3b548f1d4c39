package gongkai.check;

import gongkai.format.ReportFormats;
import gongkai.model.Report;
import java.util.List;

/**
 * Checks reports against the rules of their format and returns them with findings added (and suggestion
 * notes on cells). Never changes a published number. STUB: being written (issues 2 and 6).
 */
public final class Validator {
    private final ReportFormats formats;
    private final String lang;

    public Validator(ReportFormats formats, String lang) {
        this.formats = formats;
        this.lang = lang;
    }

    /** One report on its own: sum rules, cell rules, narrative checks. */
    public Report check(Report report) {
        return report;
    }

    /** Rules across reports of one run (same agency, consecutive years); returns the reports with findings added. */
    public List<Report> checkAcrossYears(List<Report> reports) {
        return reports;
    }
}
