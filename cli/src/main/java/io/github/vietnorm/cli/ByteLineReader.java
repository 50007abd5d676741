package io.github.vietnorm.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Splits a UTF-8 byte stream into lines on {@code \n} and {@code \r\n} without decoding it (those
 * bytes never occur inside a multi-byte sequence), so the decoding can happen on the worker
 * threads ({@link #decode}). Remembers each line's terminator, like {@link LineReader}; lines of
 * any length are supported.
 */
final class ByteLineReader {
    private final InputStream in;
    private byte[] buf = new byte[1 << 16];
    private int pos;
    private int len;
    private boolean eof;
    private String terminator = "";

    ByteLineReader(InputStream in) {
        this.in = in;
    }

    /** The next line's bytes without its terminator, or {@code null} at the end of the stream. */
    byte[] readLine() throws IOException {
        int k = pos;
        while (true) {
            for (; k < len; k++) {
                if (buf[k] == '\n') {
                    int end = k > pos && buf[k - 1] == '\r' ? k - 1 : k;
                    terminator = end < k ? "\r\n" : "\n";
                    byte[] line = Arrays.copyOfRange(buf, pos, end);
                    pos = k + 1;
                    return line;
                }
            }
            int scanned = k - pos; // no newline in these; fill() moves the line to the buffer's start
            if (eof || !fill()) {
                if (pos == len) {
                    return null;
                }
                terminator = "";
                byte[] line = Arrays.copyOfRange(buf, pos, len);
                pos = len;
                return line;
            }
            k = pos + scanned;
        }
    }

    /** The terminator of the line last returned: {@code "\n"}, {@code "\r\n"} or {@code ""}. */
    String terminator() {
        return terminator;
    }

    /** Reads more bytes after the current line's start, growing the buffer for a long line. */
    private boolean fill() throws IOException {
        if (pos > 0) {
            System.arraycopy(buf, pos, buf, 0, len - pos);
            len -= pos;
            pos = 0;
        }
        if (len == buf.length) {
            buf = Arrays.copyOf(buf, buf.length * 2);
        }
        int n;
        do {
            n = in.read(buf, len, buf.length - len);
        } while (n == 0);
        if (n < 0) {
            eof = true;
            return false;
        }
        len += n;
        return true;
    }

    /**
     * Decodes one line strictly: malformed UTF-8 is an error, never replaced. The JDK's fast
     * decoder runs first; only a line that comes out with a replacement character is decoded again
     * strictly (it may be a real U+FFFD).
     */
    static String decode(byte[] line) throws CharacterCodingException {
        String s = new String(line, StandardCharsets.UTF_8);
        if (s.indexOf('\uFFFD') >= 0) {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(line));
        }
        return s;
    }
}
