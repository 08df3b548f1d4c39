package gongkai.read;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** Builds the hostile inputs at test time, so that no binary trap has to live in the repository. */
public final class HardCases {
    public static final String PASSWORD = "gongkai";

    private HardCases() {
    }

    /** A DOCX encrypted with a password, as Word saves it: an OLE2 file with EncryptionInfo and EncryptedPackage. */
    public static Path encryptedDocx(Path source, Path target) throws IOException, GeneralSecurityException {
        EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
        Encryptor encryptor = info.getEncryptor();
        encryptor.confirmPassword(PASSWORD);
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            try (OutputStream os = encryptor.getDataStream(fs)) {
                Files.copy(source, os);
            }
            try (OutputStream out = Files.newOutputStream(target)) {
                fs.writeFilesystem(out);
            }
        }
        return target;
    }

    /** A DOC encrypted with a password (RC4 CryptoAPI, what HWPF writes when a password is set). */
    public static Path encryptedDoc(Path source, Path target) throws IOException {
        Biff8EncryptionKey.setCurrentUserPassword(PASSWORD);
        try (InputStream in = Files.newInputStream(source); HWPFDocument doc = new HWPFDocument(in)) {
            doc.write(target.toFile());
        } finally {
            Biff8EncryptionKey.setCurrentUserPassword(null);
        }
        return target;
    }

    /** A real DOCX whose document.xml is replaced by {@code megabytes} MB of blanks that deflate ~1000:1. */
    public static Path zipBombDocx(Path source, Path target, int megabytes) throws IOException {
        try (ZipFile zip = new ZipFile(source.toFile());
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(target))) {
            for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
                ZipEntry entry = e.nextElement();
                out.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals("word/document.xml")) {
                    writeBomb(out, megabytes);
                } else {
                    zip.getInputStream(entry).transferTo(out);
                }
                out.closeEntry();
            }
        }
        return target;
    }

    private static void writeBomb(OutputStream out, int megabytes) throws IOException {
        out.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\""
                + "http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>")
                .getBytes(StandardCharsets.UTF_8));
        byte[] blanks = new byte[1 << 20];
        java.util.Arrays.fill(blanks, (byte) ' ');
        for (int i = 0; i < megabytes; i++) {
            out.write(blanks);
        }
        out.write("</w:t></w:r></w:p></w:body></w:document>".getBytes(StandardCharsets.UTF_8));
    }

    /** A DOCX report whose tables were pasted as pictures under the part headings. */
    public static Path docxWithTableImages(Path target) throws IOException, org.apache.poi.openxml4j.exceptions.InvalidFormatException {
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(target)) {
            doc.createParagraph().createRun().setText("某县人民政府2021年政府信息公开工作年度报告");
            doc.createParagraph().createRun().setText("一、总体情况");
            doc.createParagraph().createRun().setText("2021年，某县扎实推进政府信息公开工作。");
            for (String heading : new String[] {"二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
                    "四、政府信息公开行政复议、行政诉讼情况"}) {
                doc.createParagraph().createRun().setText(heading);
                byte[] png = png();
                doc.createParagraph().createRun().addPicture(new java.io.ByteArrayInputStream(png), Document.PICTURE_TYPE_PNG,
                        "table.png", 600_000, 400_000);
            }
            doc.createParagraph().createRun().setText("五、存在的主要问题及改进情况");
            doc.write(out);
        }
        return target;
    }

    private static byte[] png() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(60, 40, BufferedImage.TYPE_INT_RGB), "png", bytes);
        return bytes.toByteArray();
    }
}
