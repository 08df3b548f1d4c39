package gongkai.write;

import gongkai.format.LegacyFormat;
import gongkai.model.Cell;
import gongkai.model.Report;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The harmonised measures of one report, comparable across the formats: from the statutory cells the
 * crosswalk names (summed when several), else the legacy annex's row for this year, else the figure the
 * narrative states. Each value says where it came from and on what basis its cells were read.
 */
public final class Harmonizer {
    /** One measure of one report: value, source (table, annex, narrative), the cells, and their weakest basis. */
    public record Value(String measure, BigDecimal value, String source, List<String> cells, String basis) {
    }

    private final LegacyFormat legacy;

    public Harmonizer(LegacyFormat legacy) {
        this.legacy = legacy;
    }

    /** The measures, in the order the format data declares them. */
    public List<String> measures() {
        Set<String> out = new LinkedHashSet<>();
        legacy.annex().rows().stream().map(LegacyFormat.Row::measure).filter(m -> m != null).forEach(out::add);
        legacy.narrative().stream().map(LegacyFormat.NarrativeFigure::measure).filter(m -> m != null).forEach(out::add);
        return List.copyOf(out);
    }

    /** Statutory cell id → the measure it is crosswalked to. */
    static Map<String, String> statutoryMeasures(LegacyFormat legacy) {
        Map<String, String> out = new HashMap<>();
        for (LegacyFormat.Row row : legacy.annex().rows()) {
            row.crosswalk().forEach(id -> out.put(id, row.measure()));
        }
        return out;
    }

    public List<Value> values(Report report) {
        Map<String, Cell> cells = new HashMap<>();
        report.cells().forEach(c -> cells.putIfAbsent(c.id(), c));
        List<Value> out = new ArrayList<>();
        for (String measure : measures()) {
            Optional<LegacyFormat.Row> row = legacy.annex().rows().stream().filter(r -> measure.equals(r.measure())).findFirst();
            List<String> crosswalk = row.map(LegacyFormat.Row::crosswalk).orElse(List.of());
            Value v = sum(measure, "table", crosswalk, cells);
            if (v == null && row.isPresent()) {
                v = sum(measure, "annex", List.of("annex." + row.get().key() + ".year"), cells);
            }
            if (v == null) {
                v = legacy.narrative().stream().filter(n -> measure.equals(n.measure())).findFirst()
                        .map(n -> sum(measure, "narrative", List.of("narrative." + n.key() + ".value"), cells)).orElse(null);
            }
            if (v != null) {
                out.add(v);
            }
        }
        return out;
    }

    private static Value sum(String measure, String source, List<String> ids, Map<String, Cell> cells) {
        if (ids.isEmpty() || !ids.stream().allMatch(id -> cells.containsKey(id) && cells.get(id).isNumber())) {
            return null;
        }
        BigDecimal total = BigDecimal.ZERO;
        String basis = null;
        for (String id : ids) {
            Cell c = cells.get(id);
            total = total.add(c.value());
            if (basis == null || !c.isCertain()) {
                basis = c.basis().id();
            }
        }
        return new Value(measure, total, source, ids, basis);
    }
}
