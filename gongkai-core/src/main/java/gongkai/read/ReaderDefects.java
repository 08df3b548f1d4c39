package gongkai.read;

import gongkai.model.ErrorCode;
import java.nio.file.Path;

/**
 * Tells a defect in gongkai's own reading code from damage in the file, so that our bug is never reported as
 * the file's error ({@code CORRUPT_*}) but as {@code INTERNAL_ERROR} naming the file.
 */
public final class ReaderDefects {
    private static final String OWN_PACKAGE = "gongkai.";

    private ReaderDefects() {
    }

    /**
     * Ours when thrown from our own code, or a ClassCastException (a library callback wired to the wrong
     * type, as PDFBox's marked-content {@code Do} was). PDFBox and POI throw other runtime exceptions on
     * damaged objects: those stay the file's.
     */
    public static boolean isOurs(RuntimeException e) {
        if (e instanceof ClassCastException) {
            return true;
        }
        StackTraceElement[] trace = e.getStackTrace();
        return trace.length > 0 && trace[0].getClassName().startsWith(OWN_PACKAGE);
    }

    /** The exception a reader throws for a runtime exception: INTERNAL_ERROR when ours, else the file's code. */
    public static ReadException classify(Path file, RuntimeException e, ErrorCode fileCode, String reason) {
        if (isOurs(e)) {
            return new ReadException(file, ErrorCode.INTERNAL_ERROR, "gongkai failed reading "
                    + file.getFileName() + " (a defect in gongkai, not in the file; please report it): " + e, e);
        }
        return new ReadException(file, fileCode, reason + e.getMessage(), e);
    }
}
