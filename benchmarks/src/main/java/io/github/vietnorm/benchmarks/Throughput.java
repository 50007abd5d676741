package io.github.vietnorm.benchmarks;

import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * JMH secondary counters: each benchmark adds the UTF-8 bytes (and, for tokenizers, the syllables)
 * it processed, so the report gives MB/s and syllables/s beside operations/s.
 */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.OPERATIONS)
public class Throughput {
    /** UTF-8 bytes of input processed. */
    public long bytes;
    /** Syllables (or tokens) processed. */
    public long syllables;

    /** Counts the UTF-8 bytes of {@code text} (measured once per text) and returns it: {@code f(t.read(clean))}. */
    String read(String text) { // not public: JMH counts every public method of an @AuxCounters class
        bytes += BenchmarkData.utf8BytesOf(text);
        return text;
    }

    @Setup(Level.Iteration)
    public void reset() {
        bytes = 0;
        syllables = 0;
    }
}
