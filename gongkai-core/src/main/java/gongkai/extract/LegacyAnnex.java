package gongkai.extract;

import gongkai.format.LegacyFormat;
import gongkai.format.LineSpec;
import gongkai.extract.flat.GluedRows;
import gongkai.text.Normalizer;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Maps the printed rows of a statistical annex onto cell ids (a declared row's key, or a generic key from the
 * label's words) and states the annex's own sum rules on them, per value column, for the flat solver.
 */
final class LegacyAnnex {
    static final String TABLE = "annex";
    static final String GENERIC_PREFIX = "x_";

    private final LegacyFormat.Annex annex;

    LegacyAnnex(LegacyFormat.Annex annex) {
        this.annex = annex;
    }

    /** A row on its cell ids: the printed row, its key, and its value columns as a row for the flat solver. */
    record MappedRow(AnnexText.Row row, String key, GluedRows.Row run) {
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

    List<MappedRow> map(AnnexText.Table table) {
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
            rows.add(new MappedRow(row, key, new GluedRows.Row(row.label(), ids, columns, row.values())));
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
    List<GluedRows.Sum> ruleConstraints(List<MappedRow> rows, List<AnnexText.Column> columns) {
        Set<String> present = new HashSet<>();
        rows.forEach(r -> present.add(r.key()));
        List<GluedRows.Sum> out = new ArrayList<>();
        for (LegacyFormat.Rule rule : annex.rules()) {
            List<String> sum = rule.sum().stream().filter(present::contains).toList();
            if (sum.isEmpty() || !present.containsAll(rule.equals())) {
                continue;
            }
            for (AnnexText.Column c : columns) {
                out.add(new GluedRows.Sum(rule.id(), sum.stream().map(k -> id(k, c.key())).toList(),
                        rule.equals().stream().map(k -> id(k, c.key())).toList()));
            }
        }
        return out;
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
