/**
 * The validator: the statutory sum rules of {@code formats.json} evaluated by a generic engine, audit checks
 * (narrative against tables, format, cross-year) with evidence, and suggestions that never change a
 * published number. Entry point: {@link gongkai.check.Validator}; catalogue: {@code docs/rules.md}.
 */
package gongkai.check;
