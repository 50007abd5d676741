package io.github.vietnorm.cli;

import java.io.IOException;
import java.io.Reader;

/**
 * Splits a character stream into lines on {@code \n} and {@code \r\n}, remembering each line's
 * terminator so output can reproduce it exactly (a missing final newline stays missing). A lone
 * {@code \r} stays inside its line. Lines of any length are supported.
 */
final class LineReader {
    private final Reader in;
    private final char[] buf = new char[1 << 16];
    private int pos;
    private int len;
    private boolean eof;
    private String terminator = "";

    LineReader(Reader in) {
        this.in = in;
    }

    /** The next line without its terminator, or {@code null} at the end of the stream. */
    String readLine() throws IOException {
        StringBuilder sb = null;
        while (true) {
            if (pos == len) {
                if (eof || !fill()) {
                    if (sb == null) {
                        return null;
                    }
                    terminator = "";
                    return sb.toString();
                }
            }
            int start = pos;
            while (pos < len && buf[pos] != '\n') {
                pos++;
            }
            if (pos < len) { // found \n
                int end = pos;
                pos++;
                String line;
                if (sb == null) {
                    line = new String(buf, start, end - start);
                } else {
                    line = sb.append(buf, start, end - start).toString();
                }
                if (!line.isEmpty() && line.charAt(line.length() - 1) == '\r') {
                    terminator = "\r\n";
                    return line.substring(0, line.length() - 1);
                }
                terminator = "\n";
                return line;
            }
            if (sb == null) {
                sb = new StringBuilder(Math.max(16, len - start) * 2);
            }
            sb.append(buf, start, len - start);
        }
    }

    /** The terminator of the line last returned: {@code "\n"}, {@code "\r\n"} or {@code ""}. */
    String terminator() {
        return terminator;
    }

    private boolean fill() throws IOException {
        int n;
        do {
            n = in.read(buf, 0, buf.length);
        } while (n == 0);
        if (n < 0) {
            eof = true;
            pos = len = 0;
            return false;
        }
        pos = 0;
        len = n;
        return true;
    }
}
