package gongkai.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gongkai.model.Cell;
import gongkai.model.Report;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Compares a report's cells with expected cells (kind, value and raw text), listing every difference in one failure. */
public final class CellAssertions {
    private CellAssertions() {
    }

    public static void assertCellsEqual(Gold gold, Report report) {
        Map<String, Cell> actual = report.cells().stream().collect(Collectors.toMap(Cell::id, Function.identity()));
        List<String> problems = new ArrayList<>();
        gold.cells().forEach((id, expected) -> {
            Cell cell = actual.get(id);
            if (cell == null) {
                problems.add(id + ": missing");
            } else if (expected.ambiguous()) {
                boolean exact = same(expected, cell);
                boolean flagged = cell.note() != null && cell.note().contains("ambiguous");
                if (!exact && !flagged) {
                    problems.add(id + ": ambiguous cell neither exact nor flagged: " + cell);
                }
            } else if (!same(expected, cell)) {
                problems.add(id + ": expected " + expected.kind() + " " + expected.value() + " raw " + expected.raw()
                        + " got " + cell.kind().id()
                        + " " + cell.value() + " (raw " + cell.raw() + ")");
            }
        });
        actual.keySet().stream().filter(id -> !gold.cells().containsKey(id)).forEach(id -> problems.add(id + ": unexpected"));
        assertTrue(problems.isEmpty(), problems.size() + " cell differences:\n" + String.join("\n", problems));
        assertEquals(gold.cells().size(), report.cells().size());
    }

    private static boolean same(Gold.ExpectedCell expected, Cell cell) {
        if (!expected.kind().equals(cell.kind().id())) {
            return false;
        }
        if (expected.raw() != null && !expected.raw().equals(cell.raw())) {
            return false;
        }
        BigDecimal v = cell.value();
        return expected.value() == null ? v == null : v != null && expected.value().compareTo(v) == 0;
    }
}
