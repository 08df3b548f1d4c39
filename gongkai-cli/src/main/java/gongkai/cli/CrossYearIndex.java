package gongkai.cli;

import gongkai.check.Validator;
import gongkai.model.Cell;
import gongkai.model.CellKind;
import gongkai.model.Finding;
import gongkai.model.Report;
import gongkai.model.Source;
import gongkai.model.Status;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The few cells of every report that the cross-year checks read (agency, year and some forty counts), kept
 * apart from the reports so a batch holds no report longer than it takes to write it. At the end of a run the
 * checks run on this index, agency by agency, and give the findings to add to each later year's report.
 */
final class CrossYearIndex {
    /** One report's entry: its place in the run, its id and path, agency, year and the numbers the checks read. */
    record Entry(int position, String reportId, String path, String agency, int year, String numbers) {
        /** This entry at another place in the run. */
        Entry at(int place) {
            return new Entry(place, reportId, path, agency, year, numbers);
        }
    }

    private final Validator validator;
    /** The cell ids, sorted: an entry names a cell by its place here ({@code 3:12,7:0}), to stay small. */
    private final List<String> cellIds;
    private final Map<String, Integer> cellPlaces = new HashMap<>();
    private final Map<String, Map<Integer, List<Entry>>> byAgencyAndYear = new HashMap<>();

    CrossYearIndex(Validator validator) {
        this.validator = validator;
        this.cellIds = List.copyOf(new java.util.TreeSet<>(validator.crossYearCellIds()));
        for (int i = 0; i < cellIds.size(); i++) {
            cellPlaces.put(cellIds.get(i), i);
        }
    }

    /** The report's entry, or null when it has no agency or year (the checks never pair it). */
    Entry entryOf(int position, Report report) {
        if (report.agency() == null || report.year() == null) {
            return null;
        }
        StringBuilder numbers = new StringBuilder();
        Set<String> seen = new HashSet<>();
        for (Cell cell : report.cells()) {
            Integer place = cellPlaces.get(cell.id());
            // only certain cells: the stubs below are rebuilt as certain, and a guessed value is never compared
            if (place != null && seen.add(cell.id()) && cell.isNumber() && cell.isCertain()) {
                numbers.append(numbers.length() == 0 ? "" : ",").append(place).append(':').append(cell.value());
            }
        }
        return new Entry(position, report.reportId(), report.source().path(), report.agency(), report.year(),
                numbers.toString());
    }

    void add(Entry entry) {
        if (entry != null) {
            byAgencyAndYear.computeIfAbsent(Validator.agencyKey(entry.agency()), k -> new HashMap<>())
                    .computeIfAbsent(entry.year(), k -> new ArrayList<>()).add(entry);
        }
    }

    /** The findings to add, by the later report's position; the earlier years' reports in path order, as before. */
    Map<Integer, Findings> check() {
        Map<Integer, Findings> added = new TreeMap<>();
        for (Map<Integer, List<Entry>> years : byAgencyAndYear.values()) {
            for (List<Entry> entries : years.values()) {
                for (Entry current : entries) {
                    List<Entry> previous = years.getOrDefault(current.year() - 1, List.of());
                    if (previous.isEmpty()) {
                        continue;
                    }
                    List<Report> stubs = new ArrayList<>();
                    previous.stream().sorted(java.util.Comparator.comparingInt(Entry::position)).forEach(e -> stubs.add(stub(e)));
                    stubs.add(stub(current));
                    List<Report> checked = validator.checkAcrossYears(stubs);
                    List<Finding> findings = checked.get(checked.size() - 1).findings();
                    if (!findings.isEmpty()) {
                        added.put(current.position(), new Findings(current, findings));
                    }
                }
            }
        }
        return added;
    }

    /** Findings added to the report of an entry. */
    record Findings(Entry entry, List<Finding> findings) {
    }

    private Report stub(Entry e) {
        List<Cell> cells = new ArrayList<>();
        for (String pair : e.numbers().isEmpty() ? new String[0] : e.numbers().split(",")) {
            int colon = pair.indexOf(':');
            String value = pair.substring(colon + 1);
            cells.add(new Cell(cellIds.get(Integer.parseInt(pair.substring(0, colon))), CellKind.NUMBER,
                    new BigDecimal(value), value, null, null));
        }
        return new Report(e.reportId(), new Source(e.path(), "", ""), Status.OK, List.of(), "unknown", e.agency(),
                e.year(), List.of(), cells, List.of());
    }
}
