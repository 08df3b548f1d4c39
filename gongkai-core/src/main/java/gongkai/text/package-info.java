/**
 * CJK text normalisation (radical forms through an explicit table, full-width forms, spaces between Han
 * characters) and the parser of printed cell values into the four cell kinds.
 */
package gongkai.text;
