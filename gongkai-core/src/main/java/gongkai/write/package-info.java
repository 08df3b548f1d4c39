/** Writers: reports as JSON lines and CSV tables. Writers take a {@link java.io.Writer}, never a path. */
package gongkai.write;
