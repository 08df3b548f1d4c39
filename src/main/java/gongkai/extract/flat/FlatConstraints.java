package gongkai.extract.flat;

import gongkai.format.BlockSpec;
import gongkai.format.LineSpec;
import gongkai.format.SumRule;
import gongkai.format.TableSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Expands the sum rules of {@code formats.json} into constraints on one table layout's cell identifiers:
 * {@code {row}} / {@code {column}} is the member the rule is instantiated for (or every member when the
 * rule goes the other way), any other placeholder is a tag naming a set of rows or columns, and a plain
 * word is a row or column key.
 */
final class FlatConstraints {
    /** {@code table.row.column}; the row part may itself contain dots (denied.state_secret). */
    private static final Pattern TEMPLATE = Pattern.compile("^([^.]+)\\.(.+)\\.([^.]+)$");
    private static final String EACH_ROW = "row";
    private static final String EACH_COLUMN = "column";

    private FlatConstraints() {
    }

    static List<FlatConstraint> of(List<SumRule> rules, TableSpec table) {
        List<FlatConstraint> out = new ArrayList<>();
        for (SumRule rule : rules) {
            if (!rule.table().equals(table.id())) {
                continue;
            }
            for (BlockSpec block : table.blocks()) {
                List<LineSpec> members = EACH_ROW.equals(rule.each()) ? block.rows() : block.columns();
                for (LineSpec member : members) {
                    List<String> sum = expand(rule.sum(), table, block, rule.each(), member);
                    List<String> equals = expand(rule.equals(), table, block, rule.each(), member);
                    if (!sum.isEmpty() && !equals.isEmpty()) {
                        out.add(new FlatConstraint(rule.id(), sum, equals));
                    }
                }
            }
        }
        return out;
    }

    private static List<String> expand(List<String> templates, TableSpec table, BlockSpec block, String each,
                                       LineSpec member) {
        List<String> ids = new ArrayList<>();
        for (String template : templates) {
            Matcher m = TEMPLATE.matcher(template);
            if (!m.matches() || !m.group(1).equals(table.id())) {
                continue;
            }
            List<LineSpec> rows = resolve(m.group(2), block.rows(), EACH_ROW, each, member);
            List<LineSpec> columns = resolve(m.group(3), block.columns(), EACH_COLUMN, each, member);
            for (LineSpec row : rows) {
                for (LineSpec column : columns) {
                    ids.add(block.cellId(table.id(), row, column));
                }
            }
        }
        return ids;
    }

    private static List<LineSpec> resolve(String part, List<LineSpec> lines, String axis, String each, LineSpec member) {
        if (part.equals("{" + axis + "}")) {
            return axis.equals(each) ? List.of(member) : lines;
        }
        if (part.startsWith("{") && part.endsWith("}")) {
            String tag = part.substring(1, part.length() - 1);
            return lines.stream().filter(l -> l.hasTag(tag)).toList();
        }
        return lines.stream().filter(l -> l.key().equals(part)).toList();
    }
}
