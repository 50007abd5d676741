package io.github.vietnorm.lucene;

import io.github.vietnorm.Edit;
import io.github.vietnorm.Normalized;
import io.github.vietnorm.VietnameseNormalizer;
import java.io.IOException;
import java.io.Reader;
import java.util.List;
import java.util.Objects;
import org.apache.lucene.analysis.charfilter.BaseCharFilter;

/**
 * Runs the vietnorm {@link VietnameseNormalizer} in front of any tokenizer: legacy-encoding repair,
 * Unicode composition ({@code Nguye\u0302\u0303n} → {@code Nguyễn}), invisible characters and odd
 * spaces, one tone-mark style ({@code hoà} and {@code hòa} become the same word), run-together
 * words. Offsets are corrected from the normalizer's edits, so tokens and highlights point at the
 * original text: {@link #correctOffset(int)} equals {@link Normalized#toOriginalOffset(int)}.
 *
 * <pre>{@code
 * Analyzer a = new Analyzer() {
 *   protected Reader initReader(String field, Reader reader) {
 *     return new VietnameseNormalizationCharFilter(reader, VietnameseNormalizer.standard());
 *   }
 *   protected TokenStreamComponents createComponents(String field) {
 *     return new TokenStreamComponents(new VietnameseTokenizer());
 *   }
 * };
 * }</pre>
 *
 * <p>Nothing is read before the first {@code read}. The input is then normalized a paragraph-sized
 * chunk at a time (at least 64 K chars, cut at a line start), so memory stays bounded by the
 * longest paragraph and offset corrections, not by the field.
 */
public final class VietnameseNormalizationCharFilter extends BaseCharFilter {

    private final VietnameseNormalizer normalizer;
    private final ChunkReader chunks;
    private String text = "";
    private int textPos;
    /** Normalized chars handed out before {@link #text}. */
    private int textBase;

    /** A char filter with the standard normalizer ({@link VietnameseNormalizer#standard()}). */
    public VietnameseNormalizationCharFilter(Reader in) {
        this(in, VietnameseNormalizer.standard());
    }

    /**
     * @param in         the original text
     * @param normalizer the normalizer to apply (immutable, shared)
     */
    public VietnameseNormalizationCharFilter(Reader in, VietnameseNormalizer normalizer) {
        this(in, normalizer, ChunkReader.DEFAULT_CHUNK_SIZE);
    }

    VietnameseNormalizationCharFilter(Reader in, VietnameseNormalizer normalizer, int chunkSize) {
        super(in);
        this.normalizer = Objects.requireNonNull(normalizer, "normalizer");
        this.chunks = new ChunkReader(chunkSize);
    }

    @Override
    public int read(char[] cbuf, int off, int len) throws IOException {
        Objects.checkFromIndexSize(off, len, cbuf.length);
        if (len == 0) {
            return 0;
        }
        while (textPos == text.length()) {
            if (!nextChunk()) {
                return -1;
            }
        }
        int n = Math.min(len, text.length() - textPos);
        text.getChars(textPos, textPos + n, cbuf, off);
        textPos += n;
        return n;
    }

    @Override
    public int read() throws IOException {
        while (textPos == text.length()) {
            if (!nextChunk()) {
                return -1;
            }
        }
        return text.charAt(textPos++);
    }

    private boolean nextChunk() throws IOException {
        if (!chunks.next(input)) {
            return false;
        }
        textBase += text.length();
        String original = new String(chunks.buffer(), 0, chunks.length());
        Normalized r = normalizer.normalizeWithEdits(original);
        addCorrections(r.edits(), chunks.base(), textBase);
        text = r.text();
        textPos = 0;
        return true;
    }

    /**
     * Records, for the chunk's edits, where the offset difference (original − normalized) changes,
     * so that {@link #correct(int)} reproduces {@link Normalized#toOriginalOffset(int)} exactly:
     * inside a replacement, offsets map one to one into the replaced text and then stick to its
     * end; after a shortening edit, the next offset maps past the removed characters.
     */
    private void addCorrections(List<Edit> edits, int originalBase, int normalizedBase) {
        int delta = 0; // normalized minus original position, within the chunk
        for (Edit e : edits) {
            int s = e.start();
            int o = e.end() - s;
            int r = e.replacement().length();
            int ns = s + delta;
            int end = originalBase + e.end();
            if (r > o) {
                for (int k = o + 1; k <= r; k++) {
                    int n = normalizedBase + ns + k;
                    addOffCorrectMap(n, end - n);
                }
            } else if (r < o) {
                int n = normalizedBase + ns + r;
                addOffCorrectMap(n, end - n);
            }
            delta += r - o;
        }
    }
}
