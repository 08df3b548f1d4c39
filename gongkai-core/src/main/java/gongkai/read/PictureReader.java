package gongkai.read;

import gongkai.model.Location;
import gongkai.model.TableGrid;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.List;

/**
 * Reads the tables of a picture (a statistical table published as an image in a web page or a Word file) by OCR.
 * The seam between the readers that find pictures (HTML, Word) and the one that recognises them (the PDF
 * reader's OCR pipeline); {@link #NONE} reads none.
 */
public interface PictureReader {
    /** A reader that reads no picture: tables given as pictures stay {@code TABLE_IS_IMAGE}. */
    PictureReader NONE = new PictureReader() {
        @Override
        public String unavailable() {
            return "this reader was built without OCR of pictures";
        }

        @Override
        public Result read(BufferedImage grey, Location at) {
            return new Result(List.of(), "");
        }
    };

    /**
     * Null when pictures can be read; otherwise why they are not and how to have them read (the OCR engine to
     * install, {@code --ocr auto}).
     */
    String unavailable();

    /**
     * The ruled tables recognised in a grey picture, each cell located at {@code at} with its box in the picture's
     * pixels; {@code how} says how the picture was read (for the report's info finding).
     */
    Result read(BufferedImage grey, Location at) throws IOException;

    record Result(List<TableGrid> tables, String how) {
        public Result {
            tables = List.copyOf(tables);
        }
    }
}
