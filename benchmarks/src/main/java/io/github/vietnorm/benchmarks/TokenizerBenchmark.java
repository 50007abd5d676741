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
 * paragraph (line) per call, beside references measured in the same run: a plain loop over the
 * chars and Lucene's {@code StandardTokenizer} (syllables only, no segmentation) on the same
 * paragraphs. Syllables/s counts the Vietnamese syllables of the input (letter runs that spell a
 * syllable), the same number for every benchmark, so the rates compare directly.
 */
@State(Scope.Benchmark)
public class TokenizerBenchmark {
    private final VietnameseTokenizer tokenizer = VietnameseTokenizer.standard();
    String[] lines;
    long bytes;
    long syllables;

    @Setup
    public void setup() {
        String text = BenchmarkData.cleanText(BenchmarkData.BENCH_CHARS);
        lines = text.split("\n");
        bytes = BenchmarkData.utf8Bytes(text);
        syllables = countSyllables(text);
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
        for (String s : lines) {
            for (int i = 0; i < s.length(); i++) {
                h = 31 * h + s.charAt(i);
            }
        }
        t.bytes += bytes;
        t.syllables += syllables;
        return h;
    }

    @Benchmark
    public int reference_luceneStandardTokenizer(Throughput t) {
        int tokens = 0;
        try (StandardTokenizer st = new StandardTokenizer()) {
            for (String s : lines) {
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
        t.bytes += bytes;
        t.syllables += syllables;
        return tokens;
    }

    /** The allocation-free form a Lucene tokenizer uses: type and offsets only. */
    @Benchmark
    public int tokenizer_stream(Throughput t) {
        Counter c = new Counter();
        for (String s : lines) {
            tokenizer.tokenize(s, c);
        }
        t.bytes += bytes;
        t.syllables += syllables;
        return c.n;
    }

    /** {@code List<Token>} with a String per token. */
    @Benchmark
    public int tokenizer_list(Throughput t) {
        int n = 0;
        for (String s : lines) {
            List<Token> tokens = tokenizer.tokenize(s);
            n += tokens.size();
        }
        t.bytes += bytes;
        t.syllables += syllables;
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
