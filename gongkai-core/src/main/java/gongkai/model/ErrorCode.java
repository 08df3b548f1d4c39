package gongkai.model;

/**
 * The stable error codes of a report's {@code errors} (README, spec/output.md): why a report is failed or
 * partial. Outputs and users' scripts depend on the names.
 */
public enum ErrorCode {
    EMPTY_FILE, UNSUPPORTED_TYPE, UNREADABLE, CORRUPT_PDF, CORRUPT_DOCUMENT, ENCRYPTED_PDF, ENCRYPTED_DOCUMENT,
    NO_TEXT_LAYER, NOT_A_REPORT, TABLE_IS_IMAGE, TABLE_NOT_FOUND, MISSING_CELLS, AMBIGUOUS_SPLIT,
    SPLIT_BUDGET_EXCEEDED, ROW_NOT_FOUND, ROW_NOT_SPLIT, TIMEOUT, TOO_LARGE, INTERNAL_ERROR
}
