package gongkai.check;

import gongkai.format.RuleInstance;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * The result of one rule instance on a report: the values of its summed and equated cells (null where a
 * cell is blank, not a number or missing) and the identifiers of those blank operands.
 */
record Outcome(RuleInstance instance, List<BigDecimal> sumValues, List<BigDecimal> equalsValues,
               List<String> blanks) {
    Outcome {
        sumValues = Collections.unmodifiableList(new ArrayList<>(sumValues));
        equalsValues = Collections.unmodifiableList(new ArrayList<>(equalsValues));
        blanks = List.copyOf(blanks);
    }

    boolean evaluated() {
        return blanks.isEmpty();
    }

    /** The sum side (what the total should be), null when not evaluated. */
    BigDecimal expected() {
        return evaluated() ? total(sumValues) : null;
    }

    /** The equals side (the printed total), null when not evaluated. */
    BigDecimal actual() {
        return evaluated() ? total(equalsValues) : null;
    }

    boolean violated() {
        return evaluated() && expected().compareTo(actual()) != 0;
    }

    static BigDecimal total(List<BigDecimal> values) {
        return values.stream().filter(Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
