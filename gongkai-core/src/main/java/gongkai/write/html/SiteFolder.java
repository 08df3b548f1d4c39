package gongkai.write.html;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where the site's files go: one stream per relative file name ({@code index.html}, {@code img/…png}). */
public interface SiteFolder {
    OutputStream open(String name) throws IOException;

    /** The files under a folder on disk, subfolders created as needed. */
    static SiteFolder at(Path dir) {
        return name -> {
            Path file = dir.resolve(name);
            Files.createDirectories(file.getParent());
            return Files.newOutputStream(file);
        };
    }
}
