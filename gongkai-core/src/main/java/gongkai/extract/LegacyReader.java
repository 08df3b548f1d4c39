package gongkai.extract;

import gongkai.extract.flat.GluedRows;
import gongkai.format.LegacyFormat;
import gongkai.model.Basis;
import gongkai.model.Category;
import gongkai.model.Cell;
import gongkai.model.CellKind;
import gongkai.model.ErrorCode;
import gongkai.model.Finding;
import gongkai.model.Location;
import gongkai.model.ReportError;
import gongkai.model.Section;
import gongkai.model.Severity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a pre-2019 report: its parts by their own numbered headings, the key figures of its narrative and
 * its statistical annex (政府信息公开情况统计表) into cells that carry the row and column labels as printed.
 * Every split of glued digits is either forced (by the text, the annex's sums or the narrative's figures)
 * or flagged: basis CHOICE with the alternatives in the note, never a silent guess.
 */
public final class LegacyReader {
    static final String AMBIGUOUS = "ambiguous, alternatives: ";

    private final LegacyFormat format;
    private final LegacyParts parts;
    private final AnnexText annexText;
    private final LegacyAnnex annex;
    private final NarrativeFigures narrative;

    public LegacyReader(LegacyFormat format) {
        this.format = format;
        this.parts = new LegacyParts(format);
        this.annexText = new AnnexText(format.annex());
        this.annex = new LegacyAnnex(format.annex());
        this.narrative = new NarrativeFigures(format);
    }

    /** Sections, cells, reading findings and errors (ambiguous or unreadable annex rows) of one report. */
    public record Reading(List<Section> sections, List<Cell> cells, List<Finding> findings, List<ReportError> errors) {
    }

    public Reading read(String text) {
        List<LegacyParts.Part> found = parts.find(text);
        List<Cell> figures = narrative.read(text, found);
        List<Cell> cells = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        List<ReportError> errors = new ArrayList<>();
        Optional<AnnexText.Table> table = annexText.read(text);
        table.ifPresent(t -> readAnnex(t, figures, cells, findings, errors));
        cells.addAll(figures);
        return new Reading(sections(text, found, table.map(AnnexText.Table::start).orElse(text.length())), cells,
                findings, errors);
    }

    private void readAnnex(AnnexText.Table table, List<Cell> figures, List<Cell> cells, List<Finding> findings,
                           List<ReportError> errors) {
        List<LegacyAnnex.MappedRow> rows = annex.map(table);
        List<AnnexText.Column> columns = LegacyAnnex.valueColumns(table);
        List<GluedRows.Row> runs = new ArrayList<>(rows.stream().map(LegacyAnnex.MappedRow::run).toList());
        List<GluedRows.Sum> byNarrative = new ArrayList<>();
        String yearColumn = columns.get(0).key();
        for (Cell figure : figures) {
            String key = figure.id().split("\\.")[1];
            format.narrative().stream().filter(n -> n.key().equals(key) && n.annexRow() != null).findFirst()
                    .map(n -> LegacyAnnex.id(n.annexRow(), yearColumn))
                    .filter(id -> runs.stream().anyMatch(r -> r.cellIds().contains(id)))
                    .ifPresent(id -> {
                        runs.add(new GluedRows.Row(figure.rowLabel(), List.of(figure.id()), List.of(runs.get(0).columns().get(0)),
                                figure.raw().matches("[0-9.]+") ? figure.raw() : "0"));
                        byNarrative.add(new GluedRows.Sum("narrative." + key, List.of(id), List.of(figure.id())));
                    });
        }
        List<Optional<GluedRows.Reading>> solved = GluedRows.solve(runs, annex.ruleConstraints(rows, columns), byNarrative);
        Set<String> flagged = new LinkedHashSet<>();
        for (int i = 0; i < rows.size(); i++) {
            LegacyAnnex.MappedRow row = rows.get(i);
            cells.add(unitCell(row, table));
            List<Cell> rowCells = solved.get(i).map(r -> cells(row, columns, r)).orElseGet(() -> unsplit(row, columns));
            rowCells.stream().filter(c -> c.basis() == Basis.CHOICE).forEach(c -> flagged.add(c.id()));
            cells.addAll(rowCells);
        }
        if (!flagged.isEmpty()) {
            String message = "statistical annex: " + flagged.size()
                    + " cells could not be read with certainty from the printed digits: " + String.join(", ", flagged);
            findings.add(new Finding("legacy.annex_uncertain", Severity.WARNING, Category.EXTRACTION,
                    List.copyOf(flagged), null, null, message));
            errors.add(new ReportError(ErrorCode.AMBIGUOUS_SPLIT, message));
        }
    }

