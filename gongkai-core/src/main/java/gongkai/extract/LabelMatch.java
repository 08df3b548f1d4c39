package gongkai.extract;

/** How well a printed label matched a row or column: exactly (a variant is contained) or fuzzily. */
record LabelMatch(int index, double score, boolean exact) {
}
