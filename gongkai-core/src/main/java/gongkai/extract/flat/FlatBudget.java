package gongkai.extract.flat;

/**
 * A count of search steps a table may use, so that a pathological run (hundreds of glued digits) ends in
 * a clear error instead of an endless search. Spent by the splitter and the solver of one table.
 */
final class FlatBudget {
    /** Thrown when the budget is spent; caught by the reader, which reports SPLIT_BUDGET_EXCEEDED. */
    static final class Exceeded extends RuntimeException {
        Exceeded(String what) {
            super(what, null, false, false);
        }
    }

    private final long limit;
    private long used;

    FlatBudget(long limit) {
        this.limit = limit;
    }

    void spend(String what) {
        if (++used > limit) {
            throw new Exceeded(what);
        }
    }

    long used() {
        return used;
    }

    long limit() {
        return limit;
    }
}
