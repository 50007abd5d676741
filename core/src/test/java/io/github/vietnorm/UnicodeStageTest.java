package io.github.vietnorm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UnicodeStageTest {
    private final VietnameseNormalizer n = VietnameseNormalizer.builder().splitRunTogetherWords(false).repairLegacyEncodings(false).build();

    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = '|', textBlock = """
            Ho\u0302\u0300 Chi\u0301 Minh            | Hồ Chí Minh      | decomposed (NFD)
            Vie\u0323\u0302t Nam                     | Việt Nam         | dot below before circumflex (canonical reorder)
            Tie\u0301\u0302ng Vie\u0323\u0302t       | Tiếng Việt       | acute typed before circumflex
            kho\u0300\u0302ng                        | khồng            | grave typed before circumflex
            na\u0301\u0306m                          | nắm              | acute typed before breve
            \u00e9\u0302                             | ế                | precomposed é then circumflex
            Viê\u0323t                               | Việt             | partially decomposed
            o\u0301\u031b                            | ớ                | horn after acute
            \u0041\u0340                             | À                | deprecated grave tone mark
            Ðảng ủy                                  | Đảng ủy          | capital Eth
            ðồng chí                                 | đồng chí         | small Eth
            HÐND tỉnh                                | HĐND tỉnh        | Eth in capitals
            NÐ-CP                                    | NĐ-CP            | Eth in a code
            Guðrún                                   | Guðrún           | Icelandic Eth kept
            ÐÓRÐUR                                   | ĐÓRĐUR           | all-capital word with Eth: treated as Vietnamese capitals
            """)
    void composes(String input, String expected, String what) {
        assertEquals(expected, n.normalize(input), what);
    }

    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            "Ủy\u00a0ban nhân\u202fdân"                 | "Ủy ban nhân dân"   | NBSP and narrow NBSP
            "a\u2003b\u3000c\td"                          | "a b c d"            | em space, ideographic space, tab
            "Sở  Khoa   học"                              | "Sở Khoa học"        | runs of spaces
            "  đầu dòng  "                                | "đầu dòng"           | line ends trimmed
            "dòng một   \n   dòng hai\r\n  ba  "          | "dòng một\ndòng hai\r\nba" | each line trimmed, breaks kept
            "Vi\u200bệt\u200c Na\u200dm\u2060\ufeff"      | "Việt Nam"           | zero-width characters
            "\ufeffBOM"                                   | "BOM"                | BOM
            "chuyển\u00adđổi"                             | "chuyểnđổi"          | soft hyphen in Unicode text removed
            "®\u00adîc"                                   | "®\u00adîc"          | soft hyphen in TCVN3-looking text kept
            "a \u200b b"                                  | "a b"                | invisible inside a space run
            "\n\n"                                        | "\n\n"               | blank lines kept
            """)
    void cleansSpaces(String input, String expected, String what) {
        assertEquals(expected, n.normalize(input), what);
    }

    @Test
    void cleanTextIsReturnedAsIs() {
        String clean = "Sở Khoa học và Công nghệ tổ chức hội nghị tổng kết năm 2022.\nDòng hai: 30/2020/NĐ-CP.";
        assertSame(clean, n.normalize(clean));
        assertSame(clean, n.normalizeWithEdits(clean).text());
        assertEquals(List.of(), n.normalizeWithEdits(clean).edits());
    }

    @Test
    void editsAndOffsets() {
        String in = "Ho\u0302\u0300  Chi\u0301 Minh";
        Normalized r = n.normalizeWithEdits(in);
        assertEquals("Hồ Chí Minh", r.text());
        assertEquals(List.of(
                new Edit(1, 4, "ồ", EditReason.NFC),
                new Edit(5, 6, "", EditReason.SPACE_RUN),
                new Edit(8, 10, "í", EditReason.NFC)), r.edits());
        assertEquals(0, r.toOriginalOffset(0));
        assertEquals(4, r.toOriginalOffset(2)); // end of "Hồ"
        assertEquals(6, r.toOriginalOffset(3)); // start of "Chí"
        assertEquals(10, r.toOriginalOffset(6)); // end of "Chí"
        assertEquals(in.length(), r.toOriginalOffset(r.text().length()));
        assertEquals(r.text(), EditLog.apply(in, r.edits()));
    }

    @Test
    void editsOfTwoStagesCompose() {
        String in = "Ho\u0302\u200b\u0300 x"; // removing the ZWSP lets the grave compose with ô
        Normalized r = n.normalizeWithEdits(in);
        assertEquals("Hồ x", r.text());
        assertEquals(r.text(), EditLog.apply(in, r.edits()));
        assertEquals(1, r.edits().size());
        assertEquals(List.of(EditReason.INVISIBLE_CHARACTER, EditReason.NFC), r.edits().get(0).reasons());
    }
}
