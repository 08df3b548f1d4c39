/**
 * Extraction: the six sections, the tables' location, layout detection, grid → canonical cells and
 * flattened text → canonical cells.
 */
package gongkai.extract;
