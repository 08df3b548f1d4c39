package gongkai.read;

import gongkai.model.Block;
import gongkai.model.Category;
import gongkai.model.Document;
import gongkai.model.Finding;
import gongkai.model.Recognition;
import gongkai.model.ReportError;
import gongkai.model.Severity;
import gongkai.model.SourceFormat;
import gongkai.model.TableGrid;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads tables published as pictures (web pages, Word files): each picture standing where a table should be and
 * none is ({@link TableImages#tablePictures}) is decoded and read by OCR; the grids found take the picture's place
 * among the blocks, so the later stages see a table as from any other source. A picture that cannot be read, or
 * yields no table, stays a {@code TABLE_IS_IMAGE} problem saying why.
 */
public final class TablePictures {
    /** The body with the pictures' tables in place, the problems left and an info finding per picture read. */
    public record Read(Collected body, List<ReportError> problems, List<Finding> findings) {
        /** The document of {@code file} as read: these blocks, problems and findings. */
        public Document document(Path file, SourceFormat format) {
            return new Document(file.toString(), format, body.blocks(), problems, findings);
        }
    }

    private TablePictures() {
    }

    public static Read read(Collected body, PictureReader reader) {
        List<Collected.ImageMark> pictures = TableImages.tablePictures(body);
        Map<Collected.ImageMark, String> reasons = new HashMap<>();
        Map<Integer, List<TableGrid>> tables = new TreeMap<>();
        List<Finding> findings = new ArrayList<>();
        for (Collected.ImageMark mark : pictures) {
            String off = reader.unavailable();
            if (off != null || mark.picture() == null) {
                reasons.put(mark, off);
                continue;
            }
            try {
                PictureReader.Result result = reader.read(PictureDecoder.grey(mark.picture().load()), mark.location());
                if (result.tables().isEmpty()) {
                    reasons.put(mark, "OCR found no ruled table in it");
                } else {
                    tables.computeIfAbsent(mark.before(), k -> new ArrayList<>()).addAll(result.tables());
                    findings.add(Finding.of(Recognition.PAGE_RULE, Severity.INFO, Category.EXTRACTION,
                            "picture " + mark.description() + where(mark) + " read by OCR: " + result.tables().size()
                                    + " table(s) (" + result.how() + ")"));
                }
            } catch (PictureBytes.PictureException e) {
                reasons.put(mark, "not read: " + e.getMessage());
            } catch (IOException e) {
                reasons.put(mark, "OCR failed: " + e.getMessage());
            }
        }
        return withTables(body, tables, reasons, findings);
    }

    private static Read withTables(Collected body, Map<Integer, List<TableGrid>> tables,
                                   Map<Collected.ImageMark, String> reasons, List<Finding> findings) {
        List<Block> blocks = new ArrayList<>();
        int[] newIndex = new int[body.blocks().size() + 1];
        for (int i = 0; i <= body.blocks().size(); i++) {
            blocks.addAll(tables.getOrDefault(i, List.of()));
            newIndex[i] = blocks.size();
            if (i < body.blocks().size()) {
                blocks.add(body.blocks().get(i));
            }
        }
        Map<Collected.ImageMark, String> moved = new HashMap<>();
        List<Collected.ImageMark> images = new ArrayList<>();
        for (Collected.ImageMark mark : body.images()) {
            Collected.ImageMark m = mark.before(newIndex[mark.before()]);
            images.add(m);
            if (reasons.get(mark) != null) {
                moved.put(m, reasons.get(mark));
            }
        }
        Collected read = new Collected(blocks, images);
        return new Read(read, TableImages.problems(read, moved::get), findings);
    }

    private static String where(Collected.ImageMark mark) {
        if (mark.location().line() != null) {
            return " (line " + mark.location().line() + ")";
        }
        var image = mark.location().image();
        return image != null && image.paragraph() != null ? " (paragraph " + image.paragraph() + ")" : "";
    }
}
