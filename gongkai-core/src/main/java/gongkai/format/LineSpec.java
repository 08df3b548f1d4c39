package gongkai.format;

import java.util.List;

/**
 * A row or a column of a table: its key in cell identifiers, the label variants it is printed with, an
 * optional group label printed beside it (（三）不予公开 …), tags that name sets used by rules, and what
 * its values may hold (signed deltas, decimals, money in 万元).
 */
public record LineSpec(String key, List<String> labels, String group, List<String> tags,
                       boolean signed, boolean decimal, boolean money) {
    /** Variants this short (其他, 总计, 规章) tell no row apart: they must end the label (其他法律… is not 其他). */
    public static final int SHORT_LABEL = 2;

    public LineSpec {
        labels = labels == null ? List.of() : List.copyOf(labels);
        tags = tags == null ? List.of() : List.copyOf(tags);
    }

    public boolean hasTag(String tag) {
        return tags.contains(tag);
    }
}
