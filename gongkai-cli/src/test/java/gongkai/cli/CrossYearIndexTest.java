package gongkai.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import gongkai.check.Validator;
import gongkai.format.ReportFormats;
import gongkai.model.Basis;
import gongkai.model.Cell;
import gongkai.model.CellKind;
import gongkai.model.Finding;
import gongkai.model.Report;
import gongkai.model.Source;
import gongkai.model.Status;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The batch's cross-year index compares certain cells only, as the library's cross-year checks do. */
class CrossYearIndexTest {
    private static final String DOC = "t2.a20_1.normative_doc.";

    @Test
    void aFailingInForceCountFromCertainCellsIsFound() {
        assertEquals(List.of("x2.in_force"), rules(Basis.GRID));
    }

    @Test
    void aGuessedSplitIsNeverComparedAcrossYears() {
        // Pingtan's 2023 reports: t2 digits whose split is a choice gave x2.in_force on the guessed value
        assertEquals(List.of(), rules(Basis.CHOICE));
        assertEquals(List.of(), rules(Basis.ORDER));
    }

    private static List<String> rules(Basis thisYear) {
        CrossYearIndex index = new CrossYearIndex(new Validator(ReportFormats.standard(), "zh"));
        index.add(index.entryOf(0, report("a", 2022, Basis.GRID, 89, 5, 3)));
        index.add(index.entryOf(1, report("b", 2023, thisYear, 165, 21, 59)));
        Map<Integer, CrossYearIndex.Findings> added = index.check();
        return added.values().stream().flatMap(f -> f.findings().stream()).map(Finding::rule).distinct().toList();
    }

    private static Report report(String id, int year, Basis basis, int inForce, int issued, int repealed) {
        List<Cell> cells = List.of(cell(DOC + "in_force", inForce, basis), cell(DOC + "issued", issued, basis),
                cell(DOC + "repealed", repealed, basis));
        return new Report(id, new Source("in/" + id + ".txt", "", "txt"), Status.OK, List.of(), "v2021", "某某局", year,
                List.of(), cells, List.of(), List.of());
    }

    private static Cell cell(String id, int value, Basis basis) {
        return new Cell(id, CellKind.NUMBER, BigDecimal.valueOf(value), String.valueOf(value), null, null)
                .withBasis(basis);
    }
}
