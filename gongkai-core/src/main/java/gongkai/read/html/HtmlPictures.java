package gongkai.read.html;

import gongkai.read.PictureBytes;
import gongkai.read.PictureDecoder;
import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Locale;

/**
 * The bytes of an {@code <img>}'s picture where they can be had offline: a {@code data:} URI, or a relative or
 * {@code file:} path resolved against the page's folder (a saved page keeps its pictures in {@code NAME_files/}).
 * A picture on the web is never fetched: gongkai reads offline.
 */
final class HtmlPictures {
    private HtmlPictures() {
    }

    /** How the report names the picture: its src, a {@code data:} URI cut to its media type and size. */
    static String name(String src) {
        String s = src.strip();
        if (s.regionMatches(true, 0, "data:", 0, 5)) {
            int comma = s.indexOf(',');
            return (comma < 0 ? s.substring(0, Math.min(s.length(), 40)) : s.substring(0, comma))
                    + " (" + s.length() + " characters)";
        }
        return s;
    }

    /** The picture's bytes, read when asked; {@code folder} is the page's folder (null: only data: URIs). */
    static PictureBytes of(String src, Path folder) {
        String s = src.strip();
        return () -> load(s, folder);
    }

    private static byte[] load(String src, Path folder) throws PictureBytes.PictureException {
        String lower = src.toLowerCase(Locale.ROOT);
        if (lower.startsWith("data:")) {
            return data(src);
        }
        if (lower.startsWith("http:") || lower.startsWith("https:") || lower.startsWith("//") || lower.startsWith("/")
                || (lower.matches("^[a-z][a-z0-9+.-]*:.*") && !lower.startsWith("file:"))) {
            throw new PictureBytes.PictureException("a picture on the web (" + src + ") is never fetched: gongkai "
                    + "reads offline; save the page with its pictures (a NAME_files folder beside it) to have it read");
        }
        if (folder == null) {
            throw new PictureBytes.PictureException("a picture file and no page folder to find it in");
        }
        return file(src, folder);
    }

    private static byte[] data(String uri) throws PictureBytes.PictureException {
        int comma = uri.indexOf(',');
        String header = comma < 0 ? "" : uri.substring(5, comma).toLowerCase(Locale.ROOT);
        if (comma < 0 || !header.startsWith("image/") || !header.endsWith(";base64")) {
            throw new PictureBytes.PictureException("a data: URI that is no base64 picture");
        }
        if ((uri.length() - comma) / 4L * 3 > PictureDecoder.MAX_BYTES) {
            throw new PictureBytes.PictureException("a data: URI of over " + PictureDecoder.MAX_BYTES + " bytes");
        }
        try {
            return Base64.getMimeDecoder().decode(uri.substring(comma + 1));
        } catch (IllegalArgumentException e) {
            throw new PictureBytes.PictureException("a data: URI whose base64 is broken: " + e.getMessage());
        }
    }

    private static byte[] file(String src, Path folder) throws PictureBytes.PictureException {
        Path path;
        try {
            String cut = src.replaceFirst("[?#].*$", "");
            if (cut.regionMatches(true, 0, "file:", 0, 5)) {
                URI uri = URI.create(cut.replace(" ", "%20"));
                path = uri.getPath() == null ? folder.resolve(URLDecoder.decode(uri.getSchemeSpecificPart(),
                        StandardCharsets.UTF_8)) : folder.resolve(uri.getPath());
            } else {
                path = folder.resolve(URLDecoder.decode(cut.replace("+", "%2B"), StandardCharsets.UTF_8));
            }
        } catch (IllegalArgumentException e) { // a bad URI, escape or path (InvalidPathException)
            throw new PictureBytes.PictureException("a picture path that names no file: " + src);
        }
        try {
            if (!Files.isRegularFile(path)) {
                throw new PictureBytes.PictureException("the picture file " + src + " is not beside the page");
            }
            long size = Files.size(path);
            if (size > PictureDecoder.MAX_BYTES) {
                throw new PictureBytes.PictureException("the picture file has " + size + " bytes, over the cap of "
                        + PictureDecoder.MAX_BYTES);
            }
            return Files.readAllBytes(path);
        } catch (IOException e) {
            throw new PictureBytes.PictureException("the picture file cannot be read: " + e.getMessage());
        }
    }
}
