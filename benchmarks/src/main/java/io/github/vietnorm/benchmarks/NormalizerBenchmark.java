package io.github.vietnorm.benchmarks;

import com.ibm.icu.text.Normalizer2;
import io.github.vietnorm.VietnameseNormalizer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The whole normalizer (all default stages) on clean and on damaged text, beside the references
 * measured in the same run: a plain loop over the chars (the limit) and ICU4J NFC on clean and on
 * decomposed text.
 */
@State(Scope.Benchmark)
public class NormalizerBenchmark {
    private final VietnameseNormalizer normalizer = VietnameseNormalizer.standard();
    private final Normalizer2 nfc = Normalizer2.getNFCInstance();
    String clean;
    String damaged;
    String decomposed;
    long cleanBytes;
    long damagedBytes;
    long decomposedBytes;

    @Setup
    public void setup() {
        clean = BenchmarkData.cleanText(BenchmarkData.BENCH_CHARS);
        damaged = DamagedText.mixed(clean, 20, 42);
        decomposed = DamagedText.decomposed(clean);
        cleanBytes = BenchmarkData.utf8Bytes(clean);
        damagedBytes = BenchmarkData.utf8Bytes(damaged);
        decomposedBytes = BenchmarkData.utf8Bytes(decomposed);
    }

    @Benchmark
    public int reference_charLoop_clean(Throughput t) {
        t.bytes += cleanBytes;
        return BenchmarkData.charLoop(clean);
    }

    @Benchmark
    public String reference_icuNfc_clean(Throughput t) {
        t.bytes += cleanBytes;
        return nfc.normalize(clean);
    }

    @Benchmark
    public String reference_icuNfc_decomposed(Throughput t) {
        t.bytes += decomposedBytes;
        return nfc.normalize(decomposed);
    }

    @Benchmark
    public String normalizer_clean(Throughput t) {
        t.bytes += cleanBytes;
        return normalizer.normalize(clean);
    }

    @Benchmark
    public String normalizer_damaged(Throughput t) {
        t.bytes += damagedBytes;
        return normalizer.normalize(damaged);
    }

    @Benchmark
    public String normalizer_decomposed(Throughput t) {
        t.bytes += decomposedBytes;
        return normalizer.normalize(decomposed);
    }
}
