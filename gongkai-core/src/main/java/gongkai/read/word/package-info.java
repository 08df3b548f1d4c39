/**
 * Word: DOCX with POI XWPF (gridSpan/vMerge), DOC with POI HWPF (spans from cell edges); entries {@link gongkai.read.word.DocxReader}, {@link gongkai.read.word.DocReader}. Uses the seam in {@code gongkai.read}, never another reader's package.
 */
package gongkai.read.word;
