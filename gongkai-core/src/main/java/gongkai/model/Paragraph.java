package gongkai.model;

import java.util.Objects;

/** A line or paragraph of running text, as printed (not normalised). */
public record Paragraph(String text, Location location) implements Block {
    public Paragraph {
        Objects.requireNonNull(text, "text");
        location = location == null ? Location.UNKNOWN : location;
    }
}
