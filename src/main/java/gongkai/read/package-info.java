/**
 * Readers: one per input format, each turning a file into the one document model (paragraphs and table
 * grids with spans, page and position). Library types (PDFBox, POI, Tika, jsoup) stay inside this package.
 */
package gongkai.read;
