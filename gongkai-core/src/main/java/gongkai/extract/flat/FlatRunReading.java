package gongkai.extract.flat;

import java.util.List;

/**
 * The readings of one run still possible after solving, the one taken first; the rules that decided
 * among its splits; whether its split was inferred (the text alone allows more than one); and whether
 * the run's own rules (row total, table 4 totals) hold for these readings.
 */
record FlatRunReading(FlatRun run, List<FlatSplit> readings, List<String> rules, boolean inferred,
                      boolean localRulesHold) {
    FlatRunReading {
        readings = List.copyOf(readings);
        rules = List.copyOf(rules);
    }
}
