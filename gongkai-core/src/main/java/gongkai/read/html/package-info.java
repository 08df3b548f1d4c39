/**
 * HTML: jsoup, charset from BOM/meta/bytes, site chrome dropped, spans expanded; entry {@link gongkai.read.html.HtmlReader}. Uses the seam in {@code gongkai.read}, never another reader's package.
 */
package gongkai.read.html;
