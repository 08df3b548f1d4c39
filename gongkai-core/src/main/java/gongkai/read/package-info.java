/**
 * The seam of the readers: {@link gongkai.read.Readers} (registry by format), {@link gongkai.read.DocumentReader},
 * {@link gongkai.read.FileTypeDetector}, {@link gongkai.read.ReadException} and what several readers share
 * (charsets, whitespace, image marks). One subpackage per input format (pdf, html, word, text) imports this
 * one, never the reverse. Library types (PDFBox, POI, Tika, jsoup) stay inside {@code gongkai.read}.
 */
package gongkai.read;
