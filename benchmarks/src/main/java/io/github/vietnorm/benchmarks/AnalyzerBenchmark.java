package io.github.vietnorm.benchmarks;

import io.github.vietnorm.lucene.VietnameseAnalyzer;
import io.github.vietnorm.lucene.VietnameseTokenizer;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The Lucene analyzers of the {@code lucene} module over the same clean text, beside Lucene's
 * {@link StandardAnalyzer} (UAX#29 syllables, lower case: what most Vietnamese indexes use today)
 * as the reference measured in the same run. Each operation analyzes the whole text as one field
 * value and consumes every token's term, as indexing does. The {@code syllables} counter is the
 * number of letter runs of the input (the same for every benchmark, so syllables/s compare), not
 * the number of tokens.
 */
@State(Scope.Benchmark)
public class AnalyzerBenchmark {
    private Analyzer standard;
    private Analyzer vietnamese;
    private Analyzer vietnameseFolded;
    private Analyzer vietnameseSynonyms;
    String clean;
    long cleanSyllables;

    @Setup
    public void setup() {
        clean = BenchmarkData.cleanText(BenchmarkData.BENCH_CHARS);
        cleanSyllables = letterRuns(clean);
        standard = new StandardAnalyzer();
        vietnamese = new VietnameseAnalyzer();
        vietnameseFolded = VietnameseAnalyzer.builder()
                .granularity(VietnameseTokenizer.Granularity.SYLLABLES)
                .stopWords(CharArraySet.EMPTY_SET)
                .folding(true)
                .foldIY(true)
                .build();
        vietnameseSynonyms = VietnameseAnalyzer.builder()
                .abbreviations(VietnameseAnalyzer.AbbreviationSynonyms.INDEX)
                .build();
    }

    @TearDown
    public void tearDown() {
        standard.close();
        vietnamese.close();
        vietnameseFolded.close();
        vietnameseSynonyms.close();
    }

    /** Reference: Lucene's StandardAnalyzer (UAX#29 tokenizer, lower case, no stop words). */
    @Benchmark
    public long reference_standardAnalyzer(Throughput t) {
        return analyze(standard, t);
    }

    /** The default chain: normalization char filter, words, lower case, stop words. */
    @Benchmark
    public long vietnameseAnalyzer_words(Throughput t) {
        return analyze(vietnamese, t);
    }

    /** The folded field: normalization char filter, syllables, lower case, accent and i/y folding. */
    @Benchmark
    public long vietnameseAnalyzer_syllablesFolded(Throughput t) {
        return analyze(vietnameseFolded, t);
    }

    /** The default chain with index-time abbreviation synonyms (synonym graph, flatten). */
    @Benchmark
    public long vietnameseAnalyzer_wordsAbbreviationSynonyms(Throughput t) {
        return analyze(vietnameseSynonyms, t);
    }

    private long analyze(Analyzer a, Throughput t) {
        long h = 0;
        try (TokenStream ts = a.tokenStream("body", t.read(clean))) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                h += term.length() + 31L * term.charAt(0);
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        t.syllables += cleanSyllables;
        return h;
    }

    private static long letterRuns(String s) {
        long runs = 0;
        boolean in = false;
        for (int i = 0; i < s.length(); i++) {
            boolean letter = Character.isLetter(s.charAt(i));
            if (letter && !in) {
                runs++;
            }
            in = letter;
        }
        return runs;
    }
}
