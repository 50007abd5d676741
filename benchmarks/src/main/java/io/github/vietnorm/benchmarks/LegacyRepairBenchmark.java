package io.github.vietnorm.benchmarks;

import io.github.vietnorm.LegacyText;
import io.github.vietnorm.VietnameseEncoding;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The legacy-encoding repair stage ({@link LegacyText#repair(String)}) on clean Unicode text (the
 * fast path: every line is checked, nothing is allocated) and on mojibake (TCVN3 and VNI read as
 * Windows-1252, UTF-8 read as Windows-1252), beside a plain loop over the same chars, and the
 * byte-level decoders ({@link LegacyText#decode(byte[])} with detection, and
 * {@link VietnameseEncoding#decode(byte[])} with the encoding known).
 */
@State(Scope.Benchmark)
public class LegacyRepairBenchmark {
    /** Mojibake inputs are smaller: repairing decodes every line with every candidate encoding. */
    private static final int MOJIBAKE_CHARS = Math.max(1 << 16, BenchmarkData.BENCH_CHARS / 8);

    String clean;
    String tcvn3Seen;
    String vniSeen;
    String utf8Seen;
    byte[] tcvn3Bytes;
    /** UTF-8 size of the text the mojibake and legacy bytes stand for (what those benchmarks count). */
    long mojibakeBytes;

    @Setup
    public void setup() {
        clean = BenchmarkData.cleanText(BenchmarkData.BENCH_CHARS);
        String small = BenchmarkData.cleanText(MOJIBAKE_CHARS);
        mojibakeBytes = BenchmarkData.utf8Bytes(small);
        tcvn3Bytes = VietnameseEncoding.TCVN3.encode(small);
        tcvn3Seen = EncodingDetectionAccuracy.asWindows1252(tcvn3Bytes);
        vniSeen = EncodingDetectionAccuracy.asWindows1252(VietnameseEncoding.VNI.encode(small));
        utf8Seen = EncodingDetectionAccuracy.asWindows1252(VietnameseEncoding.UTF_8.encode(small));
    }

    @Benchmark
    public int reference_charLoop_clean(Throughput t) {
        return BenchmarkData.charLoop(t.read(clean));
    }

    @Benchmark
    public String repair_clean(Throughput t) {
        return LegacyText.repair(t.read(clean));
    }

    @Benchmark
    public String repair_tcvn3Mojibake(Throughput t) {
        t.bytes += mojibakeBytes;
        return LegacyText.repair(tcvn3Seen);
    }

    @Benchmark
    public String repair_vniMojibake(Throughput t) {
        t.bytes += mojibakeBytes;
        return LegacyText.repair(vniSeen);
    }

    @Benchmark
    public String repair_utf8Mojibake(Throughput t) {
        t.bytes += mojibakeBytes;
        return LegacyText.repair(utf8Seen);
    }

    @Benchmark
    public String decode_tcvn3Detected(Throughput t) {
        t.bytes += mojibakeBytes;
        return LegacyText.decode(tcvn3Bytes);
    }

    @Benchmark
    public String decode_tcvn3Known(Throughput t) {
        t.bytes += mojibakeBytes;
        return VietnameseEncoding.TCVN3.decode(tcvn3Bytes);
    }
}
