package gongkai.format;

import java.util.ArrayList;
import java.util.List;

/**
 * One sum rule applied to one row or column of a table layout: the cells that must add up ({@code sumIds})
 * and the cells they must equal ({@code equalsIds}).
 */
public record RuleInstance(SumRule rule, BlockSpec block, LineSpec member, List<String> sumIds, List<String> equalsIds) {
    public RuleInstance {
        sumIds = List.copyOf(sumIds);
        equalsIds = List.copyOf(equalsIds);
    }

    /** Every cell the rule involves: the summed cells, then the cells they must equal. */
    public List<String> cellIds() {
        List<String> all = new ArrayList<>(sumIds);
        all.addAll(equalsIds);
        return all;
    }

    public boolean eachRow() {
        return "row".equals(rule.each());
    }
}
