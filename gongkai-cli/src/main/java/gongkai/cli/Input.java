package gongkai.cli;

import gongkai.model.ReportError;
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

    /** Sorted by path, members of an archive by name after it: the order of every output. */
    @Override
    public int compareTo(Input other) {
        return ORDER.compare(this, other);
    }
}
