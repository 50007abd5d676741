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

    @Setup
    public void setup() {
        clean = BenchmarkData.cleanText(BenchmarkData.BENCH_CHARS);
        damaged = DamagedText.mixed(clean, 20, 42);
        decomposed = DamagedText.decomposed(clean);
    }

    @Benchmark
    public int reference_charLoop_clean(Throughput t) {
        return BenchmarkData.charLoop(t.read(clean));
    }

    @Benchmark
    public String reference_icuNfc_clean(Throughput t) {
        return nfc.normalize(t.read(clean));
    }

    @Benchmark
    public String reference_icuNfc_decomposed(Throughput t) {
        return nfc.normalize(t.read(decomposed));
    }

    @Benchmark
    public String normalizer_clean(Throughput t) {
        return normalizer.normalize(t.read(clean));
    }

    @Benchmark
    public String normalizer_damaged(Throughput t) {
        return normalizer.normalize(t.read(damaged));
    }

    @Benchmark
    public String normalizer_decomposed(Throughput t) {
        return normalizer.normalize(t.read(decomposed));
    }
}
