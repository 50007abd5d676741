package io.github.vietnorm.benchmarks;

import com.ibm.icu.text.Normalizer2;
import io.github.vietnorm.ToneStyle;
import io.github.vietnorm.VietnameseNormalizer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Tone-mark placement through the public normalizer, configured with only what it needs (legacy
 * repair, word splitting and abbreviations off: the Unicode stages plus tone placement), on clean
 * text (already in the traditional style, so the fast path) and on tone-damaged text (every second
 * open {@code oa/oe/uy} word switched to the other style, plus malformed marks such as {@code Qúy},
 * {@code hòan}, {@code nghịêm}), in both styles; beside a plain char loop and ICU4J NFC on the same
 * texts, measured in the same run.
 */
@State(Scope.Benchmark)
public class TonePlacementBenchmark {
    private final VietnameseNormalizer traditional = VietnameseNormalizer.builder().toneStyle(ToneStyle.TRADITIONAL)
            .repairLegacyEncodings(false).splitRunTogetherWords(false).expandAbbreviations(false).build();
    private final VietnameseNormalizer modern = VietnameseNormalizer.builder().toneStyle(ToneStyle.MODERN)
            .repairLegacyEncodings(false).splitRunTogetherWords(false).expandAbbreviations(false).build();
    private final Normalizer2 nfc = Normalizer2.getNFCInstance();
    String clean;
    String damaged;

    @Setup
    public void setup() {
        clean = traditional.normalize(BenchmarkData.cleanText(BenchmarkData.BENCH_CHARS / 4));
        if (traditional.normalize(clean) != clean) {
            throw new IllegalStateException("the clean text is not a fixed point of the normalizer");
        }
        damaged = toneDamage(clean);
    }

    /** Every second word whose style can switch is switched; a few malformed marks are typed in. */
    static String toneDamage(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean flip = false;
        int i = 0;
        int n = text.length();
        while (i < n) {
            int j = i;
            while (j < n && text.charAt(j) != ' ' && text.charAt(j) != '\n') {
                j++;
            }
            String word = text.substring(i, j);
            String switched = DamagedText.switchToneStyle(word);
            if (!switched.equals(word)) {
                flip = !flip;
                word = flip ? switched : word;
            }
            out.append(word);
            if (j < n) {
                out.append(text.charAt(j));
            }
            i = j + 1;
        }
        return out.toString().replace("Quý", "Qúy").replace("hoàn", "hòan").replace("nghiệm", "nghịêm")
                .replace("lượng", "lựơng").replace("ngoài", "ngòai").replace("tuệ", "tụê").replace("bảo", "baỏ");
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
    public String reference_icuNfc_damaged(Throughput t) {
        return nfc.normalize(t.read(damaged));
    }

    @Benchmark
    public String traditional_clean(Throughput t) {
        return traditional.normalize(t.read(clean));
    }

    @Benchmark
    public String traditional_damaged(Throughput t) {
        return traditional.normalize(t.read(damaged));
    }

    @Benchmark
    public String modern_damaged(Throughput t) {
        return modern.normalize(t.read(damaged));
    }
}
