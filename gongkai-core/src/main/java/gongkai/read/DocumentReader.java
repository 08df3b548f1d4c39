package gongkai.read;

import gongkai.model.Document;
import java.nio.file.Path;

/** Reads one kind of file into gongkai's document model. */
public interface DocumentReader {
    Document read(Path file) throws ReadException;
}
