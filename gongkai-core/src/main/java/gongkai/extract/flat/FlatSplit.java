package gongkai.extract.flat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One way to split a run into its cells: each cell's digits as printed and its value (money in 万元);
 * a null value is a cell printed as not applicable ({@code /}).
 */
record FlatSplit(List<String> raws, List<BigDecimal> values) {
    FlatSplit {
        raws = List.copyOf(raws);
        values = Collections.unmodifiableList(new ArrayList<>(values));
    }

    /** The split written the way notes show it: {@code 27|0|0|2|0|1|30}. */
    String joined() {
        return String.join("|", raws);
    }
}
