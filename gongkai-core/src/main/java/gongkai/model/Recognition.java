package gongkai.model;

/**
 * How sure optical character recognition is of a grid cell's text: the engine's confidence (0–1) and, for a
 * doubtful reading, a note saying why (the readings that disagree, a suggested digit).
 */
public record Recognition(double confidence, String note) {
    public Recognition {
        if (confidence < 0 || confidence > 1) {
            throw new IllegalArgumentException("OCR confidence outside 0–1: " + confidence);
        }
    }
}
