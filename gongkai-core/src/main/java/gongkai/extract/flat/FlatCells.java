package gongkai.extract.flat;

import gongkai.format.TableSpec;
import gongkai.model.Basis;
import gongkai.model.Category;
import gongkai.model.Cell;
import gongkai.model.CellKind;
import gongkai.model.ErrorCode;
import gongkai.model.Finding;
import gongkai.model.ReportError;
import gongkai.model.Severity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns a table's resolution into its reading: cells with notes saying how each split was decided or
 * that it was not, and the findings and errors that go with missing, unsplittable, over-budget or
 * ambiguous runs.
 */
final class FlatCells {
    static final String AMBIGUOUS_NOTE = "ambiguous, alternatives: ";

    /** Info finding: a row of layout text its columns could not place, read by order and rules instead. */
    static final String LAYOUT_UNPLACED = "flat.layout_unplaced";

    private final TableSpec table;
    private final FlatShape shape;
    private final LayoutColumns.Placement layout;
    private final List<String> byOrder = new ArrayList<>();
    private final Map<String, Cell> cells = new HashMap<>();
    private final List<Finding> findings = new ArrayList<>();
    private final List<ReportError> errors = new ArrayList<>();

    private FlatCells(TableSpec table, FlatShape shape, LayoutColumns.Placement layout) {
        this.table = table;
        this.shape = shape;
        this.layout = layout;
    }

    static FlatReading reading(TableSpec table, List<String> missingRows, FlatResolver.Resolution resolution) {
        return reading(table, missingRows, resolution, LayoutColumns.Placement.NONE);
    }

    /** As above, the runs that {@code layout} placed by their columns of basis layout, the others it left named. */
    static FlatReading reading(TableSpec table, List<String> missingRows, FlatResolver.Resolution resolution,
                               LayoutColumns.Placement layout) {
        FlatCells out = new FlatCells(table, resolution.shape(), layout);
        List<String> ambiguous = new ArrayList<>();
        resolution.readings().forEach(r -> ambiguous.addAll(out.addCells(r)));
        out.reportMissing(missingRows);
        out.reportRuns(resolution.unsplit(), "flat.unsplittable", ErrorCode.ROW_NOT_SPLIT, "cannot be split into its %d cells");
        out.reportRuns(resolution.overBudget(), "flat.split_budget", ErrorCode.SPLIT_BUDGET_EXCEEDED,
                "has too many possible splits into its %d cells for the search budget");
        out.reportSolve(resolution);
        out.reportAmbiguous(ambiguous);
        out.reportUnresolved(resolution.unresolved());
        out.reportByOrder();
        out.reportUnplaced();
        return new FlatReading(table, out.inPrintedOrder(), out.findings, out.errors);
    }

    /** Adds a run's cells; returns the identifiers of those left ambiguous. */
    private List<String> addCells(FlatRunReading reading) {
        FlatRun run = reading.run();
        FlatSplit taken = reading.readings().get(0);
        List<String> ambiguous = new ArrayList<>();
        for (int i = 0; i < run.size(); i++) {
            Set<String> alternatives = new LinkedHashSet<>();
            for (FlatSplit s : reading.readings()) {
                alternatives.add(s.raws().get(i));
            }
            String note = null;
            Basis basis = basis(reading);
            if (alternatives.size() > 1) {
                basis = Basis.CHOICE;
                note = AMBIGUOUS_NOTE + String.join("|", alternatives);
                ambiguous.add(run.cellIds().get(i));
            } else if (reading.inferred()) {
                note = (reading.rules().isEmpty() ? "split" : "split by rule " + String.join(", ", reading.rules()))
                        + " from \"" + run.printed() + "\"";
            }
            String id = run.cellIds().get(i);
            BigDecimal value = taken.values().get(i);
            String raw = taken.raws().get(i);
            CellKind kind = value != null ? CellKind.NUMBER : raw.isEmpty() ? CellKind.EMPTY : CellKind.NA;
            if (basis == Basis.ORDER) {
                byOrder.add(id);
            }
            cells.put(id, new Cell(id, kind, value, raw, run.location(), note, basis, null, null, null));
        }
        return ambiguous;
    }

    /**
     * How a run's cells were placed. Glued digits split one way only, or the one way the rules leave: rules
     * (the number grammar and the sums fix the split). Separated values: rules when the run's own sum rule
     * holds on them, else order (placed in printed order; a lost blank or a reordered value would not show).
     */
    private Basis basis(FlatRunReading reading) {
        if (layout.placed().containsKey(reading.run())) {
            return Basis.LAYOUT;
        }
        if (shape == FlatShape.SEPARATED) {
            return !reading.rules().isEmpty() && reading.localRulesHold() ? Basis.RULES : Basis.ORDER;
        }
        return Basis.RULES;
    }

