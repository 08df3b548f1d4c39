package gongkai.write.html;

import gongkai.write.Mark;
import gongkai.format.ReportFormats;
import gongkai.model.Finding;
import gongkai.model.PageImage;
import gongkai.model.Report;
import gongkai.write.CellLabels;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The audit site, written as reports arrive: {@link #add} writes a report's page and its page pictures at
 * once and keeps one index line (and, for agencies, a few cells); {@link #finish} writes the index, the
 * agency-over-the-years pages and the stylesheet and script. Static files only, no external assets.
 */
public final class AuditSite {
    private final SiteFolder folder;
    private final Words words;
    private final ReportPage reportPage;
    private final CellLabels labels;
    private final List<IndexRow> rows = new ArrayList<>();
    private final Map<String, Long> findingsByRule = new TreeMap<>();
    private final Map<String, Mark> markByRule = new TreeMap<>();
    private final Map<String, List<AgencyYear>> agencies = new LinkedHashMap<>();
    private final Map<String, String> agencyNames = new LinkedHashMap<>();

    /** {@code lang}: zh or en, for the site's own words. */
    public AuditSite(SiteFolder folder, String lang) {
        ReportFormats formats = ReportFormats.standard();
        this.folder = folder;
        this.words = new Words(lang);
        this.reportPage = new ReportPage(formats, words);
        this.labels = new CellLabels(formats);
    }

    /** Writes the page of one report; {@code images} are pictures of its source pages (empty when none). */
    public void add(Report report, List<PageImage> images) throws IOException {
        List<String> names = new ArrayList<>();
        for (PageImage image : images) {
            String name = "img/" + report.reportId() + "-p" + image.page() + ".png";
            try (OutputStream out = folder.open(name)) {
                out.write(image.png());
            }
            names.add(name);
        }
        Pages.write(reportPage.build(report, images, names), folder, Pages.reportPage(report.reportId()));
        IndexRow row = IndexRow.of(report);
        rows.add(row);
        for (Finding f : report.findings()) {
            findingsByRule.merge(f.rule(), 1L, Long::sum);
            markByRule.merge(f.rule(), Mark.of(f), (a, b) -> a.compareTo(b) <= 0 ? a : b);
        }
        if (row.agencyKey() != null && report.year() != null) {
            agencies.computeIfAbsent(row.agencyKey(), k -> new ArrayList<>()).add(AgencyYear.of(report));
            agencyNames.putIfAbsent(row.agencyKey(), report.agency());
        }
    }

    /** Writes the index, the agency pages and the assets; the site is complete after this. */
    public void finish() throws IOException {
        Map<String, String> agencyPages = new LinkedHashMap<>();
        AgencyPage agencyPage = new AgencyPage(words, labels);
        for (Map.Entry<String, List<AgencyYear>> agency : agencies.entrySet()) {
            List<AgencyYear> years = oneReportPerYear(agency.getValue());
            if (years.size() >= 2) {
                String name = "agency-" + shortHash(agency.getKey()) + ".html";
                Pages.write(agencyPage.build(agencyNames.get(agency.getKey()), years), folder, name);
                agencyPages.put(agency.getKey(), name);
            }
        }
        Pages.write(new IndexPage(words).build(rows, findingsByRule, markByRule, agencyPages), folder, "index.html");
        copyAsset(Pages.CSS);
        copyAsset(Pages.JS);
    }

    /** The first report of each year, by year: copies of a report (PDF and HTML) would only repeat it. */
    private static List<AgencyYear> oneReportPerYear(List<AgencyYear> reports) {
        Map<Integer, AgencyYear> byYear = new TreeMap<>();
        reports.forEach(r -> byYear.putIfAbsent(r.year(), r));
        return List.copyOf(byYear.values());
    }

    private void copyAsset(String name) throws IOException {
        try (InputStream in = AuditSite.class.getResourceAsStream(name); OutputStream out = folder.open(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            in.transferTo(out);
        }
    }

    private static String shortHash(String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JVM", e);
        }
    }
}
