package gongkai.write;

import gongkai.format.BlockSpec;
import gongkai.format.LegacyFormat;
import gongkai.format.LineSpec;
import gongkai.format.ReportFormats;
import gongkai.format.TableSpec;
import gongkai.format.VersionSpec;
import gongkai.model.Cell;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What every cell id means, built from the format data: the statutory tables' cells (formats and years
 * from their layouts), the legacy annex's declared rows × columns and the narrative's figures, plus the
 * generic annex rows met while reading ({@link #learn}), labelled as first printed. Ids in order: statutory,
 * legacy, then generic ones as met.
 */
public final class Codebook {
    public static final String[] HEADER = {"cell_id", "short_name", "table", "table_zh", "row_zh", "row_en",
        "column_zh", "column_en", "unit", "formats", "years", "measure"};

    /** One id: its short name, labels in Chinese and English, unit, the formats and years it exists in, its measure. */
    public record Entry(String cellId, String shortName, String table, String tableZh, String rowZh, String rowEn,
                        String columnZh, String columnEn, String unit, String formats, String years, String measure) {
        String[] row() {
            return new String[] {cellId, shortName, table, tableZh, rowZh, rowEn, columnZh, columnEn, unit, formats,
                years, measure};
        }
    }

    private static final Map<String, String> TABLE_ZH = Map.of("t2", "主动公开政府信息情况", "t3", "收到和处理政府信息公开申请情况",
            "t4", "政府信息公开行政复议、行政诉讼情况", "annex", "政府信息公开情况统计表（2019年前）", "narrative", "正文所述数字（2019年前）");
    private final Map<String, Entry> entries = new LinkedHashMap<>();
    private final int declared;

    public Codebook(ReportFormats formats, LegacyFormat legacy) {
        Map<String, String> measures = Harmonizer.statutoryMeasures(legacy);
        for (TableSpec table : formats.tables()) {
            for (BlockSpec block : table.blocks()) {
                for (LineSpec row : block.rows()) {
                    for (LineSpec column : block.columns()) {
                        addStatutory(formats, table, block, row, column, measures);
                    }
                }
            }
        }
        String years = legacy.years().first() + "-" + legacy.years().last();
        for (LegacyFormat.Row row : legacy.annex().rows()) {
            for (LegacyFormat.Column column : legacy.annex().columns()) {
                boolean unit = column.key().equals("unit");
                add(new Entry(id("annex", row.key(), column.key()), null, "annex", TABLE_ZH.get("annex"), row.labels().get(0),
                        row.en(), column.patterns().get(0), column.en(), unit ? "text" : "as printed in the unit column; 元 in 万元",
                        "legacy", years, !unit && column.key().equals("year") && row.measure() != null ? row.measure() : ""));
            }
        }
        for (LegacyFormat.NarrativeFigure n : legacy.narrative()) {
            add(new Entry(id("narrative", n.key(), "value"), null, "narrative", TABLE_ZH.get("narrative"),
                    "正文：" + String.join("/", n.parts()), n.en(), "", "value stated in the text", "count; 元 in 万元",
                    "legacy", years, n.measure() == null ? "" : n.measure()));
        }
        declared = entries.size();
    }

    private void addStatutory(ReportFormats formats, TableSpec table, BlockSpec block, LineSpec row, LineSpec column,
                              Map<String, String> measures) {
        String id = block.cellId(table.id(), row, column);
        String version = table.layout();
        Entry old = entries.get(id);
        if (old != null) {
            String both = old.formats().contains(version) ? old.formats() : old.formats() + " " + version;
            entries.put(id, new Entry(id, old.shortName(), old.table(), old.tableZh(), old.rowZh(), old.rowEn(),
                    old.columnZh(), old.columnEn(), old.unit(), both, yearsOf(formats, both), old.measure()));
            return;
        }
        String rowZh = (block.labels().isEmpty() ? "" : block.labels().get(0) + " ")
                + (row.group() == null ? "" : row.group() + " ") + row.labels().get(0);
        String rowEn = (block.key() == null ? "" : block.key() + " ") + row.key().replace('_', ' ').replace('.', ' ');
        add(new Entry(id, null, table.id(), TABLE_ZH.get(table.id()), rowZh, rowEn, column.labels().get(0),
                column.key().replace('_', ' '), column.money() ? "万元" : "count", version, yearsOf(formats, version),
                measures.getOrDefault(id, "")));
    }

    private static String yearsOf(ReportFormats formats, String versions) {
        int first = Integer.MAX_VALUE;
        int last = 0;
        for (VersionSpec v : formats.versions()) {
            if (List.of(versions.split(" ")).contains(v.id())) {
                first = Math.min(first, v.firstYear());
                last = Math.max(last, v.lastYear());
            }
        }
        return first + "-" + (last >= 9999 ? "" : String.valueOf(last));
    }

    private void add(Entry e) {
        entries.put(e.cellId(), new Entry(e.cellId(), ShortNames.of(e.cellId()), e.table(), e.tableZh(), e.rowZh(),
                e.rowEn(), e.columnZh(), e.columnEn(), e.unit(), e.formats(), e.years(), e.measure()));
    }

    private static String id(String table, String row, String column) {
        return table + "." + row + "." + column;
    }

    /** Adds the generic annex ids of a report's cells not yet known, labelled as printed. */
    public void learn(List<Cell> cells) {
        for (Cell c : cells) {
            if (!entries.containsKey(c.id()) && c.id().startsWith("annex.")) {
                boolean unit = c.id().endsWith(".unit");
                add(new Entry(c.id(), null, "annex", TABLE_ZH.get("annex"), c.rowLabel() == null ? "" : c.rowLabel(), "",
                        c.columnLabel() == null ? "" : c.columnLabel(), c.id().substring(c.id().lastIndexOf('.') + 1),
                        unit ? "text" : "as printed in the unit column; 元 in 万元", "legacy", "", ""));
            }
        }
    }

    public boolean knows(String cellId) {
        return entries.containsKey(cellId);
    }

    /** Every id, declared ones first in the format's order, then generic ones as met. */
    public List<Entry> entries() {
        return new ArrayList<>(entries.values());
    }

    /** The ids declared by the format data (known before any report is read). */
    public List<String> declaredIds() {
        return entries.keySet().stream().limit(declared).toList();
    }
}
