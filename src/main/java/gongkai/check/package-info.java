/** The validator: the statutory sum rules and audit checks as data, findings with evidence, cross-year checks. */
package gongkai.check;
