package gongkai.model;

/** The input file of a report: its path as given or found, its SHA-256, and its detected format id. */
public record Source(String path, String sha256, String format) {
}
