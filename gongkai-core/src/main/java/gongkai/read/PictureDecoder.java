package gongkai.read;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Decodes a picture that may hold a table into a grey image, within caps: its size is read from the header first,
 * so a picture declaring a huge size is refused before any pixel is allocated; a tiny one (a logo, a seal, an icon)
 * is no table and is not decoded.
 */
public final class PictureDecoder {
    /** Bytes of one picture (a page-sized scan as PNG is a few megabytes). */
    public static final long MAX_BYTES = 32L << 20;
    /**
     * Pixels of one picture: an A4 page at 400 dpi is 15.5 million. Decoded in colour and in grey, with the masks of
     * the OCR steps, a picture costs some 10 bytes a pixel while it is read.
     */
    public static final long MAX_PIXELS = 25_000_000L;
    /** Either side of a picture, in pixels. */
    public static final int MAX_SIDE = 20_000;
    /** A picture narrower than this (pixels) holds no statistical table: a logo, a seal, a bullet. */
    public static final int MIN_WIDTH = 200;
    /** A picture lower than this (pixels) holds no statistical table (two rows of text at least). */
    public static final int MIN_HEIGHT = 60;

    private PictureDecoder() {
    }

    /** The picture in grey on white paper (transparent parts white). */
    public static BufferedImage grey(byte[] bytes) throws PictureBytes.PictureException {
        if (bytes.length > MAX_BYTES) {
            throw new PictureBytes.PictureException("the picture has " + bytes.length + " bytes, over the cap of "
                    + MAX_BYTES);
        }
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                throw new PictureBytes.PictureException("not a picture format gongkai decodes (PNG, JPEG, GIF, BMP, TIFF)");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                checkSize(reader.getWidth(0), reader.getHeight(0));
                return onWhite(reader.read(0));
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            // ImageIO signals broken data with runtime exceptions too (bad chunk lengths, corrupt Huffman tables)
            throw new PictureBytes.PictureException("a broken picture: " + ReadException.rootMessage(e));
        }
    }

    private static void checkSize(int width, int height) throws PictureBytes.PictureException {
        if (width > MAX_SIDE || height > MAX_SIDE || (long) width * height > MAX_PIXELS) {
            throw new PictureBytes.PictureException("the picture is " + width + "×" + height + " pixels, past the cap of "
                    + MAX_PIXELS + " pixels (" + MAX_SIDE + " a side): not decoded");
        }
        if (width < MIN_WIDTH || height < MIN_HEIGHT) {
            throw new PictureBytes.PictureException("the picture is " + width + "×" + height
                    + " pixels, too small to hold a table (a logo or seal): not read by OCR");
        }
    }

    private static BufferedImage onWhite(BufferedImage image) {
        BufferedImage grey = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = grey.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, grey.getWidth(), grey.getHeight());
            g.drawImage(image, 0, 0, null);
        } finally {
            g.dispose();
        }
        return grey;
    }
}