    private static Cell unitCell(LegacyAnnex.MappedRow row, AnnexText.Table table) {
        String label = table.columns().stream().filter(c -> c.key().equals("unit")).map(AnnexText.Column::label)
                .findFirst().orElse("单位");
        return new Cell(LegacyAnnex.id(row.key(), "unit"), CellKind.TEXT, null, row.row().unit(), Location.UNKNOWN,
                null, Basis.LAYOUT, null, row.row().label(), label);
    }

    /** A row's cells from its reading: one split (forced) or several (CHOICE, alternatives in the note). */
    private static List<Cell> cells(LegacyAnnex.MappedRow row, List<AnnexText.Column> columns, GluedRows.Reading reading) {
        GluedRows.Row run = row.run();
        List<Cell> out = new ArrayList<>();
        for (int i = 0; i < run.cellIds().size(); i++) {
            Set<String> alternatives = reading.alternatives().get(i);
            Basis basis = reading.spaced() || !reading.inferred() ? Basis.LAYOUT : Basis.RULES;
            String note = null;
            if (alternatives.size() > 1) {
                basis = Basis.CHOICE;
                note = AMBIGUOUS + String.join("|", alternatives) + " (from \"" + run.printed() + "\")";
            } else if (basis == Basis.RULES) {
                note = "split by " + String.join(", ", reading.rules()) + " from \"" + run.printed() + "\"";
            }
            BigDecimal value = reading.values().get(i);
            if (value != null && row.row().unit().equals("元")) {
                value = value.movePointLeft(4).stripTrailingZeros();
            }
            CellKind kind = value == null ? CellKind.NA : CellKind.NUMBER;
            out.add(new Cell(run.cellIds().get(i), kind, value, reading.raws().get(i), Location.UNKNOWN, note, basis, null,
                    row.row().label(), columns.get(i).label()));
        }
        return out;
    }

    /**
     * A row whose printed values cannot fill its columns (one number where the annex has two): the number
     * is kept in the first column and every cell flagged, as which column it belongs to is not printed.
     */
    private static List<Cell> unsplit(LegacyAnnex.MappedRow row, List<AnnexText.Column> columns) {
        GluedRows.Row run = row.run();
        String note = "\"" + run.printed() + "\" printed for " + columns.size()
                + " columns: which column it belongs to is not known";
        List<Cell> out = new ArrayList<>();
        for (int i = 0; i < run.cellIds().size(); i++) {
            boolean first = i == 0 && run.printed().matches("\\d+");
            Cell cell = first
                    ? new Cell(run.cellIds().get(i), CellKind.NUMBER, new BigDecimal(run.printed()), run.printed(),
                    Location.UNKNOWN, note, Basis.CHOICE, null, row.row().label(), columns.get(i).label())
                    : new Cell(run.cellIds().get(i), CellKind.EMPTY, null, "", Location.UNKNOWN, note, Basis.CHOICE, null,
                    row.row().label(), columns.get(i).label());
            out.add(cell);
        }
        return out;
    }

    private static List<Section> sections(String text, List<LegacyParts.Part> found, int annexStart) {
        List<Section> out = new ArrayList<>();
        for (int i = 0; i < found.size(); i++) {
            LegacyParts.Part part = found.get(i);
            int end = i + 1 < found.size() ? found.get(i + 1).start() : text.length();
            if (!part.key().equals("annex") && annexStart > part.textStart()) {
                end = Math.min(end, annexStart);
            }
            out.add(new Section(part.key(), part.heading(), text.substring(part.textStart(), Math.max(end, part.textStart())).strip()));
        }
        return out;
    }
}
