/**
 * PDF: glyphs and ruling lines from one PDFBox pass per page, tables rebuilt with spans and stitched across pages; entry {@link gongkai.read.pdf.PdfReader}. Uses the seam in {@code gongkai.read}, never another reader's package. {@link gongkai.read.pdf.PageImages} renders the page regions that hold a report's tables for the audit view.
 */
package gongkai.read.pdf;
