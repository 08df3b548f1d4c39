package gongkai.read.pdf;

import gongkai.read.ReadLimits;
import gongkai.model.Block;
import gongkai.model.Category;
import gongkai.model.Document;
import gongkai.model.ErrorCode;
import gongkai.model.Finding;
import gongkai.model.GridCell;
import gongkai.model.Location;
import gongkai.model.Paragraph;
import gongkai.model.ReportError;
import gongkai.model.Severity;
import gongkai.model.SourceFormat;
import gongkai.model.TableGrid;
import gongkai.read.DocumentReader;
import gongkai.read.ReadException;
import gongkai.read.ReaderDefects;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * Reads a PDF with a text layer into paragraphs (one per printed line) and table grids rebuilt from the drawn
 * rules, with row and column spans; a table running over pages becomes one grid.
 */
public final class PdfReader implements DocumentReader {
    static final String UNMAPPED_RULE = "pdf.unmapped_glyphs";
    private final ReadLimits limits;

    public PdfReader() {
        this(ReadLimits.DEFAULT);
    }

    public PdfReader(ReadLimits limits) {
        this.limits = limits;
    }

    @Override
    public Document read(Path file) throws ReadException {
        List<PageScan> pages = scan(file);
        if (pages.stream().noneMatch(PageScan::hasText)) {
            throw new ReadException(file, ErrorCode.NO_TEXT_LAYER,
                    "none of the " + pages.size() + " pages has a text layer (scanned or image-only PDF)");
        }
        try {
            return document(file, pages);
        } catch (ReadLimits.Exceeded e) {
            throw e.of(file);
        }
    }

    /** Glyphs and rules of every page; the PDF is closed again before layout starts. */
    private static List<PageScan> scan(Path file) throws ReadException {
        try (PDDocument pdf = open(file)) {
            if (pdf.getNumberOfPages() == 0) {
                throw new ReadException(file, ErrorCode.CORRUPT_PDF, "the PDF has no pages");
            }
            return PageScanner.scan(pdf);
        } catch (IOException e) {
            throw new ReadException(file, ErrorCode.CORRUPT_PDF, "cannot read the PDF: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            // PDFBox signals broken content streams and objects with runtime exceptions too
            throw ReaderDefects.classify(file, e, ErrorCode.CORRUPT_PDF, "cannot read the PDF: ");
        }
    }

    private static PDDocument open(Path file) throws ReadException {
        try {
            if (Files.size(file) == 0) {
                throw new ReadException(file, ErrorCode.EMPTY_FILE, "the file is empty");
            }
            return Loader.loadPDF(file.toFile()); // tries the empty user password itself
        } catch (InvalidPasswordException e) {
            throw new ReadException(file, ErrorCode.ENCRYPTED_PDF, "the PDF needs a password to open", e);
        } catch (IOException | RuntimeException e) {
            throw new ReadException(file, ErrorCode.CORRUPT_PDF, "not a readable PDF: " + e.getMessage(), e);
        }
    }

    private Document document(Path file, List<PageScan> pages) {
        List<List<PageItem>> laidOut = new ArrayList<>();
        List<ReportError> problems = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        for (PageScan page : pages) {
            laidOut.add(PageLayout.layout(page, limits));
            if (!page.hasText()) {
                problems.add(new ReportError(ErrorCode.NO_TEXT_LAYER, "page " + page.number()
                        + " has no text layer" + (page.images() > 0 ? " (it shows " + page.images() + " image(s))" : "")));
            }
            if (page.unmappedGlyphs() > 0) {
                findings.add(Finding.of(UNMAPPED_RULE, Severity.WARNING, Category.EXTRACTION, "page " + page.number()
                        + ": " + page.unmappedGlyphs() + " glyph(s) without a Unicode mapping"));
            }
        }
        List<Block> blocks = new ArrayList<>();
        for (PageItem item : TableStitcher.stitch(RunningLines.drop(laidOut, pages))) {
            blocks.add(block(item));
        }
        return new Document(file.toString(), SourceFormat.PDF, blocks, problems, findings);
    }

    private static Block block(PageItem item) {
        if (item instanceof PageItem.Line line) {
            return new Paragraph(line.line().text().strip(), Location.onPage(line.page(), line.line().bbox()));
        }
        TablePart table = SliverRows.collapse((TablePart) item);
        List<GridCell> cells = table.cells();
        return new TableGrid(cells, table.rowCount(), table.colCount(), Location.onPage(table.page(), table.bbox()));
    }
}
