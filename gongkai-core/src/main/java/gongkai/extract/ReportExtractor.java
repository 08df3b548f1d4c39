package gongkai.extract;

import gongkai.extract.flat.FlatReading;
import gongkai.extract.flat.FlattenedTableReader;
import gongkai.format.LegacyFormat;
import gongkai.format.ReportFormats;
import gongkai.format.SectionSpec;
import gongkai.format.TableSpec;
import gongkai.model.Category;
import gongkai.model.Basis;
import gongkai.model.Cell;
import gongkai.model.Document;
import gongkai.model.ErrorCode;
import gongkai.model.Finding;
import gongkai.model.Location;
import gongkai.model.Recognition;
import gongkai.model.Report;
import gongkai.model.ReportError;
import gongkai.model.Section;
import gongkai.model.Severity;
import gongkai.model.Source;
import gongkai.model.TableRead;
import gongkai.model.Status;
import gongkai.model.TableGrid;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns a read document into a report: title, agency and year, the six sections, and tables 2, 3 and 4
 * on their canonical cells — from grids where the reader found them, from flattened text otherwise.
 * The entry point of this package; it checks no rules (that is {@code gongkai.check}).
 */
public final class ReportExtractor {
    /** A text with no table and fewer statutory headings than this is not a report (a title alone is not). */
    static final int MIN_HEADINGS_OF_A_REPORT = 2;
    private static final LegacyReader LEGACY = new LegacyReader(LegacyFormat.standard());
    private final ReportFormats formats;
    private final SectionFinder sectionFinder;
    private final LayoutDetector layouts;
    private final GridTableReader gridReader = new GridTableReader();
    private final FlattenedTableReader flatReader;
    private final StrayTables strayTables = new StrayTables(gridReader);

    public ReportExtractor(ReportFormats formats) {
        this.formats = formats;
        this.sectionFinder = new SectionFinder(formats.sections());
        this.layouts = new LayoutDetector(formats);
        this.flatReader = new FlattenedTableReader(formats);
    }

    public Report extract(Document document, String reportId, Source source) {
        DocumentText text = new DocumentText(document);
        TitleReader.Title title = new TitleReader().read(text.text());
        List<SectionHit> hits = sectionFinder.find(text.text());
        List<Finding> findings = new ArrayList<>(document.findings());
        List<ReportError> errors = new ArrayList<>(document.problems());
        boolean legacy = title.year() != null && title.year() < formats.firstStatutoryYear();
        if (legacy) {
            return legacy(text, reportId, source, title, findings, errors);
        }
        List<TableReading> readings = legacy ? List.of()
                : readTables(text, hits, title.year(), Recognition.anyPageRead(document.findings()));
        List<Cell> cells = new ArrayList<>();
        for (TableReading reading : readings) {
            cells.addAll(reading.cells().values());
            findings.addAll(reading.findings());
            errors.addAll(reading.errors());
        }
        if (!legacy) {
            findings.addAll(sectionFindings(hits));
        }
        if (cells.isEmpty() && hits.size() < MIN_HEADINGS_OF_A_REPORT && !legacy) {
            return failed(reportId, source, document, ErrorCode.NOT_A_REPORT,
                    "no statistical table and fewer than two of the six statutory headings: not a disclosure annual report");
        }
        String version = legacy ? "legacy" : formatVersion(readings, title.year());
        if (!legacy) {
            errors.addAll(missingTables(readings));
        }
        Status status = errors.isEmpty() ? Status.OK : Status.PARTIAL;
        return new Report(reportId, source, status, errors, version, title.agency(), title.year(),
                legacy ? List.of() : sections(text, hits), cells, tablesRead(readings), ScannedWording.asRead(findings));
    }

    /** A pre-2019 report: its own parts, annex and narrative figures ({@link LegacyReader}). */
    private static Report legacy(DocumentText text, String reportId, Source source, TitleReader.Title title,
                                 List<Finding> findings, List<ReportError> errors) {
        LegacyReader.Reading reading = LEGACY.read(text.text());
        findings.addAll(reading.findings());
        errors.addAll(reading.errors());
        return new Report(reportId, source, errors.isEmpty() ? Status.OK : Status.PARTIAL, errors, "legacy",
                title.agency(), title.year(), reading.sections(), reading.cells(), List.of(), findings);
    }

    /** A failed report for a file that could not be read or holds no report. */
    public static Report failed(String reportId, Source source, ErrorCode code, String message) {
        return new Report(reportId, source, Status.FAILED, List.of(new ReportError(code, message)), "unknown",
                null, null, List.of(), List.of(), List.of());
    }

    private static Report failed(String reportId, Source source, Document document, ErrorCode code, String message) {
        List<ReportError> errors = new ArrayList<>(document.problems());
        errors.add(0, new ReportError(code, message));
        return new Report(reportId, source, Status.FAILED, errors, "unknown", null, null, List.of(), List.of(),
                document.findings());
    }

    private List<TableReading> readTables(DocumentText text, List<SectionHit> hits, Integer year, boolean recognised) {
        List<TableReading> readings = new ArrayList<>();
        for (String tableId : formats.tableIds()) {
            String sectionKey = formats.layoutsOf(tableId).get(0).section();
            Region region = Region.of(text, hits, sectionKey);
            Optional<TableSpec> layout = layouts.choose(tableId, region.text(text), year, recognised);
            layout.map(l -> readTable(l, text, region)).filter(r -> !r.cells().isEmpty() || leftOut(r))
                    .or(() -> readFromAnnex(tableId, text, hits, year))
                    .or(() -> strayTables.find(tableId, text,
                            (id, gridText) -> layouts.choose(id, gridText, year, recognised))
                            .map(GridTableReader::withMissingCells))
                    .ifPresent(readings::add);
        }
        return readings;
    }

