package gongkai.model;

import java.util.Locale;

/** The file types gongkai reads. */
public enum SourceFormat {
    PDF, HTML, DOC, DOCX, TXT;

    /** The name used in outputs: "pdf", "html", … */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
