package gongkai.read.word;

import gongkai.read.ReadLimits;
import gongkai.model.Block;
import gongkai.model.ImageRegion;
import gongkai.model.Location;
import gongkai.model.Paragraph;
import gongkai.read.Collected;
import gongkai.read.PictureBytes;
import gongkai.read.ReadException;
import gongkai.read.Texts;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFPicture;
import org.apache.poi.xwpf.usermodel.XWPFPictureData;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/** Walks a DOCX body in order: paragraphs, content controls and tables; tables holding tables are walked through. */
final class DocxBlocks {
    private final ReadLimits limits;
    private final List<Block> blocks = new ArrayList<>();
    private final List<Collected.ImageMark> images = new ArrayList<>();
    /** Body paragraphs walked so far: a picture is located by the (1-based) paragraph it stands in. */
    private int paragraphs;

    private DocxBlocks(ReadLimits limits) {
        this.limits = limits;
    }

    static Collected collect(org.apache.poi.xwpf.usermodel.XWPFDocument doc, ReadLimits limits) {
        DocxBlocks walker = new DocxBlocks(limits);
        walker.walk(doc.getBodyElements());
        return new Collected(walker.blocks, walker.images);
    }

    private void walk(List<IBodyElement> elements) {
        for (IBodyElement e : elements) {
            if (e instanceof XWPFParagraph p) {
                paragraph(p);
            } else if (e instanceof XWPFTable t) {
                table(t);
            } else if (e instanceof XWPFSDT sdt) {
                add(sdt.getContent().getText());
            }
        }
    }

    private void paragraph(XWPFParagraph p) {
        paragraphs++;
        for (XWPFRun run : p.getRuns()) {
            for (XWPFPicture picture : run.getEmbeddedPictures()) {
                images.add(mark(picture));
            }
        }
        add(p.getText());
    }

    /** A picture where it stands, its bytes read from the package when asked (the document is open till then). */
    private Collected.ImageMark mark(XWPFPicture picture) {
        String name = picture.getDescription();
        XWPFPictureData data = picture.getPictureData();
        String part = data == null ? "embedded picture" : data.getPackagePart().getPartName().getName();
        Location at = Location.UNKNOWN.withImage(new ImageRegion(part, paragraphs, null));
        return new Collected.ImageMark(blocks.size(), name == null || name.isBlank() ? part : name, at,
                data == null ? null : () -> bytes(data));
    }

    private static byte[] bytes(XWPFPictureData data) throws PictureBytes.PictureException {
        try {
            return data.getData();
        } catch (RuntimeException e) {
            // POI signals a damaged package part with runtime exceptions
            throw new PictureBytes.PictureException("a broken picture: " + ReadException.rootMessage(e));
        }
    }

    private void table(XWPFTable t) {
        if (hasNestedTable(t)) {
            for (XWPFTableRow row : t.getRows()) {
                for (XWPFTableCell cell : row.getTableCells()) {
                    walk(cell.getBodyElements());
                }
            }
        } else {
            blocks.add(DocxTables.grid(t, limits));
        }
    }

    private static boolean hasNestedTable(XWPFTable t) {
        return t.getRows().stream().flatMap(r -> r.getTableCells().stream()).anyMatch(c -> !c.getTables().isEmpty());
    }

    private void add(String text) {
        String cleaned = Texts.clean(text);
        if (!cleaned.isEmpty()) {
            blocks.add(new Paragraph(cleaned, Location.UNKNOWN));
        }
    }
}
