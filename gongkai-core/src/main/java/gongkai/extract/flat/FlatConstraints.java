package gongkai.extract.flat;

import gongkai.format.RuleExpander;
import gongkai.format.RuleInstance;
import gongkai.format.SumRule;
import gongkai.format.TableSpec;
import java.util.ArrayList;
import java.util.List;

/**
 * The sum rules of {@code formats.json} on one table layout as constraints for the solver: the instances of
 * the format's one rule expansion ({@link RuleExpander}, which the validator checks too), each kept when
 * it names cells on both sides.
 */
final class FlatConstraints {
    private FlatConstraints() {
    }

    static List<FlatConstraint> of(List<SumRule> rules, TableSpec table) {
        List<FlatConstraint> out = new ArrayList<>();
        for (SumRule rule : rules) {
            if (!rule.table().equals(table.id())) {
                continue;
            }
            for (RuleInstance instance : RuleExpander.expand(rule, table)) {
                if (!instance.sumIds().isEmpty() && !instance.equalsIds().isEmpty()) {
                    out.add(new FlatConstraint(rule.id(), instance.sumIds(), instance.equalsIds()));
                }
            }
        }
        return out;
    }
}
