package gongkai.read;

import gongkai.model.Document;
import gongkai.model.ErrorCode;
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

    /** The file's document; a failure carries the detected format when the type was recognised. */
    public Document read(Path file) throws ReadException {
        SourceFormat format = detect(file);
        DocumentReader reader = readers.get(format);
        if (reader == null) {
            throw new ReadException(file, ErrorCode.UNSUPPORTED_TYPE, "no reader for " + format.id() + " files in this build")
                    .inFormat(format);
        }
        try {
            return reader.read(file);
        } catch (ReadException e) {
            throw e.inFormat(format);
        } catch (ReadLimits.Exceeded e) {
            throw e.of(file).inFormat(format);
        } catch (RuntimeException | StackOverflowError e) {
            // A reader's own defect: the file fails with INTERNAL_ERROR, the batch goes on.
            throw new ReadException(file, ErrorCode.INTERNAL_ERROR,
                    "gongkai failed on this file (please report it with the file): " + e, e).inFormat(format);
        }
    }

    /** The format of a file judged by its content (see {@link FileTypeDetector}). */
    public static SourceFormat detect(Path file) throws ReadException {
        return FileTypeDetector.detect(file);
    }
}
