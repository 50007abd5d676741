package io.github.vietnorm.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
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
 * UTF-8 input is split into lines as bytes and decoded on the workers, so the reading thread only
 * moves bytes.
 */
final class ParallelLines implements AutoCloseable {
    private static final int BATCH_LINES = 2048;
    private static final int BATCH_CHARS = 1 << 20;

    /** The work done on each line, on any thread. */
    interface Work<R> {
        R apply(String line) throws Exception;
    }

    /** The work done on each line of UTF-8 input, given also the line's bytes (to reuse when nothing changes). */
    interface BytesWork<R> {
        R apply(String line, byte[] utf8) throws Exception;
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
        final Work<R> work;
        BytesWork<R> bytesWork;
        final List<String> terminators = new ArrayList<>();
        /** The lines' text: filled by the reader, or by the worker that decodes {@link #raw}. */
        List<String> lines = new ArrayList<>();
        /** UTF-8 lines still to decode, and the input's name for the error. */
        List<byte[]> raw;
        String name;
        Future<List<R>> results;
        long chars;

        Batch(long firstLine, Sink<R> sink, Work<R> work) {
            this.firstLine = firstLine;
            this.sink = sink;
            this.work = work;
        }

        /** Decodes (for UTF-8 input) and applies the work to every line; on any thread. */
        List<R> compute() throws Exception {
            if (raw != null) {
                List<String> text = new ArrayList<>(raw.size());
                List<R> out = new ArrayList<>(raw.size());
                for (byte[] b : raw) {
                    String line;
                    try {
                        line = ByteLineReader.decode(b);
                    } catch (CharacterCodingException e) {
                        throw new IOException(name + ": not valid UTF-8 (is it a legacy encoding? try --encoding)", e);
                    }
                    text.add(line);
                    out.add(bytesWork.apply(line, b));
                }
                lines = text;
                raw = null;
                return out;
            }
            List<R> out = new ArrayList<>(lines.size());
            for (String l : lines) {
                out.add(work.apply(l));
            }
            return out;
        }

        int size() {
            return raw != null ? raw.size() : lines.size();
        }

        void deliver(List<R> results) throws IOException {
            for (int i = 0; i < results.size(); i++) {
                sink.accept(firstLine + i, lines.get(i), terminators.get(i), results.get(i));
            }
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
            Batch<R> batch = new Batch<>(lineNumber, sink, work);
            String line;
            while (batch.lines.size() < BATCH_LINES && batch.chars < BATCH_CHARS && (line = reader.readLine()) != null) {
                batch.lines.add(line);
                batch.terminators.add(reader.terminator());
                batch.chars += line.length() + reader.terminator().length();
            }
            if (batch.lines.isEmpty()) {
                return lineNumber;
            }
            lineNumber += batch.lines.size();
            submit(batch);
        }
    }

    /**
     * Processes every line of a UTF-8 byte stream, decoding on the workers; malformed UTF-8 fails
     * with {@code "<name>: not valid UTF-8 …"}. The sink gets the decoded lines.
     *
     * @return the number of the line after the last one read
     */
    <R> long runUtf8(ByteLineReader reader, String name, long firstLine, BytesWork<R> work, Sink<R> sink) throws IOException {
        long lineNumber = firstLine;
        while (true) {
            Batch<R> batch = new Batch<>(lineNumber, sink, null);
            batch.bytesWork = work;
            batch.raw = new ArrayList<>();
            batch.name = name;
            byte[] line;
            while (batch.raw.size() < BATCH_LINES && batch.chars < BATCH_CHARS && (line = reader.readLine()) != null) {
                batch.raw.add(line);
                batch.terminators.add(reader.terminator());
                batch.chars += line.length + reader.terminator().length();
            }
            if (batch.raw.isEmpty()) {
                return lineNumber;
            }
            lineNumber += batch.raw.size();
            submit(batch);
        }
    }

    private <R> void submit(Batch<R> batch) throws IOException {
        if (pool == null) {
            batch.deliver(computeNow(batch));
            return;
        }
        batch.results = pool.submit(batch::compute);
        inFlight.add(batch);
        if (inFlight.size() >= 2 * threads) {
            deliverOldest();
        }
    }

    /** Delivers every batch still in flight, in order. Call after the last input. */
    void finish() throws IOException {
        while (!inFlight.isEmpty()) {
            deliverOldest();
        }
    }

    private void deliverOldest() throws IOException {
        deliverDone(inFlight.poll());
    }

    private static <R> void deliverDone(Batch<R> b) throws IOException {
        b.deliver(await(b));
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

    private static <R> List<R> computeNow(Batch<R> b) throws IOException {
        try {
            return b.compute();
        } catch (IOException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException(e);
        }
    }

    @Override
    public void close() {
        if (pool != null) {
            pool.shutdownNow();
        }
    }
}
