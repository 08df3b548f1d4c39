package gongkai.check;

import static gongkai.check.TestReports.consistent;
import static gongkai.check.TestReports.report;
import static gongkai.check.TestReports.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gongkai.model.Category;
import gongkai.model.Report;
import gongkai.model.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Mutates reports that satisfy every rule: each table-3 and table-4 number changed by ±1 must be caught by a
 * filing error naming that cell; swaps of adjacent cells are counted and their catch rate printed.
 */
class MutationTest {
    private final Validator validator = new Validator(TestReports.FORMATS, "zh");

    @ParameterizedTest
    @ValueSource(strings = {"v2019", "v2021"})
    void everySingleCellChangeByOneIsCaught(String layout) {
        Map<String, String> base = consistent(layout);
        List<String> missed = new ArrayList<>();
        for (String id : base.keySet()) {
            for (int delta : new int[] {-1, 1}) {
                String changed = String.valueOf(Integer.parseInt(base.get(id)) + delta);
                if (!caught(with(base, id, changed), id)) {
                    missed.add(id + (delta > 0 ? "+1" : "-1"));
                }
            }
        }
        System.out.printf("mutation %s: single-cell ±1 caught %d/%d%n", layout,
                2 * base.size() - missed.size(), 2 * base.size());
        assertEquals(List.of(), missed);
    }

    @ParameterizedTest
    @ValueSource(strings = {"v2019", "v2021"})
    void swapsOfAdjacentCellsAreMostlyCaught(String layout) {
        Map<String, String> base = consistent(layout);
        List<String> ids = new ArrayList<>(base.keySet());
        int swaps = 0;
        int caught = 0;
        for (int i = 0; i + 1 < ids.size(); i++) {
            String a = ids.get(i);
            String b = ids.get(i + 1);
            if (!sameLine(a, b) || base.get(a).equals(base.get(b))) {
                continue;
            }
            swaps++;
            if (caught(with(base, a, base.get(b), b, base.get(a)), a)) {
                caught++;
            }
        }
        System.out.printf("mutation %s: adjacent swaps caught %d/%d (%.0f%%)%n", layout, caught, swaps,
                100.0 * caught / swaps);
        assertTrue(caught > swaps / 2, caught + "/" + swaps);
    }

    private boolean caught(Map<String, String> printed, String id) {
        Report checked = validator.check(report(printed));
        return checked.findings().stream().anyMatch(f -> f.severity() == Severity.ERROR
                && f.category() == Category.FILING && f.cells().contains(id));
    }

    /** Two cell ids in the same printed row: same table and row, differing in the last part only. */
    private static boolean sameLine(String a, String b) {
        return a.substring(0, a.lastIndexOf('.')).equals(b.substring(0, b.lastIndexOf('.')));
    }
}
