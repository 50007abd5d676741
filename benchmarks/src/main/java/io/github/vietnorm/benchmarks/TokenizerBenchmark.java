package io.github.vietnorm.benchmarks;

import io.github.vietnorm.Token;
import io.github.vietnorm.TokenConsumer;
import io.github.vietnorm.VietnameseTokenizer;
import io.github.vietnorm.dictionaries.Syllables;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The tokenizer (word segmentation and typed tokens) on clean administrative and legal text, one
 * paragraph (line) per call, {@value #BATCH} paragraphs per operation, beside references measured in the same run: a plain loop over the
 * chars and Lucene's {@code StandardTokenizer} (syllables only, no segmentation) on the same
 * paragraphs. Syllables/s counts the Vietnamese syllables of the input (letter runs that spell a
 * syllable), the same number for every benchmark, so the rates compare directly.
 */
@State(Scope.Benchmark)
public class TokenizerBenchmark {
    private final VietnameseTokenizer tokenizer = VietnameseTokenizer.standard();
    /** Paragraphs per operation: small operations, so that short JMH iterations still warm up. */
    static final int BATCH = 256;
    String[][] batches;
    long[] batchBytes;
    long[] batchSyllables;
    int next;

    @Setup
    public void setup() {
        String text = BenchmarkData.cleanText(BenchmarkData.BENCH_CHARS);
        String[] lines = text.split("\n");
        int n = (lines.length + BATCH - 1) / BATCH;
        batches = new String[n][];
        batchBytes = new long[n];
        batchSyllables = new long[n];
        for (int b = 0; b < n; b++) {
            batches[b] = java.util.Arrays.copyOfRange(lines, b * BATCH, Math.min(lines.length, (b + 1) * BATCH));
            for (String l : batches[b]) {
                batchBytes[b] += BenchmarkData.utf8Bytes(l) + 1;
                batchSyllables[b] += countSyllables(l);
            }
        }
    }

    /** The next batch of paragraphs (cycling through the text); counts its bytes and syllables. */
    private String[] batch(Throughput t) {
        int b = next;
        next = b + 1 == batches.length ? 0 : b + 1;
        t.bytes += batchBytes[b];
        t.syllables += batchSyllables[b];
        return batches[b];
    }

    static long countSyllables(String s) {
        long n = 0;
        int i = 0;
        while (i < s.length()) {
            if (Character.isLetter(s.charAt(i))) {
                int e = i + 1;
                while (e < s.length() && Character.isLetter(s.charAt(e))) {
                    e++;
                }
                if (Syllables.isSyllableLetters(s, i, e)) {
                    n++;
                }
                i = e;
            } else {
                i++;
            }
        }
        return n;
    }

    @Benchmark
    public int reference_charLoop(Throughput t) {
        int h = 0;
        for (String s : batch(t)) {
            h += BenchmarkData.charLoop(s);
        }
        return h;
    }

    @Benchmark
    public int reference_luceneStandardTokenizer(Throughput t) {
        int tokens = 0;
        try (StandardTokenizer st = new StandardTokenizer()) {
            for (String s : batch(t)) {
                st.setReader(new StringReader(s));
                st.reset();
                while (st.incrementToken()) {
                    tokens++;
                }
                st.end();
                st.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tokens;
    }

    /** The allocation-free form a Lucene tokenizer uses: type and offsets only. */
    @Benchmark
    public int tokenizer_stream(Throughput t) {
        Counter c = new Counter();
        for (String s : batch(t)) {
            tokenizer.tokenize(s, c);
        }
        return c.n;
    }

    /** {@code List<Token>} with a String per token. */
    @Benchmark
    public int tokenizer_list(Throughput t) {
        int n = 0;
        for (String s : batch(t)) {
            List<Token> tokens = tokenizer.tokenize(s);
            n += tokens.size();
        }
        return n;
    }

    private static final class Counter implements TokenConsumer {
        int n;

        @Override
        public void accept(io.github.vietnorm.TokenType type, int start, int end) {
            n += end - start;
        }
    }
}
