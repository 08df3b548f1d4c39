package gongkai.format;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Expands a sum rule's templates over one table layout. {@code {row}} or {@code {column}} (whichever the
 * rule iterates over, its {@code each}) becomes the current member's key, {@code {block}} the block key;
 * any other placeholder is a tag and becomes every row and column of the block carrying that tag. The one
 * expansion of the grammar: the validator checks these instances, the flattened-text solver splits under them.
 */
public final class RuleExpander {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");

    private RuleExpander() {
    }

    /** One instance per row (or column) of every block of the layout. */
    public static List<RuleInstance> expand(SumRule rule, TableSpec layout) {
        List<RuleInstance> instances = new ArrayList<>();
        for (BlockSpec block : layout.blocks()) {
            List<LineSpec> members = "column".equals(rule.each()) ? block.columns() : block.rows();
            for (LineSpec member : members) {
                List<String> sum = expandAll(rule.sum(), rule.each(), block, member);
                List<String> equals = expandAll(rule.equals(), rule.each(), block, member);
                instances.add(new RuleInstance(rule, block, member, sum, equals));
            }
        }
        return instances;
    }

    private static List<String> expandAll(List<String> templates, String each, BlockSpec block, LineSpec member) {
        List<String> ids = new ArrayList<>();
        for (String template : templates) {
            String fixed = template.replace("{" + each + "}", member.key());
            if (block.key() != null) {
                fixed = fixed.replace("{block}", block.key());
            }
            expandTags(fixed, block, ids);
        }
        return ids;
    }

    private static void expandTags(String template, BlockSpec block, List<String> out) {
        Matcher m = PLACEHOLDER.matcher(template);
        if (!m.find()) {
            out.add(template);
            return;
        }
        for (String key : keysFor(m.group(1), block)) {
            expandTags(template.substring(0, m.start()) + key + template.substring(m.end()), block, out);
        }
    }

    /** Keys of the rows, then the columns, named by a placeholder: all of them for row/column, else by tag. */
    private static List<String> keysFor(String name, BlockSpec block) {
        List<String> keys = new ArrayList<>();
        for (LineSpec row : block.rows()) {
            if ("row".equals(name) || row.hasTag(name)) {
                keys.add(row.key());
            }
        }
        for (LineSpec column : block.columns()) {
            if ("column".equals(name) || column.hasTag(name)) {
                keys.add(column.key());
            }
        }
        return keys;
    }
}