    /**
     * A table printed after the last part as 附表: read, as in its own section, from every grid and from
     * the text after the last heading (a table cut into several grids, or flattened, is joined there), when
     * that gives at least the share of cells a stray grid must give.
     */
    private Optional<TableReading> readFromAnnex(String tableId, DocumentText text, List<SectionHit> hits,
                                                 Integer year) {
        if (hits.isEmpty() || hits.get(hits.size() - 1).key().equals(formats.layoutsOf(tableId).get(0).section())) {
            return Optional.empty();
        }
        Region annex = new Region(hits.get(hits.size() - 1).headingEnd(), text.text().length());
        return layouts.choose(tableId, annex.text(text), year).map(l -> readTable(l, text, annex))
                .filter(r -> r.cells().size() >= StrayTables.MIN_SHARE_OF_CELLS * r.table().cellIds().size())
                .map(StrayTables::noted);
    }

    /**
     * Reads a table from every grid in its section (a table a reader could not stitch across pages comes
     * as several grids: their cells are joined, the first reading of a cell kept), and from the flattened
     * text when the grids leave cells unread and the text gives more.
     */
    private TableReading readTable(TableSpec layout, DocumentText text, Region region) {
        Map<String, Cell> cells = new LinkedHashMap<>();
        List<Finding> findings = new ArrayList<>();
        int last = region.lastBlock(text);
        boolean cut = false;
        for (int i = Math.max(0, region.firstBlock(text)); i <= last; i++) { // -1 when the document has no block
            if (text.blocks().get(i) instanceof TableGrid grid) {
                cut |= grid.cutAtPageEdge();
                TableReading reading = gridReader.read(layout, grid, text.readByOcr());
                reading.cells().forEach((id, cell) -> cells.putIfAbsent(id,
                        cell.basis() != Basis.GRID ? cell : cell.withBasis(grid.basis())));
                findings.addAll(reading.findings());
            }
        }
        TableReading best = new TableReading(layout, cells, findings, List.of());
        if (cut) { // the text of a table cut by the page's edge lacks the same columns: nothing for the flat reader
            return CutTable.explained(GridTableReader.withMissingCells(best));
        }
        if (cells.size() < layout.cellIds().size()) {
            Location where = text.blocks().isEmpty() ? Location.UNKNOWN
                    : text.blocks().get(region.firstBlock(text)).location();
            String printed = text.layoutLines(region);
            FlatReading flat = printed == null ? flatReader.read(layout, region.text(text), where)
                    : flatReader.readLayout(layout, printed, where);
            if (flat.cells().size() > cells.size() || cells.isEmpty() && flat.leftOut()) {
                best = new TableReading(layout, flat.cells(), flat.findings(), flat.errors());
            }
        }
        return GridTableReader.withMissingCells(best);
    }

    /** A table whose printed values have no reading its rules allow: kept, with the finding that says so. */
    private static boolean leftOut(TableReading reading) {
        return reading.findings().stream().anyMatch(f -> f.rule().equals(FlatReading.NO_READING));
    }

    /** Each table read, with the layout it was read in, in the order of the format's tables. */
    private List<TableRead> tablesRead(List<TableReading> readings) {
        List<TableRead> tables = new ArrayList<>();
        for (String tableId : formats.tableIds()) {
            readings.stream().filter(r -> r.table().id().equals(tableId) && !r.cells().isEmpty()).findFirst()
                    .ifPresent(r -> tables.add(new TableRead(tableId, r.table().layout(), r.cells().size(),
                            r.table().cellIds().size())));
        }
        return tables;
    }

    private String formatVersion(List<TableReading> readings, Integer year) {
        for (TableReading r : readings) {
            if (formats.audits().versionTables().contains(r.table().id())) {
                return r.table().layout();
            }
        }
        return year == null ? "unknown" : formats.versionForYear(year).map(v -> v.id()).orElse("unknown");
    }

    private List<ReportError> missingTables(List<TableReading> readings) {
        List<ReportError> errors = new ArrayList<>();
        for (String tableId : formats.tableIds()) {
            if (readings.stream().noneMatch(r -> r.table().id().equals(tableId))) {
                errors.add(new ReportError(ErrorCode.TABLE_NOT_FOUND, "table " + tableId + " was not found"));
            }
        }
        return errors;
    }

    /** Headings printed with another part's numeral; missing parts are the validator's (format.missing_section). */
    private List<Finding> sectionFindings(List<SectionHit> hits) {
        List<Finding> findings = new ArrayList<>();
        for (SectionSpec spec : formats.sections()) {
            String heading = spec.numeral() + "、" + spec.titles().get(0);
            hits.stream().filter(h -> h.key().equals(spec.key()) && h.misnumbered()).findFirst().ifPresent(hit ->
                    findings.add(Finding.of("format.misnumbered_section", Severity.WARNING, Category.FORMAT,
                            "标题编号错误：印作“" + hit.heading() + "”，应为“" + heading + "”")));
            hits.stream().filter(h -> h.key().equals(spec.key()) && h.variant() != null).findFirst().ifPresent(hit ->
                    findings.add(HeadingVariantFinding.of(hit, spec)));
        }
        return findings;
    }

    /** The sections with their running text; the tables' rows are cells, not part of the text. */
    private static List<Section> sections(DocumentText text, List<SectionHit> hits) {
        List<Section> sections = new ArrayList<>();
        for (int i = 0; i < hits.size(); i++) {
            SectionHit hit = hits.get(i);
            int end = i + 1 < hits.size() ? hits.get(i + 1).start() : text.text().length();
            sections.add(new Section(hit.key(), hit.heading(), text.narrative(hit.headingEnd(), end).strip()));
        }
        return sections;
    }
}
