package io.github.vietnorm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.text.Normalizer2;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Properties every configuration of the normalizer must keep, over arbitrary strings. */
class NormalizerProperties {
    private static final VietnameseNormalizer[] NORMALIZERS = {
        VietnameseNormalizer.builder().build(),
        VietnameseNormalizer.builder().toneStyle(ToneStyle.MODERN).build(),
        VietnameseNormalizer.builder().expandAbbreviations(true).build(),
        VietnameseNormalizer.builder().splitRunTogetherWords(false).repairLegacyEncodings(false).build(),
    };

    /** Text that looks like damaged Vietnamese, with every kind of hostile character mixed in. */
    @Provide
    Arbitrary<String> text() {
        Arbitrary<Character> chars = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(30, Arbitraries.of('a', 'e', 'o', 'u', 'i', 'y', 'n', 'g', 'h', 't', 'c', 'q', 'k', 'đ', 'Đ', 'Q', 'U', 'Y', 'O', 'A')),
                net.jqwik.api.Tuple.of(15, Arbitraries.of('ơ', 'ư', 'ă', 'â', 'ê', 'ô', 'á', 'ạ', 'ỏ', 'ũ', 'ề', 'ộ', 'ừ', 'ỷ', 'Ủ', 'Ò', 'ý', 'ú')),
                net.jqwik.api.Tuple.of(10, Arbitraries.of('\u0300', '\u0301', '\u0302', '\u0303', '\u0306', '\u0309', '\u0323', '\u031B', '\u0340')),
                net.jqwik.api.Tuple.of(15, Arbitraries.of(' ', ' ', '\t', '\n', '\r', '\u00A0', '\u2003', '\u202F', '\u3000')),
                net.jqwik.api.Tuple.of(6, Arbitraries.of('\u200B', '\u200C', '\u200D', '\uFEFF', '\u2060', '\u00AD', '\u00D0', '\u00F0')),
                net.jqwik.api.Tuple.of(10, Arbitraries.of('.', ',', ';', ':', '/', '-', '&', '%', '@', '(', ')', '–', '0', '1', '2', '9')),
                net.jqwik.api.Tuple.of(6, Arbitraries.of('®', '©', '¸', 'µ', 'Ö', 'Þ', '§', '¶', 'á', 'º', 'Ã', '»', 'Æ', '¡')),
                net.jqwik.api.Tuple.of(4, Arbitraries.chars().range('\uD800', '\uDFFF')),
                net.jqwik.api.Tuple.of(4, Arbitraries.chars().range('\u0000', '\u001F')),
                net.jqwik.api.Tuple.of(4, Arbitraries.chars().all()));
        return chars.list().ofMaxSize(60).map(l -> {
            StringBuilder sb = new StringBuilder(l.size());
            l.forEach(sb::append);
            return sb.toString();
        });
    }

    @Property(tries = 400)
    void neverThrowsAndEditsReproduceTheOutput(@ForAll("text") String s) {
        for (VietnameseNormalizer n : NORMALIZERS) {
            String plain = n.normalize(s);
            Normalized r = n.normalizeWithEdits(s);
            assertEquals(plain, r.text(), "normalize and normalizeWithEdits agree");
            assertEquals(r.text(), EditLog.apply(s, r.edits()), "applying the edits to the input gives the output");
            int last = -1;
            for (Edit e : r.edits()) {
                assertTrue(e.start() >= last && e.end() <= s.length(), "edits sorted, non-overlapping, in bounds: " + r.edits());
                last = e.end();
            }
        }
    }

    @Property(tries = 400)
    void idempotent(@ForAll("text") String s) {
        for (VietnameseNormalizer n : NORMALIZERS) {
            String once = n.normalize(s);
            assertEquals(once, n.normalize(once), () -> "not idempotent for " + escape(s) + " with " + n);
        }
    }

    @Property(tries = 400)
    void outputIsNfcWhereTheInputIsWellFormed(@ForAll("text") String s) {
        Normalizer2 nfc = Normalizer2.getNFCInstance();
        for (VietnameseNormalizer n : NORMALIZERS) {
            String out = n.normalize(s);
            assertTrue(nfc.isNormalized(out), () -> "not NFC: " + escape(out));
        }
    }

    @Property(tries = 400)
    void offsetMapIsMonotonicAndInBounds(@ForAll("text") String s) {
        for (VietnameseNormalizer n : NORMALIZERS) {
            Normalized r = n.normalizeWithEdits(s);
            assertEquals(s.length(), r.toOriginalOffset(r.text().length()));
            int prev = 0;
            for (int i = 0; i <= r.text().length(); i++) {
                int o = r.toOriginalOffset(i);
                assertTrue(o >= prev && o <= s.length(), "monotonic and in bounds at " + i);
                prev = o;
            }
        }
    }

    static String escape(String s) {
        StringBuilder sb = new StringBuilder();
        for (char c : s.toCharArray()) {
            if (c < 0x20 || c > 0x7E) {
                sb.append(String.format("\\u%04X", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
