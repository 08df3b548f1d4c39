package gongkai.read.word;

import gongkai.read.ReadLimits;
import gongkai.model.Document;
import gongkai.model.ErrorCode;
import gongkai.model.SourceFormat;
import gongkai.read.DocumentReader;
import gongkai.read.ReadException;
import gongkai.read.ReaderDefects;
import gongkai.read.PictureReader;
import gongkai.read.TablePictures;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.OldWordFileFormatException;

/**
 * Reads a Word 97–2003 report with POI's HWPF: paragraphs and tables in order. The binary format has
 * no grid spans, so column spans are derived from cell edges (twips) and row spans from merge flags.
 */
public final class DocReader implements DocumentReader {
    private final ReadLimits limits;
    private final PictureReader pictures;

    public DocReader() {
        this(ReadLimits.DEFAULT);
    }

    public DocReader(ReadLimits limits) {
        this(limits, PictureReader.NONE);
    }

    /** A reader that reads tables given as embedded pictures (where a table should be) with {@code pictures}. */
    public DocReader(ReadLimits limits, PictureReader pictures) {
        this.limits = limits;
        this.pictures = pictures;
    }

    @Override
    public Document read(Path file) throws ReadException {
        OleFiles.check(file, SourceFormat.DOC);
        try (InputStream in = Files.newInputStream(file); HWPFDocument doc = new HWPFDocument(in)) {
            return TablePictures.read(DocBlocks.collect(doc, limits), pictures).document(file, SourceFormat.DOC);
        } catch (ReadLimits.Exceeded e) {
            throw e.of(file);
        } catch (EncryptedDocumentException e) {
            throw new ReadException(file, ErrorCode.ENCRYPTED_DOCUMENT, "the document is password-protected", e);
        } catch (OldWordFileFormatException e) {
            throw new ReadException(file, ErrorCode.UNSUPPORTED_TYPE, "a Word 6/95 document: not supported", e);
        } catch (IOException | RuntimeException e) {
            if (e instanceof RuntimeException runtime && ReaderDefects.isOurs(runtime)) {
                throw ReaderDefects.classify(file, runtime, ErrorCode.CORRUPT_DOCUMENT, "");
            }
            // HWPF reports damaged files with assorted runtime exceptions (index, state, argument).
            throw new ReadException(file, ErrorCode.CORRUPT_DOCUMENT, "not a readable DOC: " + ReadException.rootMessage(e), e);
        }
    }
}
