package gongkai.read;

import gongkai.model.Document;
import gongkai.model.SourceFormat;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;

/**
 * Recognises a file's type by its content and reads it with the matching reader. The entry point of
 * this package.
 */
public final class Readers {
    private final Map<SourceFormat, DocumentReader> readers = new EnumMap<>(SourceFormat.class);

    /** Registers the reader of one format (each lives in a subpackage: pdf, html, word, text). */
    public Readers with(SourceFormat format, DocumentReader reader) {
        readers.put(format, reader);
        return this;
    }

    public Document read(Path file) throws ReadException {
        SourceFormat format = detect(file);
        DocumentReader reader = readers.get(format);
        if (reader == null) {
            throw new ReadException(file, ErrorCodes.UNSUPPORTED_TYPE, "no reader for " + format.id() + " files in this build");
        }
        try {
            return reader.read(file);
        } catch (ReadLimits.Exceeded e) {
            throw e.of(file);
        }
    }

    /** The format of a file judged by its content (see {@link FileTypeDetector}). */
    public static SourceFormat detect(Path file) throws ReadException {
        return FileTypeDetector.detect(file);
    }
}
