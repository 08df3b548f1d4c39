package gongkai.read;

/** The stable error codes readers report; outputs and users' scripts depend on them. */
public final class ErrorCodes {
    public static final String EMPTY_FILE = "EMPTY_FILE";
    public static final String UNSUPPORTED_TYPE = "UNSUPPORTED_TYPE";
    public static final String UNREADABLE = "UNREADABLE";
    public static final String ENCRYPTED_PDF = "ENCRYPTED_PDF";
    public static final String ENCRYPTED_DOCUMENT = "ENCRYPTED_DOCUMENT";
    public static final String NO_TEXT_LAYER = "NO_TEXT_LAYER";
    public static final String CORRUPT_PDF = "CORRUPT_PDF";
    public static final String CORRUPT_DOCUMENT = "CORRUPT_DOCUMENT";
    public static final String TABLE_IS_IMAGE = "TABLE_IS_IMAGE";
    public static final String NOT_A_REPORT = "NOT_A_REPORT";

    private ErrorCodes() {
    }
}
