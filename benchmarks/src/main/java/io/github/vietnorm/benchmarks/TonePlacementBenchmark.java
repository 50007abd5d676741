package io.github.vietnorm.benchmarks;

import com.ibm.icu.text.Normalizer2;
import io.github.vietnorm.ToneStyle;
import io.github.vietnorm.VietnameseNormalizer;
import io.github.vietnorm.dictionaries.Syllables;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Tone-mark placement through the public normalizer (legacy repair, spacing and abbreviations off,
 * so the pipeline is the Unicode stages plus tone placement) on clean text (already in the
 * traditional style: the fast path) and on damaged text (both styles mixed line by line, plus
 * malformed marks such as {@code Qúy}, {@code hòan}, {@code nghịêm}), beside ICU4J NFC on the same
 * text as the reference.
 *
 * <p>Text: {@code source=samples} reads the five news articles from {@code ../shared/samples}
 * (property {@code vietnorm.shared}), repeated to about 256 KB; {@code source=synthetic} builds the
 * same amount from the syllable grammar (valid syllables chosen at random, seeded). Throughput is
 * reported in operations per second; divide the text size (printed at setup) for MB/s.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class TonePlacementBenchmark {
    private static final int TARGET_CHARS = 256 * 1024;

    @Param({"samples", "synthetic"})
    public String source;

    private final VietnameseNormalizer traditional = VietnameseNormalizer.builder().toneStyle(ToneStyle.TRADITIONAL)
            .repairLegacyEncodings(false).splitRunTogetherWords(false).expandAbbreviations(false).build();
    private final VietnameseNormalizer modern = VietnameseNormalizer.builder().toneStyle(ToneStyle.MODERN)
            .repairLegacyEncodings(false).splitRunTogetherWords(false).expandAbbreviations(false).build();
    private final Normalizer2 nfc = Normalizer2.getNFCInstance();

    private String clean;
    private String damaged;

    @Setup
    public void setUp() {
        String raw = source.equals("samples") ? samples() : synthetic();
        StringBuilder b = new StringBuilder(TARGET_CHARS + raw.length());
        while (b.length() < TARGET_CHARS) {
            b.append(raw).append('\n');
        }
        clean = traditional.normalize(b.toString());
        if (traditional.normalize(clean) != clean) {
            throw new IllegalStateException("clean text is not a fixed point of the normalizer");
        }
        damaged = damage(clean);
        System.out.printf("%n%s: clean %d chars, damaged %d chars%n", source, clean.length(), damaged.length());
    }

    /** Every second line in the modern style; a few malformed marks injected. */
    private String damage(String text) {
        String[] lines = text.split("\n", -1);
        StringBuilder b = new StringBuilder(text.length());
        for (int i = 0; i < lines.length; i++) {
            String line = i % 2 == 1 ? modern.normalize(lines[i]) : lines[i];
            line = line.replace("Quý", "Qúy").replace("hoàn", "hòan").replace("nghiệm", "nghịêm")
                    .replace("lượng", "lựơng").replace("ngoài", "ngòai").replace("tuệ", "tụê").replace("bảo", "baỏ");
            b.append(line);
            if (i < lines.length - 1) {
                b.append('\n');
            }
        }
        return b.toString();
    }

    private static String samples() {
        Path dir = Path.of(System.getProperty("vietnorm.shared", "../shared"), "samples");
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException(dir + " absent: run with -Dvietnorm.shared=/path/to/shared or -p source=synthetic");
        }
        StringBuilder b = new StringBuilder();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                b.append(Files.readString(f, StandardCharsets.UTF_8)).append('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return b.toString();
    }

    /** Random valid syllables (traditional placement), capitalised at sentence starts, seeded. */
    private static String synthetic() {
        List<String> all = new ArrayList<>();
        Syllables.forEachValid(all::add);
        SplittableRandom r = new SplittableRandom(42);
        StringBuilder b = new StringBuilder(TARGET_CHARS);
        boolean sentenceStart = true;
        while (b.length() < TARGET_CHARS / 2) {
            String s = all.get(r.nextInt(all.size()));
            b.append(sentenceStart ? Character.toUpperCase(s.charAt(0)) + s.substring(1) : s);
            int k = r.nextInt(20);
            sentenceStart = k == 0;
            b.append(k == 0 ? ". " : k == 1 ? ", " : k == 2 ? "\n" : " ");
        }
        return b.toString();
    }

    @Benchmark
    public String traditionalClean() {
        return traditional.normalize(clean);
    }

    @Benchmark
    public String traditionalDamaged() {
        return traditional.normalize(damaged);
    }

    @Benchmark
    public String modernDamaged() {
        return modern.normalize(damaged);
    }

    @Benchmark
    public String icuNfcClean() {
        return nfc.normalize(clean);
    }

    @Benchmark
    public String icuNfcDamaged() {
        return nfc.normalize(damaged);
    }
}
