package io.github.vietnorm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vietnorm.dictionaries.SyllableParts;
import io.github.vietnorm.dictionaries.Syllables;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TonePlacementTest {
    private static final TonePlacement TRADITIONAL = new TonePlacement(ToneStyle.TRADITIONAL);
    private static final TonePlacement MODERN = new TonePlacement(ToneStyle.MODERN);
    private static final VietnameseNormalizer N_TRADITIONAL =
            VietnameseNormalizer.builder().toneStyle(ToneStyle.TRADITIONAL).splitRunTogetherWords(false).build();
    private static final VietnameseNormalizer N_MODERN =
            VietnameseNormalizer.builder().toneStyle(ToneStyle.MODERN).splitRunTogetherWords(false).build();
    private static final String VOWELS = "aăâeêioôơuưy";
    private static final String TONE_MARKS = "\u0300\u0301\u0303\u0309\u0323";

    private static String apply(TonePlacement stage, String s) {
        TextRewriter out = new TextRewriter(s, false);
        stage.apply(s, out, new StageContext());
        return out.result();
    }

    private static List<Edit> edits(TonePlacement stage, String s) {
        TextRewriter out = new TextRewriter(s, true);
        stage.apply(s, out, new StageContext());
        return out.edits();
    }

    // ---- examples -------------------------------------------------------------------------

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            hòa            | hòa            | hoà
            hoà            | hòa            | hoà
            khỏe           | khỏe           | khoẻ
            khoẻ           | khỏe           | khoẻ
            thủy           | thủy           | thuỷ
            thuỷ           | thủy           | thuỷ
            Ủy ban         | Ủy ban         | Uỷ ban
            ỦY BAN         | ỦY BAN         | UỶ BAN
            UỶ BAN         | ỦY BAN         | UỶ BAN
            HOÀ            | HÒA            | HOÀ
            Cộng hoà       | Cộng hòa       | Cộng hoà
            oà             | òa             | oà
            hoàn           | hoàn           | hoàn
            thuyền         | thuyền         | thuyền
            quý            | quý            | quý
            quốc           | quốc           | quốc
            giặt           | giặt           | giặt
            gìn            | gìn            | gìn
            khuỷu          | khuỷu          | khuỷu
            ngoèo          | ngoèo          | ngoèo
            Qúy            | Quý            | Quý
            qúa            | quá            | quá
            qủa            | quả            | quả
            qùynh          | quỳnh          | quỳnh
            hòan           | hoàn           | hoàn
            tóan           | toán           | toán
            họat           | hoạt           | hoạt
            nghịêm         | nghiệm         | nghiệm
            tìến           | tiến           | tiến
            lựơng          | lượng          | lượng
            ngòai          | ngoài          | ngoài
            lọai           | loại           | loại
            khóai          | khoái          | khoái
            tụê            | tuệ            | tuệ
            baỏ            | bảo            | bảo
            haì            | hài            | hài
            đaị            | đại            | đại
            chuỵện         | chuyện         | chuyện
            gìơ            | giờ            | giờ
            tạọ            | tạo            | tạo
            QÚY            | QUÝ            | QUÝ
            thủơ           | thuở           | thuở
            khủyu          | khuỷu          | khuỷu
            xòong          | xoòng          | xoòng
            gịa            | giạ            | giạ
            Ià             | Ìa             | Ìa
            bàỏ            | bào            | bào
            ế́  | ế              | ế
            NGHỊÊM         | NGHIỆM         | NGHIỆM
            Lựơng          | Lượng          | Lượng
            Luật Sở hữu trí tụê | Luật Sở hữu trí tuệ | Luật Sở hữu trí tuệ
            Nguyễn Qúy Linh, Ủy viên | Nguyễn Quý Linh, Ủy viên | Nguyễn Quý Linh, Uỷ viên
            """)
    void placesAndRepairs(String input, String traditional, String modern) {
        assertEquals(traditional, apply(TRADITIONAL, input), "traditional");
        assertEquals(modern, apply(MODERN, input), "modern");
        assertEquals(traditional, N_TRADITIONAL.normalize(input), "traditional normalizer");
        assertEquals(modern, N_MODERN.normalize(input), "modern normalizer");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Smart", "Zalo", "COVID", "VietGAP", "café", "José", "Ångström", "kỹ", "kĩ", "quy", "qui", "Mỹ",
        "mĩ", "lý", "lí", "thủa", "thuở", "khuya", "ngóaì", "buýt", "kếtthúc", "12345", "", "\ud800", "a\udc00ò"})
    void leavesAlone(String s) {
        assertSame(s, apply(TRADITIONAL, s));
        String m = apply(MODERN, s);
        if (!s.contains("hoà")) {
            assertSame(s, m);
        }
    }

    @Test
    void protectedSpansAreNotTouched() {
        String url = "https://vi.wikipedia.org/wiki/Hoà_Bình";
        assertEquals("Xem " + url + " về Hòa Bình", N_TRADITIONAL.normalize("Xem " + url + " về Hoà Bình"));
        assertEquals("HoÀ và Hòa", N_TRADITIONAL.normalize("HoÀ và Hoà"));   // mixed case: a protected name
    }

    @Test
    void decomposedInputEndToEnd() {
        assertEquals("tiến", N_TRADITIONAL.normalize("tie\u0301\u0302n"));            // tone typed before the circumflex
        assertEquals("tiến", N_TRADITIONAL.normalize("ti\u0301e\u0302n"));            // tone on the i, decomposed
        assertEquals("Hòa", N_TRADITIONAL.normalize("Hoa\u0300"));
        assertEquals("Hoà", N_MODERN.normalize("Ho\u0300a"));
        assertEquals("Quý", N_MODERN.normalize("Qu\u0301y"));
        assertEquals("ỦY", N_TRADITIONAL.normalize("UY\u0309"));
        Normalized r = N_TRADITIONAL.normalizeWithEdits("Nguye\u0302\u0303n Qu\u0301y");
        assertEquals("Nguyễn Quý", r.text());
        assertEquals(new Edit(9, 13, "Quý", java.util.List.of(EditReason.NFC, EditReason.TONE_REPAIR)), r.edits().get(1));
    }

    @Test
    void editReasons() {
        List<Edit> e = N_TRADITIONAL.normalizeWithEdits("Nguyễn Qúy Linh và Uỷ ban").edits();
        assertEquals(2, e.size(), e.toString());
        assertEquals(new Edit(7, 10, "Quý", EditReason.TONE_REPAIR), e.get(0));
        assertEquals(new Edit(19, 21, "Ủy", EditReason.TONE_PLACEMENT), e.get(1));
        List<Edit> m = edits(MODERN, "hòa hòan");
        assertEquals(List.of(new Edit(0, 3, "hoà", EditReason.TONE_PLACEMENT), new Edit(4, 8, "hoàn", EditReason.TONE_REPAIR)), m);
    }

    // ---- exhaustive ------------------------------------------------------------------------

    /** Every valid syllable × tone × case pattern, both placements: idempotent, lossless, per the rule. */
    @Test
    void exhaustiveOverEverySyllable() {
        List<String> all = new ArrayList<>();
        Syllables.forEachValid(all::add);
        assertTrue(all.size() > 10_000, "size " + all.size());
        int differing = 0;
        int malformed = 0;
        for (String s : all) {
            String toneless = stripTones(s);
            int at = toneIndex(s);
            String[] expected = expectedForms(s, toneless, at);
            if (!expected[0].equals(expected[1])) {
                differing++;
            }
            for (int cp = 0; cp < 3; cp++) {
                String x = casePattern(s, cp);
                String trad = casePattern(expected[0], cp);
                String mod = casePattern(expected[1], cp);
                assertEquals(trad, apply(TRADITIONAL, x), x + " traditional");
                assertEquals(mod, apply(MODERN, x), x + " modern");
                assertSame(trad, apply(TRADITIONAL, trad), trad + " idempotent");
                assertSame(mod, apply(MODERN, mod), mod + " idempotent");
                assertEquals(trad, apply(TRADITIONAL, apply(MODERN, trad)), trad + " lossless");
                assertEquals(mod, apply(MODERN, apply(TRADITIONAL, mod)), mod + " lossless");
            }
            if (at >= 0) {
                // the mark moved to each other vowel: repaired to the style's place in both styles
                for (int k = 0; k < toneless.length(); k++) {
                    if (k == at || VOWELS.indexOf(toneless.charAt(k)) < 0 || k == otherPlacement(expected, at)) {
                        continue;
                    }
                    String bad = withTone(toneless, k, s);
                    malformed++;
                    assertEquals(expected[0], apply(TRADITIONAL, bad), bad + " traditional repair");
                    assertEquals(expected[1], apply(MODERN, bad), bad + " modern repair");
                    List<Edit> e = edits(TRADITIONAL, bad);
                    assertEquals(1, e.size());
                    assertEquals(EditReason.TONE_REPAIR, e.get(0).reason(), bad);
                }
            }
        }
        // open oa/oe/uy × 5 tones, each in two placements
        assertTrue(differing > 200, "differing " + differing);
        assertTrue(malformed > 8_000, "malformed " + malformed);
    }

    private static int otherPlacement(String[] expected, int at) {
        int a = toneIndex(expected[0]);
        int b = toneIndex(expected[1]);
        return a == at ? b : a;
    }

    /**
     * The traditional and modern forms by the rule stated independently of the grammar: they differ
     * only when the syllable ends in the vowel pair {@code oa}, {@code oe} or {@code uy} (no coda),
     * not after {@code qu}; then traditional marks the first letter of the pair, modern the second.
     * Everywhere else the (valid) input is already the one form.
     */
    private static String[] expectedForms(String s, String toneless, int at) {
        int n = toneless.length();
        boolean pair = n >= 2 && !toneless.startsWith("qu") && (toneless.endsWith("oa") || toneless.endsWith("oe") || toneless.endsWith("uy"))
                && (n == 2 || VOWELS.indexOf(toneless.charAt(n - 3)) < 0);
        if (!pair || at < 0) {
            return new String[] {s, s};
        }
        return new String[] {withTone(toneless, n - 2, s), withTone(toneless, n - 1, s)};
    }

    private static String stripTones(String s) {
        String d = Normalizer.normalize(s, Normalizer.Form.NFD);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < d.length(); i++) {
            if (TONE_MARKS.indexOf(d.charAt(i)) < 0) {
                b.append(d.charAt(i));
            }
        }
        return Normalizer.normalize(b, Normalizer.Form.NFC);
    }

    /** Index (= letter index in NFC) of the toned letter, -1 if none. */
    private static int toneIndex(String s) {
        for (int i = 0; i < s.length(); i++) {
            String d = Normalizer.normalize(s.substring(i, i + 1), Normalizer.Form.NFD);
            for (int k = 0; k < d.length(); k++) {
                if (TONE_MARKS.indexOf(d.charAt(k)) >= 0) {
                    return i;
                }
            }
        }
        return -1;
    }

    private static char toneMark(String s) {
        String d = Normalizer.normalize(s, Normalizer.Form.NFD);
        for (int k = 0; k < d.length(); k++) {
            if (TONE_MARKS.indexOf(d.charAt(k)) >= 0) {
                return d.charAt(k);
            }
        }
        return 0;
    }

    /** {@code toneless} with the tone of {@code source} on letter {@code k}. */
    private static String withTone(String toneless, int k, String source) {
        String letter = Normalizer.normalize(toneless.charAt(k) + String.valueOf(toneMark(source)), Normalizer.Form.NFC);
        return toneless.substring(0, k) + letter + toneless.substring(k + 1);
    }

    private static String casePattern(String s, int pattern) {
        switch (pattern) {
            case 1:
                return s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
            case 2:
                return s.toUpperCase(Locale.ROOT);
            default:
                return s;
        }
    }

    // ---- samples ---------------------------------------------------------------------------

    @Test
    void samplesComeOutInOneStyle() throws IOException {
        Path dir = Path.of(System.getProperty("vietnorm.shared", "../shared"), "samples");
        Assumptions.assumeTrue(Files.isDirectory(dir), "../shared/samples absent: skipping");
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        assertFalse(files.isEmpty());
        int placementsTraditional = 0;
        int placementsModern = 0;
        int repairs = 0;
        for (Path f : files) {
            String text = Files.readString(f, StandardCharsets.UTF_8);
            Normalized t = N_TRADITIONAL.normalizeWithEdits(text);
            Normalized m = N_MODERN.normalizeWithEdits(text);
            assertSame(t.text(), N_TRADITIONAL.normalize(t.text()), f + ": clean traditional text returned as is");
            assertSame(m.text(), N_MODERN.normalize(m.text()), f + ": clean modern text returned as is");
            assertConsistent(t.text(), false, f);
            assertConsistent(m.text(), true, f);
            assertEquals(N_TRADITIONAL.normalize(m.text()), t.text(), f + ": modern → traditional");
            assertEquals(N_MODERN.normalize(t.text()), m.text(), f + ": traditional → modern");
            assertFalse(t.text().contains("Qúy") || m.text().contains("Qúy"), f.toString());
            for (Edit e : t.edits()) {
                placementsTraditional += e.reason() == EditReason.TONE_PLACEMENT ? 1 : 0;
                repairs += e.reason() == EditReason.TONE_REPAIR ? 1 : 0;
            }
            for (Edit e : m.edits()) {
                placementsModern += e.reason() == EditReason.TONE_PLACEMENT ? 1 : 0;
            }
        }
        // the samples mix the styles: uỷ, hoá beside ủy, hóa, khóa; and Qúy twice
        assertTrue(placementsTraditional >= 5, "traditional placements " + placementsTraditional);
        assertTrue(placementsModern >= 30, "modern placements " + placementsModern);
        assertEquals(2, repairs, "repairs (Qúy ×2)");
    }

    @Test
    void cleanTextCostsNoMemoryProportionalToItsLength() {
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        Assumptions.assumeTrue(mx instanceof com.sun.management.ThreadMXBean, "no allocation counter");
        com.sun.management.ThreadMXBean bean = (com.sun.management.ThreadMXBean) mx;
        Assumptions.assumeTrue(bean.isThreadAllocatedMemorySupported() && bean.isThreadAllocatedMemoryEnabled(), "no allocation counter");
        StringBuilder b = new StringBuilder();
        while (b.length() < 200_000) {
            b.append("Ủy ban nhân dân tỉnh Hòa Bình quyết định hoàn thành kế hoạch về khoa học, công nghệ và thủy lợi; "
                    + "Nguyễn Quý Linh, người được khen thưởng. Smart Zalo COVID-19.\n");
        }
        String clean = b.toString();
        long thread = Thread.currentThread().getId();
        long before = 0;
        for (int round = 0; round < 2; round++) {
            before = bean.getThreadAllocatedBytes(thread);
            for (int i = 0; i < 5; i++) {
                assertSame(clean, apply(TRADITIONAL, clean));
            }
        }
        long allocated = bean.getThreadAllocatedBytes(thread) - before;
        assertTrue(allocated < 16_384, "allocated " + allocated + " bytes for 5 passes over " + clean.length() + " chars");
    }

    /** Every toned syllable of {@code text} carries its mark where the style puts it. */
    private static void assertConsistent(String text, boolean modern, Path f) {
        SyllableParts p = new SyllableParts();
        int i = 0;
        int n = text.length();
        while (i < n) {
            if (!Character.isLetter(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < n && Character.isLetter(text.charAt(i))) {
                i++;
            }
            if (Syllables.parse(text, start, i, p) && p.toneMarkCount() == 1) {
                int target = modern ? p.modernToneIndex() : p.traditionalToneIndex();
                assertEquals(target, p.toneMarkIndex(), f + ": " + text.substring(start, i));
            }
        }
    }

    // ---- properties ------------------------------------------------------------------------

    @Property(tries = 3000)
    void neverThrowsAndIsIdempotent(@ForAll("text") String s) {
        ProtectedSpans spans = ProtectedSpans.scan(s);
        for (TonePlacement stage : new TonePlacement[] {TRADITIONAL, MODERN}) {
            for (Edit e : edits(stage, s)) {
                assertFalse(spans.overlaps(e.start(), e.end()), e + " overlaps " + spans);
            }
            String once = apply(stage, s);
            assertTrue(once.length() <= s.length());
            assertSame(once, apply(stage, once));
        }
        String t = N_TRADITIONAL.normalize(s);
        assertEquals(t, N_TRADITIONAL.normalize(t), "normalizer idempotent");
        Normalized m = N_MODERN.normalizeWithEdits(s);
        assertEquals(N_MODERN.normalize(s), m.text());
    }

    @Provide
    Arbitrary<String> text() {
        return Arbitraries.oneOf(
                Arbitraries.strings().all().ofMaxLength(30),
                Arbitraries.strings().withChars("aăâeêioôơuưyAĂÂEÊIOÔƠUƯYdđghknqtrcpx òóỏõọàáảãạùúủũụìíỉĩịÒÓỦỦỤểếệườợ\ud800\udc00\u0301\u0302")
                        .ofMaxLength(30),
                Arbitraries.of("hoà", "Thuỷ", "Qúy", "https://", "www.", ".vn/", "@", "-01", "30/2020/NĐ-CP", "HoÀ", " ", "/", ".",
                        "KH&CN", "khoẻ", "uỷ").list().ofMaxSize(8).map(l -> String.join("", l)));
    }
}
