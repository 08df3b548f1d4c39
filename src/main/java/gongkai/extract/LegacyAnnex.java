package gongkai.extract;

import gongkai.format.LegacyFormat;
import gongkai.format.LineSpec;
import gongkai.model.Location;
import gongkai.text.Normalizer;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Maps the printed rows of a statistical annex onto cell ids and splits their runs of values with the flat
 * solver: the annex's own sum rules (per value column) and the narrative's figures are the constraints, each
 * group of rows linked by a rule solved on its own; a group whose rules cannot all hold is solved again
 * with the narrative's figures only, and otherwise read as printed (undecided splits flagged).
 */
final class LegacyAnnex {
    static final String TABLE = "annex";
    static final String GENERIC_PREFIX = "x_";

    private final LegacyFormat.Annex annex;

    LegacyAnnex(LegacyFormat.Annex annex) {
        this.annex = annex;
    }

    /** A row on its cell ids: the printed row, its key, and one run of its value columns. */
    record MappedRow(AnnexText.Row row, String key, FlatRun run) {
    }

    /** The key of a printed row label: a declared row's, or a stable generic key from the label's words. */
    String keyOf(String printedLabel) {
        String words = words(printedLabel);
        for (LegacyFormat.Row row : annex.rows()) {
            if (row.labels().stream().anyMatch(l -> words(l).equals(words))) {
                return row.key();
            }
        }
        return GENERIC_PREFIX + hash(words);
    }

    static String words(String label) {
        return Normalizer.words(label.replaceFirst("^\\s*其中\\s*[:：]\\s*", ""));
    }

    List<MappedRow> map(AnnexText.Table table, Location where) {
        List<AnnexText.Column> values = valueColumns(table);
        List<MappedRow> rows = new ArrayList<>();
        Set<String> used = new HashSet<>();
        for (AnnexText.Row row : table.rows()) {
            String key = keyOf(row.label());
            if (!used.add(key)) {
                continue; // a row printed twice: the first is the row; the repeat would overwrite its cells
            }
            boolean money = row.unit().endsWith("元");
            List<String> ids = values.stream().map(c -> id(key, c.key())).toList();
            List<LineSpec> columns = values.stream().map(c ->
                    new LineSpec(c.key(), List.of(c.label()), null, List.of(), false, money, false)).toList();
            rows.add(new MappedRow(row, key, FlatRun.of(row.label(), ids, columns, row.values(), where)));
        }
        return rows;
    }

    static List<AnnexText.Column> valueColumns(AnnexText.Table table) {
        return table.columns().stream().filter(c -> !c.key().equals("unit")).toList();
    }

    static String id(String rowKey, String columnKey) {
        return TABLE + "." + rowKey + "." + columnKey;
    }

    /** The annex's sum rules on the rows present, one constraint per value column. */
    List<FlatConstraint> ruleConstraints(List<MappedRow> rows, List<AnnexText.Column> columns) {
        Set<String> present = new HashSet<>();
        rows.forEach(r -> present.add(r.key()));
        List<FlatConstraint> out = new ArrayList<>();
        for (LegacyFormat.Rule rule : annex.rules()) {
            List<String> sum = rule.sum().stream().filter(present::contains).toList();
            if (sum.isEmpty() || !present.containsAll(rule.equals())) {
                continue;
            }
            for (AnnexText.Column c : columns) {
                out.add(new FlatConstraint(rule.id(), sum.stream().map(k -> id(k, c.key())).toList(),
                        rule.equals().stream().map(k -> id(k, c.key())).toList()));
            }
        }
        return out;
    }

    /** Runs and constraints solved group by group (rows linked by a constraint form a group). */
    static Map<FlatRun, FlatRunReading> solve(List<FlatRun> runs, List<FlatConstraint> rules,
                                              List<FlatConstraint> narrative) {
        Map<FlatRun, FlatRunReading> out = new LinkedHashMap<>();
        List<FlatConstraint> all = new ArrayList<>(rules);
        all.addAll(narrative);
        for (List<FlatRun> group : groups(runs, all)) {
            List<FlatConstraint> own = within(group, all);
            FlatResolver.Resolution r = FlatResolver.resolve(group, own, FlatLimits.STANDARD);
            if (!r.allRulesHold() && !own.isEmpty()) {
                FlatResolver.Resolution byNarrative = FlatResolver.resolve(group, within(group, narrative), FlatLimits.STANDARD);
                r = byNarrative.allRulesHold() && !within(group, narrative).isEmpty() ? byNarrative
                        : FlatResolver.resolve(group, List.of(), FlatLimits.STANDARD);
            }
            r.readings().forEach(reading -> out.put(reading.run(), reading));
        }
        return out;
    }

    private static List<FlatConstraint> within(List<FlatRun> group, List<FlatConstraint> constraints) {
        Set<String> ids = new HashSet<>();
        group.forEach(r -> ids.addAll(r.cellIds()));
        return constraints.stream().filter(c -> ids.containsAll(c.cells())).toList();
    }

    private static List<List<FlatRun>> groups(List<FlatRun> runs, List<FlatConstraint> constraints) {
        Map<FlatRun, Integer> groupOf = new LinkedHashMap<>();
        for (int i = 0; i < runs.size(); i++) {
            groupOf.put(runs.get(i), i);
        }
        boolean merged = true;
        while (merged) {
            merged = false;
            for (FlatConstraint c : constraints) {
                List<FlatRun> touched = runs.stream().filter(r -> r.cellIds().stream().anyMatch(c.cells()::contains)).toList();
                int min = touched.stream().mapToInt(groupOf::get).min().orElse(-1);
                for (FlatRun r : touched) {
                    if (groupOf.get(r) != min) {
                        groupOf.put(r, min);
                        merged = true;
                    }
                }
            }
        }
        Map<Integer, List<FlatRun>> groups = new LinkedHashMap<>();
        groupOf.forEach((run, g) -> groups.computeIfAbsent(g, k -> new ArrayList<>()).add(run));
        return new ArrayList<>(groups.values());
    }

    private static String hash(String words) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(words.getBytes(StandardCharsets.UTF_8));
            return String.format("%08x", new BigInteger(1, digest).shiftRight(digest.length * 8 - 32));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
