package io.github.vietnorm.benchmarks;

import io.github.vietnorm.VietnameseNormalizer;
import io.github.vietnorm.VietnameseTokenizer;
import io.github.vietnorm.dictionaries.Abbreviations;
import io.github.vietnorm.dictionaries.Lexicon;
import io.github.vietnorm.dictionaries.StopWords;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;

/**
 * Dictionary load time: the first use of each shipped dictionary in a fresh JVM (class loading
 * included), one shot per fork, which is what an application or a command-line run pays once.
 * {@link Main} runs these with no warm-up and several forks, apart from the
 * throughput benchmarks; {@link #heapTable()} adds the heap each dictionary keeps.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class DictionaryLoadBenchmark {

    /** The shipped lexicon (read from its compiled snapshot). */
    @Benchmark
    public Object lexiconStandard() {
        return Lexicon.standard();
    }

    /** The lexicon built from its 46 text files: what a user lexicon over the shipped one costs. */
    @Benchmark
    public Object lexiconFromTextFiles() {
        return Lexicon.builder().build();
    }

    @Benchmark
    public Object abbreviationsStandard() {
        return Abbreviations.standard();
    }

    @Benchmark
    public Object stopWordsStandard() {
        return StopWords.standard();
    }

    /** Everything a default normalizer needs to repair a run-together word: tables, grammar, lexicon. */
    @Benchmark
    public Object normalizerFirstDirtyLine() {
        return VietnameseNormalizer.standard().normalize("Đại hội nhằm tổng kếtthực hiện Nghị quyết");
    }

    /** Everything the default tokenizer needs for its first sentence. */
    @Benchmark
    public Object tokenizerFirstSentence() {
        return VietnameseTokenizer.standard().segment("Sở Khoa học và Công nghệ tổ chức hội nghị");
    }

    /**
     * The heap each dictionary keeps once loaded, measured in this JVM as the used heap after a full
     * collection, before and after loading (rough, to the tens of kilobytes).
     */
    static String heapTable() {
        Map<String, Supplier<Object>> loads = new LinkedHashMap<>();
        loads.put("Lexicon.standard()", Lexicon::standard);
        loads.put("Abbreviations.standard()", Abbreviations::standard);
        loads.put("StopWords.standard()", StopWords::standard);
        loads.put("VietnameseNormalizer.standard() + first dirty line (tables, grammar; lexicon above)",
                () -> VietnameseNormalizer.standard().normalize("tổng kếtthực hiện"));
        StringBuilder sb = new StringBuilder("| dictionary | heap kept |\n|---|---:|\n");
        Object[] keep = new Object[loads.size()];
        int k = 0;
        for (Map.Entry<String, Supplier<Object>> e : loads.entrySet()) {
            long before = usedAfterGc();
            keep[k++] = e.getValue().get();
            long after = usedAfterGc();
            sb.append(String.format(Locale.ROOT, "| %s | %.2f MB |%n", e.getKey(), (after - before) / 1e6));
        }
        sb.append(String.format(Locale.ROOT, "| (Lexicon.footprintBytes(): its arrays) | %.2f MB |%n",
                Lexicon.standard().footprintBytes() / 1e6));
        if (keep.length == 0) {
            throw new AssertionError();
        }
        return sb.toString();
    }

    private static long usedAfterGc() {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return rt.totalMemory() - rt.freeMemory();
    }
}
