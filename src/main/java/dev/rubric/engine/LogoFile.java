package dev.rubric.engine;

import dev.rubric.render.Branding;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Reads the image given with {@code --logo} for the HTML report, which embeds it as a data: URI. A
 * logo that is missing, too large to embed in every report, or not an image is a usage error said
 * before anything is scanned. The kind is told by the file's first bytes, not its name: a renamed
 * file would otherwise be embedded under a media type it does not have, and show broken.
 */
public final class LogoFile {
    /** Large enough for any logo, small enough not to dwarf the report it decorates. */
    public static final int MAX_BYTES = 256 * 1024;

    private LogoFile() {
    }

    public static Branding.Logo read(Path file) {
        byte[] bytes;
        try (InputStream in = new LimitedInput(Files.newInputStream(file), MAX_BYTES + 1L)) {
            bytes = in.readAllBytes();
        } catch (LimitedInput.LimitReached e) {
            throw tooLarge(file);
        } catch (NoSuchFileException e) {
            throw new UserError("--logo '" + file + "': no such file");
        } catch (IOException e) {
            throw new UserError("--logo '" + file + "': " + IoProblems.describe(e));
        }
        if (bytes.length > MAX_BYTES) {
            throw tooLarge(file);
        }
        String mediaType = mediaType(bytes);
        if (mediaType == null) {
            throw new UserError("--logo '" + file + "': not a PNG, JPEG, GIF, WebP or SVG image");
        }
        return new Branding.Logo(mediaType, bytes);
    }

    private static UserError tooLarge(Path file) {
        return new UserError("--logo '" + file + "': larger than " + MAX_BYTES / 1024 + " KB, the most a logo may take "
                + "(it is embedded in every HTML report)");
    }

    static String mediaType(byte[] b) {
        if (starts(b, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return "image/png";
        }
        if (starts(b, 0, 0xFF, 0xD8, 0xFF)) {
            return "image/jpeg";
        }
        if (starts(b, 0, 'G', 'I', 'F', '8') && b.length > 5 && (b[4] == '7' || b[4] == '9') && b[5] == 'a') {
            return "image/gif";
        }
        if (starts(b, 0, 'R', 'I', 'F', 'F') && starts(b, 8, 'W', 'E', 'B', 'P')) {
            return "image/webp";
        }
        return isSvg(b) ? "image/svg+xml" : null;
    }

    /**
     * An SVG is XML whose root element is svg: after an optional byte-order mark, XML declaration,
     * comments and doctype, the first element must open with {@code <svg}. An HTML page that merely
     * contains an svg element is not a logo.
     */
    private static boolean isSvg(byte[] b) {
        String text = new String(b, 0, Math.min(b.length, 4096), StandardCharsets.UTF_8);
        int i = text.startsWith("\uFEFF") ? 1 : 0;
        while (true) {
            while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            if (text.startsWith("<?", i) || text.startsWith("<!--", i) || text.startsWith("<!", i)) {
                String close = text.startsWith("<?", i) ? "?>" : text.startsWith("<!--", i) ? "-->" : ">";
                int end = text.indexOf(close, i + 2);
                if (end < 0) {
                    return false;
                }
                i = end + close.length();
                continue;
            }
            String rest = text.substring(i).toLowerCase(Locale.ROOT);
            return rest.startsWith("<svg") && rest.length() > 4
                    && (Character.isWhitespace(rest.charAt(4)) || rest.charAt(4) == '>');
        }
    }

    private static boolean starts(byte[] bytes, int offset, int... expected) {
        if (bytes.length < offset + expected.length) {
            return false;
        }
        for (int i = 0; i < expected.length; i++) {
            if ((bytes[offset + i] & 0xFF) != expected[i]) {
                return false;
            }
        }
        return true;
    }
}
