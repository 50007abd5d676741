package io.github.vietnorm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.github.vietnorm.dictionaries.Syllables;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/** No byte sequence or string makes the decoders, the detector or the repair throw; clean Unicode never changes. */
class EncodingProperties {
    private static final List<String> SYLLABLES = new ArrayList<>();

    static {
        Syllables.forEachValid(SYLLABLES::add);
    }

    @Provide
    Arbitrary<byte[]> bytes() {
        Arbitrary<Byte> b = Arbitraries.frequencyOf(
                Tuple.of(40, Arbitraries.bytes()),
                Tuple.of(30, Arbitraries.of((byte) 'a', (byte) 'e', (byte) 'o', (byte) 'u', (byte) 'n', (byte) ' ', (byte) '\n', (byte) 'd')),
                Tuple.of(20, Arbitraries.bytes().between((byte) 0x80, (byte) 0xFF)),
                Tuple.of(10, Arbitraries.of((byte) '^', (byte) '(', (byte) '+', (byte) '\'', (byte) '`', (byte) '?', (byte) '~', (byte) '.', (byte) '\\')));
        return b.array(byte[].class).ofMaxSize(80);
    }

    @Provide
    Arbitrary<String> strings() {
        Arbitrary<Character> c = Arbitraries.frequencyOf(
                Tuple.of(30, Arbitraries.chars().range('\u0080', '\u00FF')),
                Tuple.of(25, Arbitraries.of('a', 'e', 'o', 'u', 'n', 'g', 'h', 'T', 'V', ' ', '\n', '\r', '\t')),
                Tuple.of(10, Arbitraries.of('‘', '’', '“', '”', '–', '—', '…', '•', '€', '™', 'Œ', 'œ', '‰', '‡')),
                Tuple.of(10, Arbitraries.of('ệ', 'ả', 'ư', 'ơ', 'đ', 'Đ', '\u0301', '\u0323', '\u0302')),
                Tuple.of(10, Arbitraries.chars().range('\u0000', '\u001F')),
                Tuple.of(5, Arbitraries.chars().range('\uD800', '\uDFFF')),
                Tuple.of(10, Arbitraries.chars().all()));
        return c.list().ofMaxSize(80).map(l -> {
            StringBuilder sb = new StringBuilder();
            l.forEach(sb::append);
            return sb.toString();
        });
    }

    /** Text made of valid syllables in any case, with punctuation: valid Unicode Vietnamese. */
    @Provide
    Arbitrary<String> vietnamese() {
        Arbitrary<String> word = Arbitraries.of(SYLLABLES).flatMap(s -> Arbitraries.of(
                s, s.toUpperCase(java.util.Locale.ROOT), s.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + s.substring(1)));
        Arbitrary<String> sep = Arbitraries.of(" ", " ", " ", ", ", ". ", " – ", " “", "” ", "\n", " (", ") ", ": ", " 2022 ");
        return Arbitraries.lazy(() -> word.list().ofMinSize(1).ofMaxSize(25)).flatMap(words ->
                sep.list().ofSize(words.size()).map(seps -> {
                    StringBuilder sb = new StringBuilder();
                    for (int i = 0; i < words.size(); i++) {
                        sb.append(words.get(i)).append(seps.get(i));
                    }
                    return sb.toString();
                }));
    }

    @Property(tries = 300)
    void anyBytesDecodeAndDetect(@ForAll("bytes") byte[] b) {
        for (VietnameseEncoding e : VietnameseEncoding.values()) {
            assertNotNull(e.decode(b));
            if (e != VietnameseEncoding.UTF_8 && e != VietnameseEncoding.CP1258) {
                Charset cs = e.charset();
                if (e == VietnameseEncoding.TCVN3) { // the charset keeps the case as stored; decode restores capitals
                    assertEquals(e.decode(b).toLowerCase(java.util.Locale.ROOT), new String(b, cs).toLowerCase(java.util.Locale.ROOT));
                } else {
                    assertEquals(e.decode(b), new String(b, cs));
                }
            }
        }
        assertNotNull(LegacyText.decode(b));
        Detection d = LegacyText.detect(b);
        assertNotNull(d.encoding());
    }

    @Property(tries = 300)
    void anyStringRepairsAndEncodes(@ForAll("strings") String s) {
        String once = LegacyText.repair(s);
        assertNotNull(once);
        for (VietnameseEncoding e : VietnameseEncoding.values()) {
            assertNotNull(e.encode(s));
            e.canEncode(s);
            if (e != VietnameseEncoding.UTF_8 && e != VietnameseEncoding.CP1258) {
                assertNotNull(s.getBytes(e.charset()));
            }
        }
    }

    @Property(tries = 300)
    void validUnicodeVietnameseNeverChanges(@ForAll("vietnamese") String text) {
        assertSame(text, LegacyText.repair(text));
        assertEquals(text, LegacyText.decode(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }
}
