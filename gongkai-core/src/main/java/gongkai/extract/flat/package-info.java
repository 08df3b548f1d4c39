/**
 * Tables from flattened text (separators lost, digits glued): rows located by label, each run of digits
 * split under the table's sum rules, ambiguity flagged. Entry {@link gongkai.extract.flat.FlattenedTableReader};
 * knows format, text and model, never the rest of {@code gongkai.extract}.
 */
package gongkai.extract.flat;
