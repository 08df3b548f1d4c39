package gongkai.read;

import java.nio.file.Path;

/** A file that cannot be read at all: carries the file, a stable error code and the reason. */
public class ReadException extends Exception {
    private final transient Path file;
    private final String code;

    public ReadException(Path file, String code, String reason) {
        super(reason);
        this.file = file;
        this.code = code;
    }

    public ReadException(Path file, String code, String reason, Throwable cause) {
        super(reason, cause);
        this.file = file;
        this.code = code;
    }

    public Path file() {
        return file;
    }

    /** Stable code such as ENCRYPTED_PDF, EMPTY_FILE, UNSUPPORTED_TYPE. */
    public String code() {
        return code;
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
