package gongkai.extract.flat;

import java.util.List;

/** One instance of a sum rule on a table's cells: the cells of {@code sum} add up to the cells of {@code equals}. */
record FlatConstraint(String ruleId, List<String> sum, List<String> equals) {
    FlatConstraint {
        sum = List.copyOf(sum);
        equals = List.copyOf(equals);
    }

    /** Every cell the constraint reads. */
    List<String> cells() {
        return java.util.stream.Stream.concat(sum.stream(), equals.stream()).toList();
    }
}
