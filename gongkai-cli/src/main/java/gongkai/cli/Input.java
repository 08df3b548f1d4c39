package gongkai.cli;

import gongkai.Gongkai;
import gongkai.model.ReportError;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Comparator;

/**
 * One record to make: a file, or a member of a zip archive ({@code member} its name inside {@code file}), or a
 * path that cannot be read at all ({@code problem} says why: a FIFO, a dangling link, a folder that cannot be
 * listed), which becomes a failed record without being opened. {@code path} is what the outputs show.
 */
record Input(Path file, String member, String path, ReportError problem) implements Comparable<Input> {
    private static final Comparator<Input> ORDER = Comparator.comparing((Input i) -> i.file())
            .thenComparing(Input::member, Comparator.nullsFirst(Comparator.<String>naturalOrder()));

    static Input file(Path file) {
        return new Input(file, null, file.toString(), null);
    }

    static Input member(Path archive, String member) {
        return new Input(archive, member, archive + "!/" + member, null);
    }

    static Input problem(Path file, ReportError problem) {
        return new Input(file, null, file.toString(), problem);
    }

    boolean isMember() {
        return member != null;
    }

    /** The SHA-256 of the file's or the archive member's bytes, as its report's {@code source.sha256}. */
    String sha256() throws IOException {
        return isMember() ? ZipInputs.sha256(this) : Gongkai.sha256(file);
    }

    /** Sorted by path, members of an archive by name after it: the order of every output. */
    @Override
    public int compareTo(Input other) {
        return ORDER.compare(this, other);
    }
}
