package io.github.vietnorm.dictionaries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SyllablesTest {

    @ParameterizedTest
    @ValueSource(strings = {"a", "ba", "nghiêng", "nghĩa", "kìa", "ghế", "gì", "gìn", "giặt", "giữa", "giếng", "giết",
        "giêng", "gia", "quý", "Quý", "quả", "quốc", "quyết", "quỳnh", "quýt", "qui", "quy", "quơ", "quạu", "khuỷu", "khuya",
        "thuở", "huơ", "huệ", "tuệ", "khuếch", "hoạch", "hoàn", "hòa", "hoà", "khỏe", "khoẻ", "thủy", "thuỷ", "Ủy", "Uỷ", "ỦY",
        "UỶ", "ngoài", "ngoèo", "ngoáo", "xoáy", "khuấy", "chuyện", "yêu", "yên", "ỉa", "uống", "ước", "người", "rượu",
        "được", "Nguyễn", "NGUYỄN", "tiếng", "kỹ", "kĩ", "lý", "Thy", "y", "ý", "oà", "òa", "uy", "uế", "pin", "xăng", "xoong",
        "boong", "moóc", "Đắk", "Lắk", "Búk", "Kạn", "Kon", "Kông", "ka", "ăn", "ấy", "âu", "ếch", "ích", "ách", "ạch", "đ" + "ườ" + "ng", "chưn", "hừm"})
    void valid(String s) {
        assertTrue(Syllables.isValid(s), s);
        assertTrue(Syllables.isValid(Normalizer.normalize(s, Normalizer.Form.NFD)), s + " NFD");
        assertTrue(Syllables.isValid("x" + s + "x", 1, s.length() + 1), s + " range");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Smart", "Zalo", "COVID", "VietGAP", "karaoke", "kia" + "n", "kuô" + "n", "koa", "Krông", "Păh", "ke" + "o" + "k", "ca" + "e", "ge", "nge",
        "ngha", "kha" + "ch" + "a", "ươ", "ăm" + "x", "ă", "â", "hềt", "hảt", "họp" + "a", "buýt", "voan", "ghy", "gy", "qua" + "n" + "g" + "a",
        "w", "f", "j", "z", "1", "a1", "a b", "hòan", "Qúy", "qủa", "nghịêm", "lựơng", "ngòai", "tụê", "baỏ", "haì", "chuỵện",
        "aa", "ia" + "n", "ua" + "n", "ưa" + "n", "iên", "ya", "yêu" + "n", "ee", "ôô", "gii", "quu", "ngh"})
    void invalid(String s) {
        assertFalse(Syllables.isValid(s), s);
    }

    @Test
    void twoToneMarksAreInvalidButLettersParse() {
        String s = "o\u0301\u0309";
        assertFalse(Syllables.isValid(s));
        SyllableParts p = new SyllableParts();
        assertTrue(Syllables.parse(s, 0, s.length(), p));
        assertEquals(2, p.toneMarkCount());
        assertFalse(p.isValid());
    }

    @Test
    void decomposedInAnyMarkOrder() {
        for (String s : new String[] {"e\u0302\u0301", "e\u0301\u0302", "\u00e9\u0302", "\u00ea\u0301", "E\u0301\u0302"}) {
            SyllableParts p = new SyllableParts();
            assertTrue(Syllables.parse(s, 0, s.length(), p), s);
            assertTrue(p.isValid(), s);
            assertEquals("ê", p.nucleus());
            assertEquals(Tone.ACUTE, p.tone());
        }
        assertTrue(Syllables.isValid("NGU\u031bO\u031b\u0300I"));   // NGƯỜI, fully decomposed upper case
        assertFalse(Syllables.isValid("a\u0302\u0302"));           // two circumflexes
        assertFalse(Syllables.isValid("\u0301a"));                 // a mark with no letter
        assertFalse(Syllables.isValid("i\u031b"));                 // horn on i
    }

    @Test
    void parts() {
        assertParts("Nguyễn", "ng", "u", "yê", "n", Tone.TILDE);
        assertParts("quốc", "qu", "", "ô", "c", Tone.ACUTE);
        assertParts("gìn", "gi", "", "i", "n", Tone.GRAVE);
        assertParts("giữa", "gi", "", "ưa", "", Tone.TILDE);
        assertParts("khuỷu", "kh", "u", "y", "u", Tone.HOOK);
        assertParts("hoạch", "h", "o", "a", "ch", Tone.DOT);
        assertParts("máy", "m", "", "a", "y", Tone.ACUTE);
        assertParts("yên", "", "", "yê", "n", Tone.LEVEL);
        assertParts("nghĩa", "ngh", "", "ia", "", Tone.TILDE);
        assertParts("khuya", "kh", "u", "ya", "", Tone.LEVEL);
        assertParts("người", "ng", "", "ươ", "i", Tone.GRAVE);
    }

    private static void assertParts(String s, String onset, String medial, String nucleus, String coda, Tone tone) {
        assertEquals(Optional.of(new Syllable(onset, medial, nucleus, coda, tone)), Syllables.parse(s), s);
        SyllableParts p = new SyllableParts();
        assertTrue(Syllables.parse(s, 0, s.length(), p));
        assertEquals(onset, p.onset());
        assertEquals(medial, p.medial());
        assertEquals(nucleus, p.nucleus());
        assertEquals(coda, p.coda());
        assertEquals(tone, p.tone());
        assertEquals(s.length(), p.letterCount());
    }

    @Test
    void tonePositions() {
        assertPositions("hoa", 1, 2);
        assertPositions("khoe", 2, 3);
        assertPositions("thuy", 2, 3);
        assertPositions("uy", 0, 1);
        assertPositions("hoan", 2, 2);
        assertPositions("quy", 2, 2);
        assertPositions("qua", 2, 2);
        assertPositions("nghiêng", 4, 4);
        assertPositions("mua", 1, 1);
        assertPositions("muôn", 2, 2);
        assertPositions("ngoai", 3, 3);
        assertPositions("khuyu", 3, 3);
        assertPositions("gin", 1, 1);
        assertPositions("gia", 2, 2);
        assertPositions("xoong", 2, 2);
        SyllableParts p = new SyllableParts();
        assertTrue(Syllables.parse("hòan", 0, 4, p));
        assertEquals(1, p.toneMarkIndex());
        assertFalse(p.isValid());
        assertTrue(Syllables.parse("hoan", 0, 4, p));
        assertEquals(-1, p.toneMarkIndex());
    }

    private static void assertPositions(String s, int traditional, int modern) {
        SyllableParts p = new SyllableParts();
        assertTrue(Syllables.parse(s, 0, s.length(), p), s);
        assertEquals(traditional, p.traditionalToneIndex(), s + " traditional");
        assertEquals(modern, p.modernToneIndex(), s + " modern");
    }

    @Test
    void stopCodasTakeOnlyAcuteAndDot() {
        assertTrue(Syllables.isValid("học"));
        assertTrue(Syllables.isValid("hóc"));
        for (String s : new String[] {"hòc", "hỏc", "hõc", "hèt", "hẻp", "hổp", "hoc", "hêt"}) {
            assertFalse(Syllables.isValid(s), s);
            assertTrue(Syllables.isSyllableLetters(s, 0, s.length()), s);
        }
    }

    @Test
    void partsRequireASyllable() {
        SyllableParts p = new SyllableParts();
        assertFalse(Syllables.parse("Zalo", 0, 4, p));
        assertFalse(p.isSyllable());
        assertFalse(p.isValid());
        assertThrows(IllegalStateException.class, p::onset);
        assertThrows(IndexOutOfBoundsException.class, () -> Syllables.isValid("ab", 1, 3));
    }

    @Test
    void enumeratedSetIsValidCompleteAndUnique() {
        List<String> all = new ArrayList<>();
        Syllables.forEachValid(all::add);
        Set<String> unique = new HashSet<>(all);
        assertEquals(all.size(), unique.size(), "duplicates");
        SyllableParts p = new SyllableParts();
        for (String s : all) {
            assertEquals(Normalizer.normalize(s, Normalizer.Form.NFC), s);
            assertEquals(s.toLowerCase(Locale.ROOT), s);
            assertTrue(Syllables.isValid(s), s);
            String upper = s.toUpperCase(Locale.ROOT);
            assertTrue(Syllables.isValid(upper), upper);
            String nfd = Normalizer.normalize(s, Normalizer.Form.NFD);
            assertTrue(Syllables.parse(nfd, 0, nfd.length(), p) && p.isValid(), nfd);
        }
        // every toneless spelling × the tones its coda allows, plus the second placement of open oa/oe/uy
        assertTrue(all.size() > 6 * Syllables.tonelessCount() / 2, "size " + all.size());
        assertTrue(unique.contains("hòa") && unique.contains("hoà") && unique.contains("quốc") && unique.contains("gìn"));
        assertFalse(unique.contains("hòan") || unique.contains("hòc") || unique.contains("kòa"));
        for (String s : new String[] {"ă", "â", "ơ", "ư"}) {
            assertTrue(unique.contains(s.equals("ă") || s.equals("â") ? "ăn" : s), s);
        }
    }

    @Test
    void exhaustiveOverSingleLettersAndPairs() {
        // every string of one or two letters of the alphabet: valid exactly when the rules say so
        Set<String> valid = new HashSet<>();
        Syllables.forEachValid(valid::add);
        String letters = Syllables.LETTERS;
        for (int i = 0; i < letters.length(); i++) {
            String a = String.valueOf(letters.charAt(i));
            assertEquals(valid.contains(a), Syllables.isValid(a), a);
            for (int j = 0; j < letters.length(); j++) {
                String ab = a + letters.charAt(j);
                assertEquals(valid.contains(ab), Syllables.isValid(ab), ab);
            }
        }
    }

    @Test
    void helpers() {
        assertEquals('ê', Syllables.baseLetter('Ế'));
        assertEquals('đ', Syllables.baseLetter('Đ'));
        assertEquals('\0', Syllables.baseLetter('f'));
        assertEquals(Tone.ACUTE, Syllables.toneOf('ế'));
        assertEquals(Tone.LEVEL, Syllables.toneOf('ê'));
        assertEquals(null, Syllables.toneOf('1'));
        assertEquals('ế', Syllables.composed('ê', Tone.ACUTE));
        assertEquals('ư', Syllables.composed('ư', Tone.LEVEL));
        assertEquals('\0', Syllables.composed('b', Tone.ACUTE));
        assertEquals(Tone.GRAVE, Tone.ofMark('\u0300'));
        assertEquals(null, Tone.ofMark('a'));
    }

    @Test
    void checksAndParsesWithoutAllocating() {
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        org.junit.jupiter.api.Assumptions.assumeTrue(mx instanceof com.sun.management.ThreadMXBean, "no allocation counter");
        com.sun.management.ThreadMXBean bean = (com.sun.management.ThreadMXBean) mx;
        org.junit.jupiter.api.Assumptions.assumeTrue(bean.isThreadAllocatedMemorySupported() && bean.isThreadAllocatedMemoryEnabled(),
                "no allocation counter");
        String text = "Cộng ho\u0300a xã hội chủ nghĩa Việt Nam Smart";
        int[] bounds = new int[20];
        int words = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == ' ') {
                bounds[2 * words + 1] = i;
                words++;
                if (i < text.length()) {
                    bounds[2 * words] = i + 1;
                }
            }
        }
        bounds = java.util.Arrays.copyOf(bounds, 2 * words);
        SyllableParts p = new SyllableParts();
        long thread = Thread.currentThread().getId();
        int valid = 0;
        long before = 0;
        for (int round = 0; round < 2; round++) {          // round 0 warms up (class loading, tables)
            before = bean.getThreadAllocatedBytes(thread);
            for (int i = 0; i < 20_000; i++) {
                for (int b = 0; b < bounds.length; b += 2) {
                    if (Syllables.isValid(text, bounds[b], bounds[b + 1])) {
                        valid++;
                    }
                    Syllables.parse(text, bounds[b], bounds[b + 1], p);
                }
            }
        }
        long allocated = bean.getThreadAllocatedBytes(thread) - before;
        assertEquals(2 * 8 * 20_000, valid);                // 8 of the 9 words (not Smart), both rounds
        assertTrue(allocated < 4096, "allocated " + allocated + " bytes for 160,000 checks");
    }

    @Property(tries = 2000)
    void neverThrowsOnAnyString(@ForAll("anyText") String s) {
        boolean v = Syllables.isValid(s);
        SyllableParts p = new SyllableParts();
        assertEquals(v, Syllables.parse(s, 0, s.length(), p) && p.isValid());
        assertEquals(v, Syllables.parse(s).isPresent());
    }

    @Provide
    Arbitrary<String> anyText() {
        return Arbitraries.oneOf(
                Arbitraries.strings().all().ofMaxLength(12),
                Arbitraries.strings().withChars("aăâeêioôơuưydđghknqtrchpxv\u0300\u0301\u0302\u0303\u0306\u0309\u031b\u0323ÁÀẢÃẠĂÂÊÔƠƯ")
                        .ofMaxLength(9));
    }
}
