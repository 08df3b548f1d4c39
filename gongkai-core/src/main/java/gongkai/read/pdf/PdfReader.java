package gongkai.read.pdf;

import gongkai.model.Basis;
import gongkai.read.ReadLimits;
import gongkai.model.Block;
import gongkai.model.Category;
import gongkai.model.Document;
import gongkai.model.ErrorCode;
import gongkai.model.Finding;
import gongkai.model.GridCell;
import gongkai.model.Location;
import gongkai.model.Paragraph;
import gongkai.model.Recognition;
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
import java.util.Optional;
import java.util.function.Supplier;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * Reads a PDF with a text layer into paragraphs (one per printed line) and table grids rebuilt from the drawn
 * rules, with row and column spans; a table running over pages becomes one grid.
 */
public final class PdfReader implements DocumentReader {
    static final String UNMAPPED_RULE = "pdf.unmapped_glyphs";
    /** Memory for the streams PDFBox makes while reading one document; beyond it they go to a temporary file. */
    static final long STREAM_CACHE_MEMORY_BYTES = 32L << 20;
    static final String STACKED_RULE = "pdf.stacked_digits";
    private final OcrMode ocr;
    private final OcrTimings timings;
    private final Supplier<Optional<Tesseract>> engine;
    private final ReadLimits limits;

    /** A reader that recognises pages without a text layer when Tesseract is installed. */
    public PdfReader() {
        this(OcrMode.AUTO, OcrTimings.TOTAL, ReadLimits.DEFAULT);
    }

    public PdfReader(OcrMode ocr, OcrTimings timings) {
        this(ocr, timings, ReadLimits.DEFAULT);
    }

    public PdfReader(OcrMode ocr, OcrTimings timings, ReadLimits limits) {
        this(ocr, timings, Tesseract::find, limits);
    }

    /** With the OCR engine found by {@code engine} (tests pass one that finds none). */
    PdfReader(OcrMode ocr, OcrTimings timings, Supplier<Optional<Tesseract>> engine) {
        this(ocr, timings, engine, ReadLimits.DEFAULT);
    }

    PdfReader(OcrMode ocr, OcrTimings timings, Supplier<Optional<Tesseract>> engine, ReadLimits limits) {
        this.ocr = ocr;
        this.timings = timings;
        this.engine = engine;
        this.limits = limits;
    }

    /** Whether Tesseract 5 with Chinese is installed, so that scanned pages can be read. */
    public static boolean ocrAvailable() {
        return Tesseract.find().isPresent();
    }

    @Override
    public Document read(Path file) throws ReadException {
        OcrPages.Outcome scanned = scan(file);
        List<PageScan> pages = scanned.pages();
        if (pages.stream().noneMatch(PageScan::hasText)) {
            throw new ReadException(file, ErrorCode.NO_TEXT_LAYER, "none of the " + pages.size()
                    + " pages has a text layer (scanned or image-only PDF)" + ocrHint(scanned));
        }
        try {
            Document document = document(file, pages, scanned);
            return OcrAnnotations.annotate(document, scanned.readings());
        } catch (ReadLimits.Exceeded e) {
            throw e.of(file);
        }
    }

    /** Why scanned pages stayed unread, and how to read them. */
    private String ocrHint(OcrPages.Outcome scanned) {
        if (!scanned.results().isEmpty()) {
            return "; OCR recognised no text on them";
        }
        return ocr == OcrMode.OFF ? "; OCR is off (--ocr off)"
                : "; to read it with OCR install Tesseract 5: " + Tesseract.INSTALL_HINT;
    }

    /** Glyphs and rules of every page (scanned pages read by OCR); the PDF is closed before layout starts. */
    private OcrPages.Outcome scan(Path file) throws ReadException {
        try (PDDocument pdf = open(file)) {
            if (pdf.getNumberOfPages() == 0) {
                throw new ReadException(file, ErrorCode.CORRUPT_PDF, "the PDF has no pages");
            }
            List<PageScan> pages = PageScanner.scan(pdf);
            if (ocr == OcrMode.OFF || pages.stream().noneMatch(OcrPages::isScanned)) {
                return new OcrPages.Outcome(pages, List.of());
            }
            Optional<Tesseract> tesseract = engine.get();
            return tesseract.isEmpty() ? new OcrPages.Outcome(pages, List.of())
                    : OcrPages.read(pdf, pages, tesseract.get(), timings);
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
            // tries the empty user password itself; streams PDFBox makes stay in memory up to a cap, then spill to a
            // temporary file, so a large PDF does not take the heap (the batch reads several at once)
            return Loader.loadPDF(file.toFile(), MemoryUsageSetting.setupMixed(STREAM_CACHE_MEMORY_BYTES).streamCache);
        } catch (InvalidPasswordException e) {
            throw new ReadException(file, ErrorCode.ENCRYPTED_PDF, "the PDF needs a password to open", e);
        } catch (IOException | RuntimeException e) {
            throw new ReadException(file, ErrorCode.CORRUPT_PDF, "not a readable PDF: " + e.getMessage(), e);
        }
    }

    private Document document(Path file, List<PageScan> pages, OcrPages.Outcome scanned) {
        List<List<PageItem>> laidOut = new ArrayList<>();
        List<ReportError> problems = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        for (PageScan page : pages) {
            laidOut.add(PageLayout.layout(page, limits));
            if (!page.hasText()) {
                problems.add(new ReportError(ErrorCode.NO_TEXT_LAYER, "page " + page.number()
                        + " has no text layer" + (page.images() > 0 ? " (it shows " + page.images() + " image(s))" : "")
                        + (scanned.results().isEmpty() && page.images() > 0 ? ocrHint(scanned) : "")));
            }
            if (page.unmappedGlyphs() > 0) {
                findings.add(Finding.of(UNMAPPED_RULE, Severity.WARNING, Category.EXTRACTION, "page " + page.number()
                        + ": " + page.unmappedGlyphs() + " glyph(s) without a Unicode mapping"));
            }
        }
        for (OcrPage.Result r : scanned.results()) {
            findings.add(Finding.of(Recognition.PAGE_RULE, Severity.INFO, Category.EXTRACTION, String.format(
                    "page %d has no text layer: read by OCR (skew %.2f°)", r.scan().number(), r.skewDegrees())));
        }
        List<Block> blocks = new ArrayList<>();
        for (PageItem item : TableStitcher.stitch(RunningLines.drop(laidOut, pages))) {
            blocks.add(block(item, findings));
        }
        return new Document(file.toString(), SourceFormat.PDF, blocks, problems, findings);
    }

    private static Block block(PageItem item, List<Finding> findings) {
        if (item instanceof PageItem.Line line) {
            return new Paragraph(line.line().text().strip(), Location.onPage(line.page(), line.line().bbox()));
        }
        StackedRows.Joined stacked = StackedRows.join(SliverRows.collapse((TablePart) item));
        TablePart table = stacked.table();
        if (stacked.cells() > 0) {
            findings.add(Finding.of(STACKED_RULE, Severity.WARNING, Category.EXTRACTION, "page " + table.page()
                    + ": " + stacked.cells() + " number(s) stacked in a borderless table's column read as one number "
                    + "each; without cell rules they may be several rows' values: flagged (basis choice)"));
        }
        List<GridCell> cells = table.cells();
        return new TableGrid(cells, table.rowCount(), table.colCount(), Location.onPage(table.page(), table.bbox()),
                table.ruled() ? Basis.GRID : Basis.LAYOUT, table.cutAtEdge());
    }
}
