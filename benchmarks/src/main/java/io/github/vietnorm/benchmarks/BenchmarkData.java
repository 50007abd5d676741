package io.github.vietnorm.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Benchmark inputs, read at run time from {@code ../shared} (never copied into the project): the
 * sample articles and the legal corpus. The location is the system property
 * {@code vietnorm.shared}, else {@code ../shared} from the working directory.
 */
public final class BenchmarkData {
    /** How much corpus text the throughput benchmarks use (characters). */
    public static final int BENCH_CHARS = Integer.getInteger("vietnorm.bench.chars", 4 << 20);

    private BenchmarkData() {
    }

    /** The shared folder. */
    public static Path shared() {
        Path p = Path.of(System.getProperty("vietnorm.shared", "../shared"));
        if (!Files.isDirectory(p)) {
            throw new IllegalStateException(p.toAbsolutePath() + " not found: run from the repository root with ../shared"
                    + " beside it, or pass -Dvietnorm.shared=/path/to/shared");
        }
        return p;
    }

    /** The legal corpus files (both versions), sorted. */
    public static List<Path> legalCorpusFiles() {
        Path dir = shared().resolve("corpora/vietnamese-legal-corpus-vlc");
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> p.toString().endsWith(".txt") && !p.getFileName().toString().startsWith("UPSTREAM")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The sample articles joined, then legal-corpus text, up to {@code maxChars}: clean NFC text. */
    public static String cleanText(int maxChars) {
        StringBuilder sb = new StringBuilder(maxChars + 1024);
        try (Stream<Path> s = Files.list(shared().resolve("samples"))) {
            for (Path p : s.sorted().toList()) {
                sb.append(Files.readString(p, StandardCharsets.UTF_8)).append('\n');
            }
            for (Path p : legalCorpusFiles()) {
                if (sb.length() >= maxChars) {
                    break;
                }
                sb.append(Files.readString(p, StandardCharsets.UTF_8)).append('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String text = sb.length() > maxChars ? sb.substring(0, cutAtLine(sb, maxChars)) : sb.toString();
        // the corpus has a few decomposed files and NBSPs: make the clean input really clean
        return io.github.vietnorm.VietnameseNormalizer.standard().normalize(com.ibm.icu.text.Normalizer2.getNFCInstance().normalize(text));
    }

    private static int cutAtLine(CharSequence s, int max) {
        for (int i = max; i > 0; i--) {
            if (s.charAt(i - 1) == '\n') {
                return i;
            }
        }
        return max;
    }

    /**
     * The reference every throughput table is compared with: a plain loop over the chars that
     * hashes them (the practical limit of any per-char pass).
     */
    public static int charLoop(String s) {
        int h = 0;
        for (int i = 0; i < s.length(); i++) {
            h = 31 * h + s.charAt(i);
        }
        return h;
    }

    private static final java.util.Map<String, Long> SIZES = java.util.Collections.synchronizedMap(new java.util.IdentityHashMap<>());

    /** UTF-8 size of a benchmark input, measured once per text (the same instance is asked every operation). */
    static long utf8BytesOf(String text) {
        return SIZES.computeIfAbsent(text, BenchmarkData::utf8Bytes);
    }

    /** UTF-8 size of a text. */
    public static long utf8Bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }
}
