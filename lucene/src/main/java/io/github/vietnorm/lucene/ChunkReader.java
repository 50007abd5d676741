package io.github.vietnorm.lucene;

import java.io.IOException;
import java.io.Reader;

/**
 * Reads a field in paragraph-sized chunks: at least {@code chunkSize} chars, cut just after a line
 * break that is followed by a letter or digit (the start of a new line of text), so that neither
 * the normalizer nor the tokenizer ever sees a cut inside a word, a run of spaces or a sequence of
 * combining marks. A field without such a line break is read whole (the field value is in memory
 * anyway). The cut depends only on the content, never on how the reader delivers it, so the
 * analysis is the same for every reader.
 *
 * <p>The chunk is {@code buffer()[0, length())}; its first char is at {@link #base()} in the whole
 * input. Not thread-safe; one per token stream.
 */
final class ChunkReader {

    /** Default minimum chunk: 64 K chars; fields below it are read and processed whole. */
    static final int DEFAULT_CHUNK_SIZE = 1 << 16;

    private final int chunkSize;
    private char[] buffer;
    private int filled;
    private int cut;
    private int base;
    private boolean eof;

    ChunkReader(int chunkSize) {
        if (chunkSize < 1) {
            throw new IllegalArgumentException("chunkSize < 1: " + chunkSize);
        }
        this.chunkSize = chunkSize;
        this.buffer = new char[Math.min(chunkSize, 1024)];
    }

    /** Forgets everything read; call before reading a new input. */
    void reset() {
        filled = 0;
        cut = 0;
        base = 0;
        eof = false;
        if (buffer.length > 4 * chunkSize) {
            buffer = new char[Math.min(chunkSize, 1024)]; // don't keep a huge field's buffer
        }
    }

    /** The chars of the current chunk, from index 0. */
    char[] buffer() {
        return buffer;
    }

    /** The length of the current chunk. */
    int length() {
        return cut;
    }

    /** Offset of the current chunk's first char in the whole input. */
    int base() {
        return base;
    }

    /** The number of chars read from the input so far. */
    int consumed() {
        return base + filled;
    }

    /**
     * Drops the current chunk and reads the next one.
     *
     * @return false when the input is exhausted (the chunk is then empty)
     */
    boolean next(Reader in) throws IOException {
        int rest = filled - cut;
        if (cut > 0) {
            System.arraycopy(buffer, cut, buffer, 0, rest);
            base += cut;
            filled = rest;
            cut = 0;
        }
        fill(in, chunkSize);
        int searched = 0;
        while (!eof) {
            int c = lastCut(searched);
            if (c > 0) {
                cut = c;
                return true;
            }
            searched = Math.max(0, filled - 1);
            fill(in, filled + chunkSize);
        }
        cut = filled;
        return cut > 0;
    }

    /** The last cut point in {@code buffer[from, filled)}, or -1. */
    private int lastCut(int from) {
        for (int i = filled - 1; i > from && i > 0; i--) {
            if (buffer[i - 1] == '\n' && Character.isLetterOrDigit(buffer[i])) {
                return i;
            }
        }
        return -1;
    }

    /** Reads until {@code filled >= target} or end of input. */
    private void fill(Reader in, int target) throws IOException {
        if (buffer.length < target) {
            char[] bigger = new char[Math.max(target, (int) Math.min(Integer.MAX_VALUE - 16, buffer.length * 2L))];
            System.arraycopy(buffer, 0, bigger, 0, filled);
            buffer = bigger;
        }
        while (!eof && filled < target) {
            int n = in.read(buffer, filled, target - filled);
            if (n < 0) {
                eof = true;
            } else {
                filled += n;
            }
        }
    }
}
