package io.github.vietnorm.benchmarks;

import io.github.vietnorm.StageTimer;
import io.github.vietnorm.VietnameseNormalizer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Each normalizer stage alone, on clean text and on damaged text (see {@link DamagedText#mixed}),
 * so a slow stage shows up by name. Compare with {@code NormalizerBenchmark}'s char loop and
 * ICU4J references from the same run.
 */
@State(Scope.Benchmark)
public class StageBenchmark {
    @Param({"LegacyEncodingRepair", "WhitespaceAndInvisibles", "UnicodeComposition", "TonePlacement",
            "RunTogetherSplitting", "AbbreviationExpansion"})
    public String stage;

    @Param({"clean", "damaged"})
    public String input;

    private StageTimer timer;
    private String text;
    private long bytes;

    @Setup
    public void setup() {
        VietnameseNormalizer all = VietnameseNormalizer.builder().expandAbbreviations(true).build();
        timer = StageTimer.of(all, stage);
        String clean = BenchmarkData.cleanText(BenchmarkData.BENCH_CHARS / 4);
        text = input.equals("clean") ? clean : DamagedText.mixed(clean, 20, 42);
        bytes = BenchmarkData.utf8Bytes(text);
    }

    @Benchmark
    public String stageAlone(Throughput t) {
        t.bytes += bytes;
        return timer.run(text);
    }
}
