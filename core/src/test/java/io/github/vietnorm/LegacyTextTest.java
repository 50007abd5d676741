package io.github.vietnorm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class LegacyTextTest {

    @ParameterizedTest(name = "{2}: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            ViÖt Nam                             | Việt Nam                          | TCVN3
            Uû ban nh©n d©n                      | Uỷ ban nhân dân                   | TCVN3
            §¶ng                                 | Đảng                              | TCVN3
            ®­îc                                 | được                              | TCVN3 (soft hyphen is ư)
            NGHÞ QUYÕT                           | NGHỊ QUYẾT                        | TCVN3 capitals
            Vieät Nam                            | Việt Nam                          | VNI
            Tieáng Vieät                         | Tiếng Việt                        | VNI
            Coù caùc                             | Có các                            | VNI, no letter beyond Latin-1
            ñöôïc                                | được                              | VNI
            Viá»‡t Nam                           | Việt Nam                          | UTF-8 read as Windows-1252
            Ä‘Æ°á»£c                             | được                              | UTF-8 read as Windows-1252
            Ðäng                                 | Đảng                              | VISCII
            Tr¥n V\u00e5n An                      | Trần Văn An                       | VISCII
            UÒy ban nhaÌn dân                    | Ủy ban nhàn dân                   | CP1258
            Viêòt Nam                            | Việt Nam                          | CP1258
            ViŒt Nam thân yêu                    | Việt Nam thân yêu                 | VPS
            """)
    void repairsMisreadText(String seen, String expected, String what) {
        assertEquals(expected, LegacyText.repair(seen), what);
        VietnameseNormalizer n = VietnameseNormalizer.builder().splitRunTogetherWords(false).build();
        assertEquals(n.normalize(expected), n.normalize(seen), what);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Sở Khoa học và Công nghệ tổ chức hội nghị tổng kết năm 2022.",
        "Bà có ý kiến gì về việc này?",
        "Độc lập – Tự do – Hạnh phúc",
        "“Điều 5. Áp dụng” – được sửa đổi, bổ sung",
        "The committee met in Zürich; José Núñez paid €9.99 for a café crème.",
        "Particles of 10 µm at 25 °C ± 2 °C; © 2023, ½ price, 3 × 4.",
        "Naïve façade, déjà vu, Ærø, Øresund, smörgåsbord, São Paulo, mãe.",
        "plain ASCII: Vie^.t Nam is VIQR and stays as it is",
        "Thuỷ, Thủy, hoà, hòa, khoẻ, khỏe, Quý, Uỷ ban",
        "Ủy ban nhân dân tỉnh Nghệ An — số 123/QĐ-UBND ngày 16/09/2022",
        "Hà Nội, ®­îc ViÖt Nam: a line with Unicode-only letters is Unicode text",
        "Misplaced tones are Unicode typos, not Windows-1258: haì, hòan, Qúy",
        "NÐ-CP, HÐND, Ðảng",
    })
    void leavesCleanTextAlone(String clean) {
        assertSame(clean, LegacyText.repair(clean));
    }

    @Test
    void leavesTheSampleArticlesAlone() throws IOException {
        for (Path p : SharedData.samples()) {
            String text = Files.readString(p, StandardCharsets.UTF_8);
            assertSame(text, LegacyText.repair(text), p.toString());
        }
    }

    @ParameterizedTest
    @EnumSource(value = VietnameseEncoding.class, names = {"TCVN3", "VNI", "VISCII", "VPS", "CP1258", "UTF_8", "VIQR"})
    void detectsAndDecodesTheSampleArticles(VietnameseEncoding e) throws IOException {
        int lines = 0;
        int right = 0;
        for (Path p : SharedData.samples()) {
            String text = Files.readString(p, StandardCharsets.UTF_8);
            byte[] bytes = e.encode(text);
            String[] expected = e.decode(bytes).split("\n", -1);
            String[] got = LegacyText.decode(bytes).split("\n", -1);
            assertEquals(expected.length, got.length);
            for (int i = 0; i < expected.length; i++) {
                lines++;
                if (expected[i].equals(got[i])) {
                    right++;
                }
            }
            Detection d = LegacyText.detect(bytes);
            assertEquals(e, d.encoding(), p.toString());
            assertTrue(d.confidence() > 0.8, d + " " + p);
            if (e != VietnameseEncoding.VIQR) {
                String seen = VietnameseEncodingTest.asWindows1252(bytes);
                String[] repaired = LegacyText.repair(seen).split("\n", -1);
                for (int i = 0; i < expected.length; i++) {
                    lines++;
                    if (expected[i].equals(repaired[i])) {
                        right++;
                    }
                }
            }
        }
        assertTrue(right >= lines * 0.99, e + ": " + right + " of " + lines + " lines right");
    }

    @Test
    void decodesEachParagraphInItsOwnEncoding() {
        byte[] letterhead = VietnameseEncoding.TCVN3.encode("Uỷ ban nhân dân tỉnh Nghệ An\n");
        byte[] body = "Sở Khoa học và Công nghệ tổ chức hội nghị tổng kết.\n".getBytes(StandardCharsets.UTF_8);
        byte[] vni = VietnameseEncoding.VNI.encode("Cộng hòa xã hội chủ nghĩa Việt Nam");
        byte[] all = concat(letterhead, body, vni);
        assertEquals("Uỷ ban nhân dân tỉnh Nghệ An\nSở Khoa học và Công nghệ tổ chức hội nghị tổng kết.\nCộng hòa xã hội chủ nghĩa Việt Nam",
                LegacyText.decode(all));
    }

    @Test
    void detectsPlainAsciiAsUtf8AndViqrAsViqr() {
        assertEquals(new Detection(VietnameseEncoding.UTF_8, 1.0), LegacyText.detect("Hello, world. It's done?".getBytes(StandardCharsets.US_ASCII)));
        byte[] viqr = "Nguye^~n Va(n A, ddu+o+`ng Tra^`n Hu+ng DDa.o, tha`nh pho^' Ho^` Chi' Minh".getBytes(StandardCharsets.US_ASCII);
        assertEquals(VietnameseEncoding.VIQR, LegacyText.detect(viqr).encoding());
        assertEquals("Nguyễn Văn A, đường Trần Hưng Đạo, thành phố Hồ Chí Minh", LegacyText.decode(viqr));
    }

    @Test
    void reportsWordLevelEditsWithTheLegacyReason() {
        Normalized r = VietnameseNormalizer.builder().toneStyle(ToneStyle.MODERN).splitRunTogetherWords(false).build()
                .normalizeWithEdits("Uû ban nh©n d©n tØnh");
        assertEquals("Uỷ ban nhân dân tỉnh", r.text());
        assertEquals(4, r.edits().size(), r.edits().toString());
        for (Edit e : r.edits()) {
            assertEquals(EditReason.LEGACY_ENCODING, e.reason());
        }
    }

    @Test
    void isOffWhenTheBuilderSaysSo() {
        VietnameseNormalizer off = VietnameseNormalizer.builder().repairLegacyEncodings(false).splitRunTogetherWords(false).build();
        assertEquals("ViÖt Nam", off.normalize("ViÖt Nam"));
    }

    private static byte[] concat(byte[]... parts) {
        int n = 0;
        for (byte[] p : parts) {
            n += p.length;
        }
        byte[] out = new byte[n];
        int at = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, out, at, p.length);
            at += p.length;
        }
        return out;
    }
}
