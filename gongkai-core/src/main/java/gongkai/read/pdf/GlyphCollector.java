package gongkai.read.pdf;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDSimpleFont;
import org.apache.pdfbox.pdmodel.font.PDType3Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

/**
 * The seam to PDFBox: runs {@link PDFTextStripper} over a document but, instead of writing text, turns each
 * page's {@link TextPosition}s at once into {@link Glyph}s, and records the page's table rules in the same pass
 * ({@link PathOperators}). The stripper has already applied {@code /ActualText} and dropped duplicated
 * (fake-bold) glyphs by the time {@link #writePage()} runs.
 */
final class GlyphCollector extends PDFTextStripper {
    /** Replacement text for a glyph whose font has no Unicode mapping for it. */
    private static final String UNMAPPED = "\uFFFD";

    // Indexed by page; pages without a content stream are skipped by the stripper and keep these defaults.
    private final List<List<Glyph>> pages = new ArrayList<>();
    private final List<Integer> unmapped = new ArrayList<>();
    private final List<List<Ruling>> rulings = new ArrayList<>();
    private final List<Integer> images = new ArrayList<>();
    private PathRecorder path;
    private boolean inType3Glyph;
    /** Open marked-content sequences, innermost last: true for an {@code /Artifact} (seal, watermark, running head). */
    private final java.util.Deque<Boolean> artifacts = new java.util.ArrayDeque<>();
    private int openArtifacts;
    private int pageImages;
    /** Glyphs of the current page that PDFBox drops because their composite font has no Unicode mapping. */
    private int dropped;

    private GlyphCollector() {
        for (String name : PathOperators.NAMES) {
            addOperator(new PathOperators(this, name, () -> inType3Glyph ? null : path));
        }
        addOperator(new PathOperators.CountingDrawObject(this, () -> pageImages++));
    }

    /** Glyphs (content-stream order), rules, unmapped-glyph and image counts of every page, in one pass. */
    static GlyphCollector collect(PDDocument document) throws IOException {
        GlyphCollector collector = new GlyphCollector();
        for (int i = 0; i < document.getNumberOfPages(); i++) {
            collector.pages.add(List.of());
            collector.unmapped.add(0);
            collector.rulings.add(List.of());
            collector.images.add(0);
        }
        collector.writeText(document, Writer.nullWriter());
        return collector;
    }

    List<Glyph> glyphs(int pageIndex) {
        return pages.get(pageIndex);
    }

    int unmapped(int pageIndex) {
        return unmapped.get(pageIndex);
    }

    List<Ruling> rulings(int pageIndex) {
        return rulings.get(pageIndex);
    }

    int images(int pageIndex) {
        return images.get(pageIndex);
    }

    @Override
    protected void startPage(PDPage page) throws IOException {
        dropped = 0;
        artifacts.clear();
        openArtifacts = 0;
        pageImages = 0;
        PDRectangle crop = page.getCropBox();
        path = new PathRecorder(crop.getLowerLeftX(), crop.getLowerLeftY());
        super.startPage(page);
    }

    @Override
    protected void showGlyph(Matrix matrix, PDFont font, int code, Vector displacement) throws IOException {
        if (!(font instanceof PDSimpleFont) && font.toUnicode(code) == null) {
            dropped++;
        }
        super.showGlyph(matrix, font, code, displacement);
    }

    @Override
    public void beginMarkedContentSequence(COSName tag, COSDictionary properties) {
        boolean artifact = COSName.ARTIFACT.equals(tag);
        artifacts.push(artifact);
        openArtifacts += artifact ? 1 : 0;
        super.beginMarkedContentSequence(tag, properties);
    }

    @Override
    public void endMarkedContentSequence() {
        if (!artifacts.isEmpty() && artifacts.pop()) {
            openArtifacts--;
        }
        super.endMarkedContentSequence();
    }

    /**
     * Text marked as an artifact (an electronic seal's serial number, a watermark, a running head) is not the
     * report's text: it would land in whatever table cell it is drawn over. Its paths still count as rules
     * (Word marks table borders as artifacts).
     */
    @Override
    protected void processTextPosition(TextPosition text) {
        if (openArtifacts == 0) {
            super.processTextPosition(text);
        }
    }

    @Override
    protected void showType3Glyph(Matrix matrix, PDType3Font font, int code, Vector displacement)
            throws IOException {
        inType3Glyph = true; // Type 3 glyphs are drawn with paths; they are not table rules
        try {
            super.showType3Glyph(matrix, font, code, displacement);
        } finally {
            inType3Glyph = false;
        }
    }

    @Override
    protected void writePage() {
        List<Glyph> glyphs = new ArrayList<>();
        int missing = dropped;
        int[] directions = new int[4];
        for (List<TextPosition> article : charactersByArticle) {
            for (TextPosition position : article) {
                directions[Math.floorMod(Math.round(position.getDir() / 90f), 4)]++;
                String text = position.getUnicode() == null ? UNMAPPED : position.getUnicode();
                if (text.isEmpty()) {
                    continue; // the tail of an /ActualText span: its text sits on the span's first glyph
                }
                if (isUnmapped(text)) {
                    missing++;
                }
                glyphs.add(toGlyph(position, text));
            }
        }
        int index = getCurrentPageNo() - 1;
        pages.set(index, glyphs);
        unmapped.set(index, missing);
        PDRectangle crop = getCurrentPage().getCropBox();
        ReadingFrame frame = new ReadingFrame(dominant(directions), crop.getWidth(), crop.getHeight());
        rulings.set(index, path.rulings().stream().map(frame::toFrame).toList());
        images.set(index, pageImages);
    }

    /** The text direction most glyphs of the page have, in degrees (0, 90, 180, 270). */
    private static int dominant(int[] directions) {
        int best = 0;
        for (int i = 1; i < directions.length; i++) {
            if (directions[i] > directions[best]) {
                best = i;
            }
        }
        return best * 90;
    }

    private static Glyph toGlyph(TextPosition position, String text) {
        // The text rendering matrix includes the CTM: Chromium prints with Tf 12 under a 0.75 scale.
        double size = Math.abs(position.getYScale());
        if (size <= 0) {
            size = position.getFontSizeInPt();
        }
        if (size <= 0) {
            size = Math.max(1, position.getHeightDir() * 2);
        }
        // Vertical (Identity-V) fonts report the advance along y as width; the glyph is one em wide.
        boolean vertical = position.getFont() != null && position.getFont().isVertical();
        double width = vertical ? size : position.getWidthDirAdj();
        return new Glyph(text, position.getXDirAdj(), position.getYDirAdj(), width, size);
    }

    static boolean isUnmapped(String text) {
        return text.codePoints().anyMatch(cp -> cp == 0xFFFD || Character.getType(cp) == Character.PRIVATE_USE
                || (Character.getType(cp) == Character.CONTROL && !Character.isWhitespace(cp)));
    }
}
