package gongkai.cli;

import gongkai.model.BoundingBox;
import gongkai.model.Cell;
import gongkai.model.PageImage;
import gongkai.model.Report;
import gongkai.model.SourceFormat;
import gongkai.read.pdf.PageImages;
import gongkai.write.html.AuditSite;
import gongkai.write.html.SiteFolder;
import gongkai.write.xlsx.AuditWorkbook;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The auditor's outputs of {@code extract}: the HTML site ({@code --html}, in DIR/report) and the workbook
 * ({@code --xlsx FILE}), fed one report at a time. For a PDF the site gets pictures of the page regions that
 * hold its table cells. Both are made under names of their own ({@code report.part/}, {@code FILE.part}) and
 * renamed when complete, so a run killed on the way leaves no site or workbook a user could take for finished.
 */
final class AuditOutputs implements AutoCloseable {
    /** Room above a table's first cells for its header rows, and below its last row. */
    private static final double MARGIN_ABOVE = 90;
    private static final double MARGIN_BELOW = 12;
    private static final double PAGE_WIDE = 10_000;

    private static final String SITE = "report";
    private final AuditSite site;
    private final Path siteDir;
    private final AuditWorkbook workbook;
    private final Path workbookFile;
    private final PageImages renderer;

    private AuditOutputs(AuditSite site, Path siteDir, AuditWorkbook workbook, Path workbookFile, PageImages renderer) {
        this.site = site;
        this.siteDir = siteDir;
        this.workbook = workbook;
        this.workbookFile = workbookFile;
        this.renderer = renderer;
    }

    /** {@code imagesDpi} 0 for a site without page pictures. */
    static AuditOutputs open(Path out, boolean html, Path xlsx, String lang, float imagesDpi) throws IOException {
        Path siteDir = out.resolve(SITE);
        AuditSite site = null;
        if (html) {
            deleteTree(part(siteDir)); // a killed run's: the site is always made afresh
            site = new AuditSite(SiteFolder.at(part(siteDir)), lang);
        }
        return new AuditOutputs(site, siteDir, xlsx == null ? null : new AuditWorkbook(), xlsx,
                imagesDpi > 0 ? new PageImages(imagesDpi) : null);
    }

    private static Path part(Path dir) {
        return dir.resolveSibling(dir.getFileName() + ".part");
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    boolean active() {
        return site != null || workbook != null;
    }

    /** Adds a report; a page picture that cannot be made leaves the page without it (the report is kept). */
    void add(Report report) throws IOException {
        if (site != null) {
            site.add(report, images(report));
        }
        if (workbook != null) {
            workbook.add(report);
        }
    }

    void finish() throws IOException {
        if (site != null) {
            site.finish();
            deleteTree(siteDir); // an earlier run's site, replaced as a whole
            Files.move(part(siteDir), siteDir, StandardCopyOption.ATOMIC_MOVE);
        }
        if (workbook != null) {
            Path parent = workbookFile.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            // under a name of its own until complete: a run killed while it is written leaves no half workbook
            Path part = workbookFile.resolveSibling(workbookFile.getFileName() + ".part");
            try (OutputStream out = Files.newOutputStream(part)) {
                workbook.finish(out);
            }
            Files.move(part, workbookFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
    }

    private List<PageImage> images(Report report) {
        if (renderer == null || !SourceFormat.PDF.id().equals(report.source().format())) {
            return List.of();
        }
        try {
            return renderer.render(Path.of(report.source().path()), regions(report));
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }

    /** Per page, the band across the page that holds the report's table cells, with room for headers. */
    static Map<Integer, BoundingBox> regions(Report report) {
        Map<Integer, BoundingBox> regions = new TreeMap<>();
        for (Cell cell : report.cells()) {
            if (cell.location().page() != null && cell.location().bbox() != null) {
                regions.merge(cell.location().page(), cell.location().bbox(), BoundingBox::union);
            }
        }
        regions.replaceAll((page, box) -> new BoundingBox(0, Math.max(0, box.y0() - MARGIN_ABOVE), PAGE_WIDE,
                box.y1() + MARGIN_BELOW));
        return regions;
    }

    @Override
    public void close() throws IOException {
        if (workbook != null) {
            workbook.close();
        }
    }
}
