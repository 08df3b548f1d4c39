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
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.model.PicturesTable;
import org.apache.poi.hwpf.usermodel.CharacterRun;
import org.apache.poi.hwpf.usermodel.Picture;
import org.apache.poi.hwpf.usermodel.Range;
import org.apache.poi.hwpf.usermodel.Table;
import org.apache.poi.hwpf.usermodel.TableIterator;

/** Walks a DOC's main text in order: each table's paragraphs are replaced by the table's grid. */
final class DocBlocks {
    private DocBlocks() {
    }

    static Collected collect(HWPFDocument doc, ReadLimits limits) {
        List<Block> blocks = new ArrayList<>();
        List<Collected.ImageMark> images = new ArrayList<>();
        Range range = doc.getRange();
        TableIterator tables = new TableIterator(range);
        Table table = tables.hasNext() ? tables.next() : null;
        int n = range.numParagraphs();
        limits.checkParagraphs(n);
        for (int i = 0; i < n; i++) {
            org.apache.poi.hwpf.usermodel.Paragraph p = range.getParagraph(i);
            if (table != null && p.getStartOffset() >= table.getStartOffset()) {
                blocks.add(DocTables.grid(table, limits));
                while (i + 1 < n && range.getParagraph(i + 1).getStartOffset() < table.getEndOffset()) {
                    i++;
                }
                table = tables.hasNext() ? tables.next() : null;
                continue;
            }
            pictures(doc.getPicturesTable(), p, i + 1, blocks.size(), images);
            String text = Texts.clean(plain(p.text()));
            if (!text.isEmpty() && !p.isInTable()) {
                blocks.add(new Paragraph(text, Location.UNKNOWN));
            }
        }
        return new Collected(blocks, images);
    }

    /** The paragraph's pictures where they stand, their bytes read from the document when asked. */
    private static void pictures(PicturesTable pictures, org.apache.poi.hwpf.usermodel.Paragraph p, int paragraph,
                                 int before, List<Collected.ImageMark> images) {
        for (int k = 0; k < p.numCharacterRuns(); k++) {
            CharacterRun run = p.getCharacterRun(k);
            if (pictures.hasPicture(run)) {
                String name = "picture at offset " + run.getPicOffset();
                Location at = Location.UNKNOWN.withImage(new ImageRegion(name, paragraph, null));
                images.add(new Collected.ImageMark(before, name, at, () -> content(pictures, run)));
            }
        }
    }

    private static byte[] content(PicturesTable pictures, CharacterRun run) throws PictureBytes.PictureException {
        try {
            Picture picture = pictures.extractPicture(run, false);
            if (picture == null) {
                throw new PictureBytes.PictureException("the picture's data is not in the document");
            }
            return picture.getContent();
        } catch (RuntimeException e) {
            // HWPF signals damaged picture records with assorted runtime exceptions
            throw new PictureBytes.PictureException("a broken picture: " + ReadException.rootMessage(e));
        }
    }

    /** Word's text with field codes removed and its control marks turned into what they print. */
    static String plain(String wordText) {
        String s = Range.stripFields(wordText);
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\u000B' -> sb.append('\n'); // manual line break
                case '\r', '\u0007', '\u000C', '\u0001', '\u0008', '\u0013', '\u0014', '\u0015' -> { }
                case '\t' -> sb.append(' ');
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}
