package gongkai.read;

import gongkai.model.SourceFormat;
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
    static final byte[] OLE2_MAGIC = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};

    private OleFiles() {
    }

    /** Throws for an empty file, an encrypted Office file, or a container that is not the expected kind. */
    static void check(Path file, SourceFormat expected) throws ReadException {
        byte[] head = head(file, 8);
        if (head.length == 0) {
            throw new ReadException(file, ErrorCodes.EMPTY_FILE, "the file is empty");
        }
        if (!startsWith(head, OLE2_MAGIC)) {
            return;
        }
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            DirectoryNode root = fs.getRoot();
            if (root.hasEntry("EncryptionInfo") || root.hasEntry("EncryptedPackage")) {
                throw new ReadException(file, ErrorCodes.ENCRYPTED_DOCUMENT, "the document is password-protected");
            }
            if (expected == SourceFormat.DOCX) {
                throw new ReadException(file, ErrorCodes.CORRUPT_DOCUMENT,
                        "not a DOCX: an OLE2 container" + (root.hasEntry("WordDocument") ? " (a Word 97-2003 .doc)" : ""));
            }
        } catch (IOException | RuntimeException e) {
            throw new ReadException(file, ErrorCodes.CORRUPT_DOCUMENT, "damaged OLE2 container: " + DocxReader.rootMessage(e), e);
        }
    }

    static byte[] head(Path file, int n) throws ReadException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(n);
        } catch (IOException e) {
            throw new ReadException(file, ErrorCodes.UNREADABLE, "cannot read the file: " + e.getMessage(), e);
        }
    }

    static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
