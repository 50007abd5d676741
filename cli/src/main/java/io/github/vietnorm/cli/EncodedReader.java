package io.github.vietnorm.cli;

import io.github.vietnorm.LegacyText;
import io.github.vietnorm.VietnameseEncoding;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.util.Arrays;
import java.util.Locale;

/**
 * Reads bytes in a legacy Vietnamese encoding (or detected per paragraph with {@code auto}) as
 * text, block by block: each block of about {@value #BLOCK} bytes, extended to the end of its line,
 * is decoded at once (TCVN3's capitals are restored and Windows-1258 composed; with {@code auto}
 * each paragraph gets its own encoding and the block's clear paragraphs settle the close calls).
 * Memory stays bounded by the block size.
 */
final class EncodedReader extends Reader {
    static final int BLOCK = 1 << 20;

    private final InputStream in;
    private final VietnameseEncoding encoding; // null = auto
    private byte[] buf = new byte[BLOCK + 4096];
    private int buffered;     // bytes in buf not yet decoded
    private boolean eof;
    private String text = "";
    private int pos;

    private EncodedReader(InputStream in, VietnameseEncoding encoding) {
        this.in = in;
        this.encoding = encoding;
    }

    /**
     * A reader for {@code name}: {@code auto}, or a name {@link VietnameseEncoding#forName} knows.
     *
     * @throws IllegalArgumentException for an unknown name
     */
    static Reader of(InputStream in, String name) {
        if (name.strip().toLowerCase(Locale.ROOT).equals("auto")) {
            return new EncodedReader(in, null);
        }
        return new EncodedReader(in, VietnameseEncoding.forName(name));
    }

    @Override
    public int read(char[] cbuf, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        while (pos >= text.length()) {
            if (!fill()) {
                return -1;
            }
        }
        int n = Math.min(len, text.length() - pos);
        text.getChars(pos, pos + n, cbuf, off);
        pos += n;
        return n;
    }

    /** Decodes the next block; false at the end of the input. */
    private boolean fill() throws IOException {
        while (!eof && buffered < BLOCK) {
            int r = in.read(buf, buffered, buf.length - buffered);
            if (r < 0) {
                eof = true;
            } else {
                buffered += r;
            }
        }
        if (buffered == 0) {
            return false;
        }
        int cut = buffered;
        if (!eof) {
            int nl = lastNewline(buf, buffered);
            while (nl < 0 && !eof) { // a very long line: read on until it ends
                if (buffered == buf.length) {
                    buf = Arrays.copyOf(buf, buf.length * 2);
                }
                int r = in.read(buf, buffered, buf.length - buffered);
                if (r < 0) {
                    eof = true;
                } else {
                    buffered += r;
                }
                nl = lastNewline(buf, buffered);
            }
            cut = eof && nl < 0 ? buffered : nl + 1;
        }
        byte[] block = Arrays.copyOf(buf, cut);
        System.arraycopy(buf, cut, buf, 0, buffered - cut);
        buffered -= cut;
        text = encoding == null ? LegacyText.decode(block) : encoding.decode(block);
        pos = 0;
        return true;
    }

    private static int lastNewline(byte[] b, int n) {
        for (int i = n - 1; i >= 0; i--) {
            if (b[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
