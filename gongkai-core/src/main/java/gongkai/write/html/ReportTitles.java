package gongkai.write.html;

import gongkai.model.Report;

/** How a report is named on the site: its agency and year as read, else its file name. */
final class ReportTitles {
    private ReportTitles() {
    }

    static String title(Report report) {
        String agency = report.agency() == null ? "" : report.agency();
        String year = report.year() == null ? "" : String.valueOf(report.year());
        String title = (agency + " " + year).trim();
        return title.isEmpty() ? fileName(report) : title;
    }

    static String fileName(Report report) {
        String path = report.source().path().replace('\\', '/');
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