    /** Runs whose every reading breaks their own rules while the text allows several: left out, said why. */
    private void reportUnresolved(List<FlatRunReading> runs) {
        for (FlatRunReading r : runs) {
            FlatRun run = r.run();
            String message = "table " + table.id() + " " + run.label() + ": \"" + run.printed() + "\" has "
                    + (r.readings().isEmpty() ? "no placement" : r.readings().size() + " possible splits")
                    + " into its " + run.size() + " cells and none satisfies " + String.join(", ", r.rules())
                    + "; the cells are left out rather than given as printed";
            findings.add(new Finding(FlatReading.NO_READING, Severity.WARNING, Category.EXTRACTION, run.cellIds(), null,
                    null, message));
            errors.add(new ReportError(ErrorCode.MISSING_CELLS, message));
        }
    }

    /** Cells whose column comes from the order of the printed values only: named, so that no one takes them as certain. */
    private void reportByOrder() {
        if (byOrder.isEmpty()) {
            return;
        }
        findings.add(new Finding("flat.placed_by_order", Severity.INFO, Category.EXTRACTION, byOrder, null, null,
                "table " + table.id() + ": " + byOrder.size() + " cells placed by the order of the printed values;"
                        + " no rule of their row confirms the columns"));
    }

    /** Rows of layout text that their columns could not place: named with the reason, read by the order and rules. */
    private void reportUnplaced() {
        layout.unplaced().forEach((run, why) -> findings.add(new Finding(LAYOUT_UNPLACED, Severity.INFO,
                Category.EXTRACTION, run.cellIds(), null, null, "table " + table.id() + " " + run.label() + ": \""
                + run.printed() + "\" not placed by column position (" + why + "); read by order and rules")));
    }

    private void reportMissing(List<String> rows) {
        if (rows.isEmpty()) {
            return;
        }
        String message = "table " + table.id() + ": no label found for " + String.join(", ", rows);
        findings.add(Finding.of("flat.row_not_found", Severity.WARNING, Category.EXTRACTION, message));
        errors.add(new ReportError(ErrorCode.ROW_NOT_FOUND, message));
    }

    private void reportRuns(List<FlatRun> runs, String rule, ErrorCode code, String problem) {
        for (FlatRun run : runs) {
            String message = "table " + table.id() + " " + run.label() + ": \"" + run.printed() + "\" "
                    + problem.formatted(run.size());
            findings.add(new Finding(rule, Severity.WARNING, Category.EXTRACTION, run.cellIds(), null, null, message));
            errors.add(new ReportError(code, message));
        }
    }

    private void reportSolve(FlatResolver.Resolution resolution) {
        if (resolution.solveOverBudget()) {
            String message = "table " + table.id() + ": too many combinations of row splits for the search budget;"
                    + " each row read by its own rules";
            findings.add(Finding.of("flat.split_budget", Severity.WARNING, Category.EXTRACTION, message));
            errors.add(new ReportError(ErrorCode.SPLIT_BUDGET_EXCEEDED, message));
        } else if (!resolution.allRulesHold() && !resolution.readings().isEmpty()) {
            findings.add(Finding.of("flat.rules_unsatisfiable", Severity.INFO, Category.EXTRACTION,
                    "table " + table.id() + ": no split of the printed digits satisfies all of the table's rules;"
                            + " each row read by its own rules, as printed"));
        }
    }

    private void reportAmbiguous(List<String> ambiguous) {
        if (ambiguous.isEmpty()) {
            return;
        }
        String message = "table " + table.id() + ": " + ambiguous.size()
                + " cells have more than one split of the printed digits consistent with the rules: "
                + String.join(", ", ambiguous);
        findings.add(new Finding("flat.ambiguous_split", Severity.WARNING, Category.EXTRACTION, ambiguous, null, null,
                message));
        errors.add(new ReportError(ErrorCode.AMBIGUOUS_SPLIT, message));
    }

    private Map<String, Cell> inPrintedOrder() {
        Map<String, Cell> ordered = new LinkedHashMap<>();
        for (String id : table.cellIds()) {
            if (cells.containsKey(id)) {
                ordered.put(id, cells.get(id));
            }
        }
        return ordered;
    }
}
