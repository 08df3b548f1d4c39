package gongkai.model;

import java.nio.file.Path;

/**
 * The one spelling of an input path that outputs use ({@code source.path}): {@code ./x}, {@code x} and
 * {@code a/../x} name the same file and must give one record, not two.
 */
public final class SourcePaths {
    private SourcePaths() {
    }

    /** The path without {@code .} and {@code name/..} segments; the current folder stays {@code .}. */
    public static Path normalize(Path path) {
        Path normal = path.normalize();
        return normal.toString().isEmpty() ? Path.of(".") : normal;
    }
}
