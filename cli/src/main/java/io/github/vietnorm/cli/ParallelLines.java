package io.github.vietnorm.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Streams lines through a function on all cores and hands the results back in input order, in
 * constant memory: lines are read in batches, at most a few batches per thread are in flight, and
 * each finished batch is written before more input is read. Successive inputs share the pipeline
 * (a new file does not wait for the last one to drain); {@link #finish()} delivers what is left.
 */
final class ParallelLines implements AutoCloseable {
    private static final int BATCH_LINES = 2048;
    private static final int BATCH_CHARS = 1 << 20;

    /** The work done on each line, on any thread. */
    interface Work<R> {
        R apply(String line) throws Exception;
    }

    /** Receives each line's result, in input order, on the calling thread. */
    interface Sink<R> {
        void accept(long lineNumber, String line, String terminator, R result) throws IOException;
    }

    private final int threads;
    private final ExecutorService pool;
    private final ArrayDeque<Batch<?>> inFlight = new ArrayDeque<>();

    ParallelLines(int threads) {
        this.threads = Math.max(1, threads);
        this.pool = this.threads == 1 ? null : Executors.newFixedThreadPool(this.threads, r -> {
            Thread t = new Thread(r, "vietnorm-worker");
            t.setDaemon(true);
            return t;
        });
    }

    private static final class Batch<R> {
        final long firstLine;
        final Sink<R> sink;
        final List<String> lines = new ArrayList<>();
        final List<String> terminators = new ArrayList<>();
        Future<List<R>> results;
        long chars;

        Batch(long firstLine, Sink<R> sink) {
            this.firstLine = firstLine;
            this.sink = sink;
        }

        void deliver() throws IOException {
            ParallelLines.deliver(this, await(this), sink);
        }
    }

    /**
     * Processes every line of {@code reader}.
     *
     * @param firstLine the number given to the first line (1 for a new file)
     * @return the number of the line after the last one read
     */
    <R> long run(LineReader reader, long firstLine, Work<R> work, Sink<R> sink) throws IOException {
        long lineNumber = firstLine;
        while (true) {
            Batch<R> batch = new Batch<>(lineNumber, sink);
            String line;
            while (batch.lines.size() < BATCH_LINES && batch.chars < BATCH_CHARS && (line = reader.readLine()) != null) {
                batch.lines.add(line);
                batch.terminators.add(reader.terminator());
                batch.chars += line.length() + reader.terminator().length();
            }
            if (batch.lines.isEmpty()) {
                break;
            }
            lineNumber += batch.lines.size();
            if (pool == null) {
                deliver(batch, computeNow(batch.lines, work), sink);
                continue;
            }
            final Batch<R> b = batch;
            b.results = pool.submit(() -> compute(b.lines, work));
            inFlight.add(b);
            if (inFlight.size() >= 2 * threads) {
                inFlight.poll().deliver();
            }
        }
        return lineNumber;
    }

    /** Delivers every batch still in flight, in order. Call after the last input. */
    void finish() throws IOException {
        while (!inFlight.isEmpty()) {
            inFlight.poll().deliver();
        }
    }

    private static <R> List<R> compute(List<String> lines, Work<R> work) throws Exception {
        List<R> out = new ArrayList<>(lines.size());
        for (String l : lines) {
            out.add(work.apply(l));
        }
        return out;
    }

    private static <R> List<R> await(Batch<R> b) throws IOException {
        try {
            return b.results.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof IOException io) {
                throw io;
            }
            if (c instanceof UncheckedIOException u) {
                throw u.getCause();
            }
            if (c instanceof RuntimeException r) {
                throw r;
            }
            if (c instanceof Error err) {
                throw err;
            }
            throw new IOException(c);
        }
    }

    private static <R> List<R> computeNow(List<String> lines, Work<R> work) throws IOException {
        try {
            return compute(lines, work);
        } catch (IOException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException(e);
        }
    }

    private static <R> void deliver(Batch<R> b, List<R> results, Sink<R> sink) throws IOException {
        for (int i = 0; i < results.size(); i++) {
            sink.accept(b.firstLine + i, b.lines.get(i), b.terminators.get(i), results.get(i));
        }
    }

    @Override
    public void close() {
        if (pool != null) {
            pool.shutdownNow();
        }
    }
}
