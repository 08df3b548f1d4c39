package gongkai.model;

/** One of the six statutory parts of a report: key s1…s6, its heading as printed, and its text. */
public record Section(String key, String heading, String text) {
}
