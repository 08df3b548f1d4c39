/**
 * Plain text: tab-separated lines become grids; entry {@link gongkai.read.text.TextReader}. Uses the seam in {@code gongkai.read}, never another reader's package.
 */
package gongkai.read.text;
