package gongkai.format;

/** A format version and the report years it governs. */
public record VersionSpec(String id, int firstYear, int lastYear) {
    public boolean covers(int year) {
        return year >= firstYear && year <= lastYear;
    }
}
