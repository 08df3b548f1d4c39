/**
 * PDF: glyphs and ruling lines from one PDFBox pass per page, tables rebuilt with spans and stitched across pages; entry {@link gongkai.read.pdf.PdfReader}. Uses the seam in {@code gongkai.read}, never another reader's package.
 */
package gongkai.read.pdf;
