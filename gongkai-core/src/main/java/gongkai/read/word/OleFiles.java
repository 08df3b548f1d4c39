package gongkai.read.word;

import gongkai.model.ErrorCode;
import gongkai.model.SourceFormat;
import gongkai.read.FileTypeDetector;
import gongkai.read.ReadException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Checks Word files before POI parses them. A password-protected DOCX is not a zip at all but an OLE2
 * container holding {@code EncryptionInfo} and {@code EncryptedPackage}: it must be reported as
 * encrypted, not as a damaged zip.
 */
final class OleFiles {

    private OleFiles() {
    }

    /** Throws for an empty file, an encrypted Office file, or a container that is not the expected kind. */
    static void check(Path file, SourceFormat expected) throws ReadException {
        byte[] head = FileTypeDetector.head(file, 8);
        if (head.length == 0) {
            throw new ReadException(file, ErrorCode.EMPTY_FILE, "the file is empty");
        }
        if (!FileTypeDetector.startsWith(head, FileTypeDetector.OLE2_MAGIC)) {
            return;
        }
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            DirectoryNode root = fs.getRoot();
            if (root.hasEntry("EncryptionInfo") || root.hasEntry("EncryptedPackage")) {
                throw new ReadException(file, ErrorCode.ENCRYPTED_DOCUMENT, "the document is password-protected");
            }
            if (expected == SourceFormat.DOCX) {
                throw new ReadException(file, ErrorCode.CORRUPT_DOCUMENT,
                        "not a DOCX: an OLE2 container" + (root.hasEntry("WordDocument") ? " (a Word 97-2003 .doc)" : ""));
            }
        } catch (IOException | RuntimeException e) {
            throw new ReadException(file, ErrorCode.CORRUPT_DOCUMENT, "damaged OLE2 container: " + ReadException.rootMessage(e), e);
        }
    }

}
