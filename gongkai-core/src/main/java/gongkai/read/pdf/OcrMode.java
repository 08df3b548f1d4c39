package gongkai.read.pdf;

/** Whether PDF pages without a text layer are read by OCR ({@code auto}) or left unread ({@code off}). */
public enum OcrMode {
    AUTO, OFF;

    /** The mode named on the command line ({@code auto} or {@code off}, any case). */
    public static OcrMode parse(String name) {
        for (OcrMode mode : values()) {
            if (mode.name().equalsIgnoreCase(name)) {
                return mode;
            }
        }
        throw new IllegalArgumentException("--ocr must be auto or off, not '" + name + "'");
    }
}
