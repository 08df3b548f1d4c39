package gongkai.cli;

import gongkai.model.ErrorCode;
import gongkai.model.ReportError;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Zip archives as inputs: each member is its own record ({@code archive.zip!/member.pdf}). An archive is a zip
 * that is not itself a document (DOCX and OpenDocument files are zips too: they hold {@code [Content_Types].xml}
 * or {@code mimetype}). Limits against zip bombs (size per member, ratio, members per archive) and against
 * path traversal (a member named {@code ../x} or {@code /x} gets a failed record and is never extracted).
 */
final class ZipInputs {
    static final long MAX_MEMBER_BYTES = 512L << 20;
    static final int MAX_MEMBERS = 100_000;
    /** Uncompressed over compressed size beyond which a large member is taken for a bomb. */
    static final long MAX_RATIO = 200;
    private static final long RATIO_FLOOR_BYTES = 16L << 20;
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};

    private ZipInputs() {
    }

    /** Whether the file is a zip archive of reports (not a DOCX, XLSX or OpenDocument file). */
    static boolean isArchive(Path file) {
        if (!startsWithZipMagic(file)) {
            return false;
        }
        try (ZipFile zip = new ZipFile(file.toFile())) {
            return zip.getEntry("[Content_Types].xml") == null && zip.getEntry("mimetype") == null;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static boolean startsWithZipMagic(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(ZIP_MAGIC.length);
            return java.util.Arrays.equals(head, ZIP_MAGIC);
        } catch (IOException e) {
            return false;
        }
    }

    /** The members of an archive, one input each (folders left out); an empty archive is one failed record. */
    static List<Input> members(Path archive) {
        List<Input> inputs = new ArrayList<>();
        try (ZipFile zip = new ZipFile(archive.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                if (entry.isDirectory()) {
                    continue;
                }
                if (inputs.size() == MAX_MEMBERS) {
                    inputs.add(Input.problem(archive, new ReportError(ErrorCode.TOO_LARGE,
                            "the archive holds more than " + MAX_MEMBERS + " members; the rest are not read")));
                    break;
                }
                inputs.add(unsafe(entry.getName())
                        ? new Input(archive, entry.getName(), archive + "!/" + entry.getName(), new ReportError(
                                ErrorCode.UNREADABLE, "unsafe member name (absolute or with ..): not extracted"))
                        : Input.member(archive, entry.getName()));
            }
        } catch (IOException | RuntimeException e) {
            return List.of(Input.problem(archive, new ReportError(ErrorCode.UNREADABLE, "cannot read the archive: " + e.getMessage())));
        }
        return inputs.isEmpty()
                ? List.of(Input.problem(archive, new ReportError(ErrorCode.EMPTY_FILE, "the archive holds no files")))
                : inputs;
    }

    static boolean unsafe(String name) {
        String n = name.replace('\\', '/');
        return n.startsWith("/") || n.matches("^[A-Za-z]:.*") || ("/" + n + "/").contains("/../");
    }

    /** Thrown when a member exceeds a limit. */
    static final class TooLarge extends IOException {
        TooLarge(String message) {
            super(message);
        }
    }

    /** Reads a member through once without keeping it, stopping at the limits (size and ratio of the bytes as read). */
    static void measure(Input input) throws IOException {
        readThrough(input, null);
    }

    /**
     * The SHA-256 of a member's bytes, as its report gives it; "" for a member past the limits (its record failed
     * before it was hashed).
     */
    static String sha256(Input input) throws IOException {
        try {
            return readThrough(input, MessageDigest.getInstance("SHA-256"));
        } catch (TooLarge e) {
            return "";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JVM", e);
        }
    }

    /** Reads a member within the limits; its SHA-256 in hex when a digest is given, else null. */
    private static String readThrough(Input input, MessageDigest digest) throws IOException {
        try (ZipFile zip = new ZipFile(input.file().toFile())) {
            ZipEntry entry = zip.getEntry(input.member());
            if (entry == null) {
                throw new IOException("member not found: " + input.member());
            }
            long compressed = Math.max(1, entry.getCompressedSize());
            try (InputStream in = zip.getInputStream(entry)) {
                byte[] buffer = new byte[1 << 16];
                long total = 0;
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    total += n;
                    if (total > MAX_MEMBER_BYTES) {
                        throw new TooLarge("member larger than " + (MAX_MEMBER_BYTES >> 20) + " MB uncompressed");
                    }
                    if (total > RATIO_FLOOR_BYTES && total / compressed > MAX_RATIO) {
                        throw new TooLarge("member expands more than " + MAX_RATIO + " times (a zip bomb)");
                    }
                    if (digest != null) {
                        digest.update(buffer, 0, n);
                    }
                }
            }
        }
        return digest == null ? null : HexFormat.of().formatHex(digest.digest());
    }
}
