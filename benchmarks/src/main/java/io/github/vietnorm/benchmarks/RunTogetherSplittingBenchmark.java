package io.github.vietnorm.benchmarks;

import io.github.vietnorm.SpacingProbe;
import io.github.vietnorm.VietnameseNormalizer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The spacing stage ({@code RunTogetherSplitting}) and the protected-span scanner alone, on clean
 * corpus text and on the same text with 5% of its word boundaries run together (the damage of
 * {@link RunTogetherRecoveryAccuracy}), beside a plain loop over the chars (the practical limit)
 * and the normalizer with the stage switched off (what the stage adds to a full run).
 */
@State(Scope.Benchmark)
public class RunTogetherSplittingBenchmark {
    private final SpacingProbe probe = new SpacingProbe();
    private final VietnameseNormalizer withStage = VietnameseNormalizer.standard();
    private final VietnameseNormalizer withoutStage = VietnameseNormalizer.builder().splitRunTogetherWords(false).build();
    String clean;
    String damaged;

    @Setup
    public void setup() {
        clean = BenchmarkData.cleanText(BenchmarkData.BENCH_CHARS / 4);
        damaged = RunTogetherRecoveryAccuracy.removeSpaces(clean, 0.05, 42);
    }

    @Benchmark
    public int reference_charLoop_clean(Throughput t) {
        return BenchmarkData.charLoop(t.read(clean));
    }

    @Benchmark
    public int scanner_clean(Throughput t) {
        return SpacingProbe.scanProtectedSpans(t.read(clean));
    }

    @Benchmark
    public String stage_clean(Throughput t) {
        return probe.split(t.read(clean));
    }

    @Benchmark
    public String stage_damaged(Throughput t) {
        return probe.split(t.read(damaged));
    }

    @Benchmark
    public String normalizer_damaged(Throughput t) {
        return withStage.normalize(t.read(damaged));
    }

    @Benchmark
    public String reference_normalizerWithoutStage_damaged(Throughput t) {
        return withoutStage.normalize(t.read(damaged));
    }
}
