package io.github.vietnorm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class LineReaderTest {

    /** A reader that returns at most {@code chunk} chars per read, to split lines and CRLFs anywhere. */
    static Reader chunked(String s, int chunk) {
        return new Reader() {
            final StringReader in = new StringReader(s);

            @Override
            public int read(char[] cbuf, int off, int len) throws IOException {
                return in.read(cbuf, off, Math.min(len, chunk));
            }

            @Override
            public void close() {
                in.close();
            }
        };
    }

    static String roundTrip(Reader r) throws IOException {
        LineReader lr = new LineReader(r);
        StringBuilder sb = new StringBuilder();
        String line;
        while ((line = lr.readLine()) != null) {
            sb.append(line).append(lr.terminator());
        }
        return sb.toString();
    }

    @Property(tries = 300)
    void linesAndTerminatorsReproduceTheInput(
            @ForAll @StringLength(max = 200) @CharRange(from = '\n', to = '\r') @CharRange(from = 'a', to = 'c') String s,
            @ForAll @IntRange(min = 1, max = 7) int chunk) throws IOException {
        assertEquals(s, roundTrip(chunked(s, chunk)));
    }

    @Test
    void splitsOnLfAndCrlfOnly() throws IOException {
        LineReader lr = new LineReader(new StringReader("a\r\nb\rc\n\nd"));
        List<String> lines = new ArrayList<>();
        List<String> terms = new ArrayList<>();
        String l;
        while ((l = lr.readLine()) != null) {
            lines.add(l);
            terms.add(lr.terminator());
        }
        assertEquals(List.of("a", "b\rc", "", "d"), lines);
        assertEquals(List.of("\r\n", "\n", "\n", ""), terms);
    }

    @Test
    void aVeryLongLineWithoutNewline() throws IOException {
        String big = "ab".repeat(3_000_000);
        LineReader lr = new LineReader(new StringReader(big));
        assertEquals(big, lr.readLine());
        assertEquals("", lr.terminator());
        assertNull(lr.readLine());
    }
}
