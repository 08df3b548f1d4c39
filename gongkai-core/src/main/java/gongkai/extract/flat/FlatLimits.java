package gongkai.extract.flat;

/**
 * How much searching the flattened-table reader may do for one table, so that a pathological run (hundreds
 * of glued digits) ends in a clear error instead of an endless search.
 *
 * @param runSteps      search steps allowed to enumerate one run's splits
 * @param solveSteps    search steps allowed to solve a table's runs together
 * @param maxRunSplits  readings of one run held at most (more: the run is reported as over budget)
 * @param maxSolutions  solutions collected to tell unique from ambiguous cells (more would only add
 *                      alternatives)
 */
record FlatLimits(long runSteps, long solveSteps, int maxRunSplits, int maxSolutions) {
    /**
     * Ample for real reports: a glued table-3 row of 25 digits takes ~40,000 steps, a glued table 4 of 26
     * digits a few hundred; a table-3 solve with every row decided takes one step per row.
     */
    static final FlatLimits STANDARD = new FlatLimits(200_000, 500_000, 2_000, 64);

    FlatLimits {
        if (runSteps <= 0 || solveSteps <= 0 || maxRunSplits <= 0 || maxSolutions <= 0) {
            throw new IllegalArgumentException("limits must be positive: " + runSteps + ", " + solveSteps + ", "
                    + maxRunSplits + ", " + maxSolutions);
        }
    }
}
