package gongkai.read;

import gongkai.model.ErrorCode;
import gongkai.model.SourceFormat;
import java.nio.file.Path;

/**
 * A file that cannot be read at all: carries the file, a stable error code, the reason and, when the
 * file's type was recognised before reading failed, that format (so no one detects it a second time).
 */
public class ReadException extends Exception {
    private final transient Path file;
    private final ErrorCode code;
    private final SourceFormat format;

    public ReadException(Path file, ErrorCode code, String reason) {
        this(file, code, reason, null, null);
    }

    public ReadException(Path file, ErrorCode code, String reason, Throwable cause) {
        this(file, code, reason, cause, null);
    }

    private ReadException(Path file, ErrorCode code, String reason, Throwable cause, SourceFormat format) {
        super(reason, cause);
        this.file = file;
        this.code = code;
        this.format = format;
    }

    /** The same failure, now known to be of {@code format} (the reader of that format failed). */
    public ReadException inFormat(SourceFormat format) {
        ReadException e = new ReadException(file, code, getMessage(), getCause(), format);
        e.setStackTrace(getStackTrace());
        return e;
    }

    public Path file() {
        return file;
    }

    /** Stable code such as ENCRYPTED_PDF, EMPTY_FILE, UNSUPPORTED_TYPE. */
    public ErrorCode code() {
        return code;
    }

    /** The detected format, or null when the file's type could not be told. */
    public SourceFormat format() {
        return format;
    }

    /** The innermost cause's message, first line only: libraries' messages run over several lines of advice. */
    public static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage().lines().findFirst().orElse("");
    }
}
