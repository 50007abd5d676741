package io.github.vietnorm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class VietnameseEncodingTest {
    static final Charset CP1252 = Charset.forName("windows-1252");

    /** The bytes a Windows-1252 reader turned into {@code s} (C1 controls stand for its undefined bytes). */
    static byte[] cp1252Bytes(String s) {
        byte[] b = new byte[s.length()];
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c <= 0xFF) {
                b[i] = (byte) c;
            } else {
                byte[] e = String.valueOf(c).getBytes(CP1252);
                assertEquals(1, e.length);
                assertTrue(e[0] != '?', "not a CP1252 character: " + c);
                b[i] = e[0];
            }
        }
        return b;
    }

    /** Bytes as a Windows-1252 reader shows them (its undefined bytes as C1 controls, as browsers do). */
    static String asWindows1252(byte[] b) {
        char[] c = new char[b.length];
        for (int i = 0; i < b.length; i++) {
            int x = b[i] & 0xFF;
            String s = x >= 0x80 && x < 0xA0 ? new String(b, i, 1, CP1252) : null;
            c[i] = s == null || s.charAt(0) == '\uFFFD' ? (char) x : s.charAt(0);
        }
        return new String(c);
    }

    // the words of research §3.2, as a Windows-1252 reader shows each encoding
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            TCVN3  | ®­îc             | được
            TCVN3  | ViÖt Nam         | Việt Nam
            TCVN3  | ñy ban nh©n d©n  | ủy ban nhân dân
            TCVN3  | §¶ng             | Đảng
            TCVN3  | Uû ban nh©n d©n  | Uỷ ban nhân dân
            VNI    | ñöôïc            | được
            VNI    | Vieät Nam        | Việt Nam
            VNI    | UÛy ban nhaân daân | Ủy ban nhân dân
            VNI    | Ñaûng            | Đảng
            VNI    | Tieáng Vieät     | Tiếng Việt
            VISCII | ðßþc             | được
            VISCII | Vi®t Nam         | Việt Nam
            VISCII | œy ban nhân dân  | Ủy ban nhân dân
            VISCII | Ðäng             | Đảng
            VPS    | ÇÜ®c             | được
            VPS    | ViŒt Nam         | Việt Nam
            VPS    | Ñy ban nhân dân  | Ủy ban nhân dân
            VPS    | ñäng             | Đảng
            CP1258 | ðýõòc            | được
            CP1258 | Viêòt Nam        | Việt Nam
            CP1258 | UÒy ban nhân dân | Ủy ban nhân dân
            CP1258 | ÐaÒng            | Đảng
            """)
    void decodesKnownWords(VietnameseEncoding e, String seen, String expected) {
        assertEquals(expected, e.decode(cp1252Bytes(seen)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            NGHÞ QUYÕT                              | NGHỊ QUYẾT
            CéNG HßA X· HéI CHñ NGHÜA VIÖT NAM      | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            §éc lËp - Tù do - H¹nh phóc             | Độc lập - Tự do - Hạnh phúc
            Uû ban nh©n d©n TØNH                    | Uỷ ban nhân dân TỈNH
            ñY BAN                                  | ỦY BAN
            Sè: 12/Q§-UBND                          | Số: 12/QĐ-UBND
            Sè 12 Q§                                | Số 12 QĐ
            Sè QUYÕT §ÞNH                           | SỐ QUYẾT ĐỊNH
            """)
    void tcvn3RecoversCaseFromContext(String seen, String expected) {
        assertEquals(expected, VietnameseEncoding.TCVN3.decode(cp1252Bytes(seen)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Vie^.t Nam                      | Việt Nam
            DDa^y la` tie^'ng Vie^.t        | Đây là tiếng Việt
            ddu+o+`ng pho^' Ha` No^.i       | đường phố Hà Nội
            Nguye^~n Thi. Minh Khai         | Nguyễn Thị Minh Khai
            tra('ng, o+? dda^u\\?           | trắng, ở đâu?
            dda^u?                          | đâủ
            Ha` No^.i\\.                     | Hà Nội.
            What\\?                          | What?
            C:\\path                         | C:\\path
            a\\'                             | a'
            d\\d                             | dd
            """)
    void viqrDecodes(String viqr, String expected) {
        assertEquals(expected, VietnameseEncoding.VIQR.decode(viqr.getBytes(StandardCharsets.US_ASCII)));
    }

    @ParameterizedTest
    @EnumSource(VietnameseEncoding.class)
    void everyVietnameseLetterRoundTrips(VietnameseEncoding e) {
        String letters = allLetters();
        String text = letters + " " + letters.toUpperCase(Locale.ROOT) + " a' d dd \\ e^ ?";
        String back = e.decode(e.encode(text));
        if (e == VietnameseEncoding.TCVN3) {
            assertEquals(text.toLowerCase(Locale.ROOT), back.toLowerCase(Locale.ROOT));
            assertEquals(letters, e.decode(e.encode(letters)));
        } else {
            assertEquals(text, back);
        }
        assertTrue(e.canEncode(text));
    }

    @Test
    void cp1258WritesToneMarksSeparatelyAndComposesOnRead() {
        // ệ has no code in Windows-1258: ê (EA) + dot below (F2)
        assertArrayEquals(new byte[] {'V', 'i', (byte) 0xEA, (byte) 0xF2, 't'}, VietnameseEncoding.CP1258.encode("Việt"));
        assertEquals("Việt", VietnameseEncoding.CP1258.decode(new byte[] {'V', 'i', (byte) 0xEA, (byte) 0xF2, 't'}));
        // decomposed input is composed first
        assertArrayEquals(VietnameseEncoding.CP1258.encode("Việt"),
                VietnameseEncoding.CP1258.encode(Normalizer.normalize("Việt", Normalizer.Form.NFD)));
    }

    @Test
    void unrepresentableCharactersBecomeQuestionMarks() {
        assertArrayEquals(new byte[] {'a', '?', 'b'}, VietnameseEncoding.VISCII.encode("a\u4e2db"));
        assertFalse(VietnameseEncoding.VISCII.canEncode("\u4e2d"));
        assertFalse(VietnameseEncoding.TCVN3.canEncode("\u00d6")); // Ö: its byte is ệ in TCVN3
    }

    @Test
    void namesResolve() {
        assertSame(VietnameseEncoding.TCVN3, VietnameseEncoding.forName("ABC"));
        assertSame(VietnameseEncoding.CP1258, VietnameseEncoding.forName("windows-1258"));
        assertSame(VietnameseEncoding.VNI, VietnameseEncoding.forName("VNI-Windows"));
        for (VietnameseEncoding e : VietnameseEncoding.values()) {
            assertSame(e, VietnameseEncoding.forName(e.shortName()));
            assertSame(e, VietnameseEncoding.forName(e.charsetName()));
            assertSame(e, VietnameseEncoding.forName(e.name()));
        }
        assertThrows(IllegalArgumentException.class, () -> VietnameseEncoding.forName("koi8-r"));
    }

    @ParameterizedTest
    @CsvSource({"TCVN3, x-TCVN3", "tcvn3, x-TCVN3", "VNI, x-VNI-Windows", "VISCII, VISCII", "VPS, x-VPS", "VIQR, VIQR", "csVISCII, VISCII"})
    void charsetsAreFoundByName(String name, String canonical) {
        Charset cs = Charset.forName(name);
        assertEquals(canonical, cs.name());
        assertTrue(Charset.isSupported(name));
    }

    @ParameterizedTest
    @EnumSource(value = VietnameseEncoding.class, names = {"TCVN3", "VNI", "VISCII", "VPS", "VIQR"})
    void charsetsStreamLikeTheDecoder(VietnameseEncoding e) throws IOException {
        Charset cs = e.charset();
        String text = "Cộng hòa xã hội chủ nghĩa Việt Nam\nĐộc lập - Tự do - Hạnh phúc: ười, ướt, dd? \\ a'";
        if (e == VietnameseEncoding.TCVN3) {
            text = text.toLowerCase(Locale.ROOT);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer w = new OutputStreamWriter(bytes, cs)) {
            for (int i = 0; i < text.length(); i++) {
                w.write(text.charAt(i)); // one char at a time: state across buffers
            }
        }
        assertArrayEquals(e.encode(text), bytes.toByteArray());
        StringBuilder read = new StringBuilder();
        try (Reader r = new InputStreamReader(new ByteArrayInputStream(bytes.toByteArray()), cs)) {
            char[] buf = new char[1];
            for (int n; (n = r.read(buf)) > 0; ) {
                read.append(buf, 0, n);
            }
        }
        assertEquals(text, read.toString());
        assertEquals(text, new String(bytes.toByteArray(), cs));
        assertArrayEquals(bytes.toByteArray(), text.getBytes(cs));
    }

    @Test
    void tcvn3CharsetWritesCapitalsAtLowerCaseCodes() {
        Charset cs = Charset.forName("TCVN3");
        assertArrayEquals("ệ".getBytes(cs), "Ệ".getBytes(cs));
        assertEquals("ViÖt", new String("Việt".getBytes(cs), CP1252));
    }

    /** All 134 Vietnamese letters with diacritics plus the 12 plain vowels, lower case. */
    static String allLetters() {
        StringBuilder s = new StringBuilder("đ");
        String[] bases = {"a", "a\u0306", "a\u0302", "e", "e\u0302", "i", "o", "o\u0302", "o\u031b", "u", "u\u031b", "y"};
        String[] tones = {"", "\u0301", "\u0300", "\u0309", "\u0303", "\u0323"};
        for (String b : bases) {
            for (String t : tones) {
                s.append(Normalizer.normalize(b + t, Normalizer.Form.NFC));
            }
        }
        return s.toString();
    }
}
