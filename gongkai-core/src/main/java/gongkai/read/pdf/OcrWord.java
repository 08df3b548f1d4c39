package gongkai.read.pdf;

/**
 * One word Tesseract recognised in one image: its text, the engine's confidence (0–1), its box in that image's
 * pixels and the line it belongs to (block, paragraph and line numbers joined into one key).
 */
public record OcrWord(String text, double confidence, int left, int top, int width, int height, String lineKey) {
    public int right() {
        return left + width;
    }

    public int bottom() {
        return top + height;
    }
}
