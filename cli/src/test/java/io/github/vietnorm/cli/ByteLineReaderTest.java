package io.github.vietnorm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class ByteLineReaderTest {

    /** A stream that returns at most {@code chunk} bytes per read, to split lines, CRLFs and UTF-8 sequences anywhere. */
    static InputStream chunked(byte[] b, int chunk) {
        return new ByteArrayInputStream(b) {
            @Override
            public synchronized int read(byte[] buf, int off, int len) {
                return super.read(buf, off, Math.min(len, chunk));
            }
        };
    }

    static String roundTrip(InputStream in) throws IOException {
        ByteLineReader r = new ByteLineReader(in);
        StringBuilder sb = new StringBuilder();
        byte[] line;
        while ((line = r.readLine()) != null) {
            sb.append(ByteLineReader.decode(line)).append(r.terminator());
        }
        return sb.toString();
    }

    @Property(tries = 300)
    void linesAndTerminatorsReproduceTheInput(
            @ForAll @StringLength(max = 200) @CharRange(from = '\n', to = '\r') @CharRange(from = 'a', to = 'c')
            @CharRange(from = 'ạ', to = 'ỹ') String s,
            @ForAll @IntRange(min = 1, max = 7) int chunk) throws IOException {
        assertEquals(s, roundTrip(chunked(s.getBytes(StandardCharsets.UTF_8), chunk)));
    }

    @Test
    void splitsOnLfAndCrlfOnlyLikeTheCharReader() throws IOException {
        ByteLineReader r = new ByteLineReader(new ByteArrayInputStream("a\r\nb\rc\n\nđ".getBytes(StandardCharsets.UTF_8)));
        List<String> lines = new ArrayList<>();
        List<String> terms = new ArrayList<>();
        byte[] l;
        while ((l = r.readLine()) != null) {
            lines.add(ByteLineReader.decode(l));
            terms.add(r.terminator());
        }
        assertEquals(List.of("a", "b\rc", "", "đ"), lines);
        assertEquals(List.of("\r\n", "\n", "\n", ""), terms);
    }

    @Test
    void aVeryLongLineWithoutNewline() throws IOException {
        String big = "ắb".repeat(3_000_000);
        ByteLineReader r = new ByteLineReader(chunked(big.getBytes(StandardCharsets.UTF_8), 1 << 20));
        assertEquals(big, ByteLineReader.decode(r.readLine()));
        assertEquals("", r.terminator());
        assertNull(r.readLine());
    }

    @Test
    void malformedUtf8IsAnErrorButARealReplacementCharIsNot() throws IOException {
        assertThrows(CharacterCodingException.class, () -> ByteLineReader.decode(new byte[] {'a', (byte) 0xC3}));
        assertEquals("a\uFFFDb", ByteLineReader.decode("a\uFFFDb".getBytes(StandardCharsets.UTF_8)));
    }
}
