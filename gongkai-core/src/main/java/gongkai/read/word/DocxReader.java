package gongkai.read.word;

import gongkai.read.ReadLimits;
import gongkai.model.Document;
import gongkai.model.ErrorCode;
import gongkai.model.SourceFormat;
import gongkai.read.DocumentReader;
import gongkai.read.ReadException;
import gongkai.read.PictureReader;
import gongkai.read.TablePictures;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Reads a Word 2007+ report with POI's XWPF: body paragraphs and tables in order, spans taken from
 * {@code gridSpan} and {@code vMerge}. The package is opened through POI's {@code ZipSecureFile}, whose
 * inflate-ratio and entry-size limits stop zip bombs before they cost memory.
 */
public final class DocxReader implements DocumentReader {
    private final ReadLimits limits;
    private final PictureReader pictures;

    public DocxReader() {
        this(ReadLimits.DEFAULT);
    }

    public DocxReader(ReadLimits limits) {
        this(limits, PictureReader.NONE);
    }

    /** A reader that reads tables given as embedded pictures (where a table should be) with {@code pictures}. */
    public DocxReader(ReadLimits limits, PictureReader pictures) {
        this.limits = limits;
        this.pictures = pictures;
    }

    @Override
    public Document read(Path file) throws ReadException {
        OleFiles.check(file, SourceFormat.DOCX);
        try {
            DocxSize.check(file, limits);
            return parse(file);
        } catch (ReadLimits.Exceeded e) {
            throw e.of(file);
        }
    }

    private Document parse(Path file) throws ReadException {
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
             XWPFDocument doc = new XWPFDocument(pkg)) {
            return TablePictures.read(DocxBlocks.collect(doc, limits), pictures).document(file, SourceFormat.DOCX);
        } catch (InvalidFormatException | IOException | POIXMLException | OpenXML4JRuntimeException
                 | IllegalArgumentException | IllegalStateException | UnsupportedOperationException e) {
            // Every way a damaged package fails inside POI: not a zip, missing parts, bad XML, a zip bomb.
            throw new ReadException(file, ErrorCode.CORRUPT_DOCUMENT, "not a readable DOCX: " + ReadException.rootMessage(e), e);
        }
    }
}
