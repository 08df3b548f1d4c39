/**
 * The statutory report formats (v2019, v2021) declared as data in {@code formats.json}: sections, tables
 * with row and column labels and their variants, and the sum rules. A new template touches no Java.
 */
package gongkai.format;
