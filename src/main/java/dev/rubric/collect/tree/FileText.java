package dev.rubric.collect.tree;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * A file's bytes as parsers read them: UTF-8 without a byte order mark, every line ending a
 * '\n'. The String constructor decodes: a decoder object and its CharBuffer would cost another
 * copy of every file.
 */
final class FileText {
    /** As git decides: a NUL among the first 8000 bytes makes a file binary. */
    private static final int BINARY_SNIFF_BYTES = 8000;
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGHS = 0x8080808080808080L;

    /**
     * The text, or why there is none: binary content (a NUL at byte offset {@code invalidAt}), or
     * invalid UTF-8 at that offset. ASCII content is valid by construction and left undecoded
     * ({@code ascii}, no text): {@link #ascii} makes its text when a parser first asks, which for
     * most code files is never. {@code utf16}: the text came from UTF-16, so the file's bytes are
     * not its UTF-8.
     */
    record Decoded(String text, boolean binary, int invalidAt, boolean ascii, boolean utf16) {
        Decoded(String text, boolean binary, int invalidAt, boolean ascii) {
            this(text, binary, invalidAt, ascii, false);
        }

        boolean ok() {
            return text != null || ascii;
        }
    }

    private FileText() {
    }

    static Decoded decode(byte[] bytes) {
        Charset utf16 = utf16ByByteOrderMark(bytes);
        if (utf16 != null) {
            // every ASCII character of UTF-16 holds a NUL: the mark must be read before the sniff
            return decodeUtf16(bytes, utf16);
        }
        int nul = indexOf(bytes, Math.min(bytes.length, BINARY_SNIFF_BYTES), (byte) 0);
        if (nul >= 0) {
            return new Decoded(null, true, nul, false);
        }
        if (isAscii(bytes)) {
            return new Decoded(null, false, -1, true);
        }
        boolean carriageReturn = contains(bytes, bytes.length, (byte) '\r');
        int start = hasByteOrderMark(bytes) ? 3 : 0;
        String text = new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8);
        // the constructor replaces invalid input with U+FFFD: only then is the strict check needed,
        // to tell a real U+FFFD from bytes that are not UTF-8
        if (text.indexOf('\uFFFD') >= 0) {
            int invalidAt = firstInvalidByte(bytes);
            if (invalidAt >= 0) {
                return new Decoded(null, false, invalidAt, false);
            }
        }
        return new Decoded(normalised(text, carriageReturn), false, -1, false);
    }

    /** The text of content {@link #decode} found to be ASCII. */
    static String ascii(byte[] bytes) {
        return normalised(new String(bytes, StandardCharsets.ISO_8859_1), contains(bytes, bytes.length, (byte) '\r'));
    }

    private static String normalised(String text, boolean carriageReturn) {
        return carriageReturn ? text.replace("\r\n", "\n").replace('\r', '\n') : text;
    }

    private static boolean isAscii(byte[] bytes) {
        int i = 0;
        for (; i + Long.BYTES <= bytes.length; i += Long.BYTES) {
            if (((long) LONGS.get(bytes, i) & HIGHS) != 0) {
                return false;
            }
        }
        for (; i < bytes.length; i++) {
            if (bytes[i] < 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean contains(byte[] bytes, int end, byte value) {
        return indexOf(bytes, end, value) >= 0;
    }

    /**
     * Where the first {@code end} bytes hold {@code value}, or -1, eight bytes per step: the
     * classic test for a zero byte in a word, applied to the word XOR the value repeated. Every
     * file read goes through here, in code that a short run mostly leaves to the quick compiler.
     */
    private static int indexOf(byte[] bytes, int end, byte value) {
        long repeated = (value & 0xFFL) * ONES;
        int i = 0;
        for (; i + Long.BYTES <= end; i += Long.BYTES) {
            long word = (long) LONGS.get(bytes, i) ^ repeated;
            if (((word - ONES) & ~word & HIGHS) != 0) {
                break;
            }
        }
        for (; i < end; i++) {
            if (bytes[i] == value) {
                return i;
            }
        }
        return -1;
    }

    /** 1-based line of a byte offset. */
    static int lineAtByte(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    /**
     * 1-based column of a byte offset in UTF-8 content, counted in characters as an editor shows
     * them: continuation bytes do not start a character.
     */
    static int columnAtByte(byte[] bytes, int offset) {
        int column = 1;
        for (int i = Math.min(offset, bytes.length) - 1; i >= 0 && bytes[i] != '\n'; i--) {
            if ((bytes[i] & 0xC0) != 0x80) {
                column++;
            }
        }
        return column;
    }

    private static Charset utf16ByByteOrderMark(byte[] bytes) {
        if (bytes.length < 2) {
            return null;
        }
        if (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        return bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF ? StandardCharsets.UTF_16BE : null;
    }

    /** UTF-16 text after its mark; an unpaired surrogate is reported at its byte offset. */
    private static Decoded decodeUtf16(byte[] bytes, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, 2, bytes.length - 2);
        CharBuffer out = CharBuffer.allocate(bytes.length / 2 + 1);
        if (decoder.decode(in, out, true).isError() || decoder.flush(out).isError()) {
            return new Decoded(null, false, in.position(), false, true);
        }
        String text = out.flip().toString();
        return new Decoded(normalised(text, text.indexOf('\r') >= 0), false, -1, false, true);
    }

    private static boolean hasByteOrderMark(byte[] bytes) {
        return bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF;
    }

    /** The offset of the first byte that is not valid UTF-8, or -1. */
    private static int firstInvalidByte(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        return decoder.decode(in, out, true).isError() ? in.position() : -1;
    }
}
