package io.github.vietnorm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vietnorm.dictionaries.Abbreviations;
import java.io.IOException;
import java.io.StringReader;
import java.util.Optional;
import java.util.OptionalInt;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DocumentCodeTest {

    /** input | canonical | number | year | party | type | type name | issuer | issuer name | unit | unit name ("-": none). */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            30/2020/NĐ-CP        | 30/2020/NĐ-CP       | 30   | 2020 | false | NĐ   | Nghị định          | CP      | Chính phủ                  | -    | -
            77/2014/TT-BTC       | 77/2014/TT-BTC      | 77   | 2014 | false | TT   | Thông tư           | BTC     | Bộ Tài chính               | -    | -
            45/2019/TT-BKHCN     | 45/2019/TT-BKHCN    | 45   | 2019 | false | TT   | Thông tư           | BKHCN   | Bộ Khoa học và Công nghệ   | -    | -
            72/2002/QĐ-TTg       | 72/2002/QĐ-TTg      | 72   | 2002 | false | QĐ   | Quyết định         | TTg     | Thủ tướng Chính phủ        | -    | -
            666/2015/QĐ-UBND     | 666/2015/QĐ-UBND    | 666  | 2015 | false | QĐ   | Quyết định         | UBND    | Ủy ban nhân dân            | -    | -
            01/2011/TTLT-BNV-BTC | 01/2011/TTLT-BNV-BTC | 01  | 2011 | false | TTLT | Thông tư liên tịch | BNV-BTC | Bộ Nội vụ, Bộ Tài chính    | -    | -
            123/QĐ-UBND          | 123/QĐ-UBND         | 123  | -    | false | QĐ   | Quyết định         | UBND    | Ủy ban nhân dân            | -    | -
            1989/QĐ-BGDĐT        | 1989/QĐ-BGDĐT       | 1989 | -    | false | QĐ   | Quyết định         | BGDĐT   | Bộ Giáo dục và Đào tạo     | -    | -
            439/QĐ-TTg           | 439/QĐ-TTg          | 439  | -    | false | QĐ   | Quyết định         | TTg     | Thủ tướng Chính phủ        | -    | -
            30/NQ-CP             | 30/NQ-CP            | 30   | -    | false | NQ   | Nghị quyết         | CP      | Chính phủ                  | -    | -
            15/QyĐ-UBND          | 15/QyĐ-UBND         | 15   | -    | false | QyĐ  | Quy định           | UBND    | Ủy ban nhân dân            | -    | -
            12/GP-SKHCN          | 12/GP-SKHCN         | 12   | -    | false | GP   | Giấy phép          | SKHCN   | Sở Khoa học và Công nghệ   | -    | -
            07/SY-UBND           | 07/SY-UBND          | 07   | -    | false | SY   | Bản sao y          | UBND    | Ủy ban nhân dân            | -    | -
            2152/TM-CNTT         | 2152/TM-CNTT        | 2152 | -    | false | -    | Công văn           | TM      | Bộ Thương mại              | CNTT | Công nghệ thông tin
            456/UBND-VP          | 456/UBND-VP         | 456  | -    | false | -    | Công văn           | UBND    | Ủy ban nhân dân            | VP   | Văn phòng
            747/BKHCNMT-CNTT     | 747/BKHCNMT-CNTT    | 747  | -    | false | -    | Công văn           | BKHCNMT | Bộ Khoa học, Công nghệ và Môi trường | CNTT | Công nghệ thông tin
            1355/TM-KH           | 1355/TM-KH          | 1355 | -    | false | -    | Công văn           | TM      | Bộ Thương mại              | KH   | Kế hoạch
            29/2013/QH13         | 29/2013/QH13        | 29   | 2013 | false | -    | -                  | QH13    | Quốc hội khóa XIII         | -    | -
            03/2016/UBTVQH14     | 03/2016/UBTVQH14    | 03   | 2016 | false | -    | -                  | UBTVQH14 | Ủy ban Thường vụ Quốc hội khóa XIV | - | -
            03/VBHN-VPQH         | 03/VBHN-VPQH        | 03   | -    | false | VBHN | Văn bản hợp nhất   | VPQH    | Văn phòng Quốc hội         | -    | -
            05-CT/TW             | 05-CT/TW            | 05   | -    | true  | CT   | Chỉ thị            | TW      | Trung ương                 | -    | -
            66-QĐ/TW             | 66-QĐ/TW            | 66   | -    | true  | QĐ   | Quyết định         | TW      | Trung ương                 | -    | -
            08-QĐi/TW            | 08-QĐi/TW           | 08   | -    | true  | QĐi  | Quy định           | TW      | Trung ương                 | -    | -
            01-HD/TW             | 01-HD/TW            | 01   | -    | true  | HD   | Hướng dẫn          | TW      | Trung ương                 | -    | -
            36-HD/VPTW           | 36-HD/VPTW          | 36   | -    | true  | HD   | Hướng dẫn          | VPTW    | Văn phòng Trung ương Đảng  | -    | -
            01-KL/TW             | 01-KL/TW            | 01   | -    | true  | KL   | Kết luận           | TW      | Trung ương                 | -    | -
            24-BS/UBKTTU         | 24-BS/UBKTTU        | 24   | -    | true  | BS   | Bản sao            | UBKTTU  | Ủy ban Kiểm tra Tỉnh ủy    | -    | -
            02-TT/TW             | 02-TT/TW            | 02   | -    | true  | TT   | Thông tri          | TW      | Trung ương                 | -    | -
            367-QĐ/TWĐTN-VP      | 367-QĐ/TWĐTN-VP     | 367  | -    | true  | QĐ   | Quyết định         | TWĐTN   | Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh | VP | Văn phòng
            12-CTr/TU            | 12-CTr/TU           | 12   | -    | true  | CTr  | Chương trình       | TU      | Tỉnh ủy                    | -    | -
            "Số: 367 - QĐ/TWĐTN-VP" | 367-QĐ/TWĐTN-VP  | 367  | -    | true  | QĐ   | Quyết định         | TWĐTN   | Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh | VP | Văn phòng
            "84 QĐ/TWĐTN"        | 84-QĐ/TWĐTN         | 84   | -    | true  | QĐ   | Quyết định         | TWĐTN   | Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh | - | -
            "1206 /QĐ-HVTC"      | 1206/QĐ-HVTC        | 1206 | -    | false | QĐ   | Quyết định         | HVTC    | Học viện Tài chính         | -    | -
            số31-QĐ/TW           | 31-QĐ/TW            | 31   | -    | true  | QĐ   | Quyết định         | TW      | Trung ương                 | -    | -
            "số 15- NQ/TW"       | 15-NQ/TW            | 15   | -    | true  | NQ   | Nghị quyết         | TW      | Trung ương                 | -    | -
            30/2020/nđ-cp        | 30/2020/NĐ-CP       | 30   | 2020 | false | NĐ   | Nghị định          | CP      | Chính phủ                  | -    | -
            30/2020/NĐ–CP        | 30/2020/NĐ-CP       | 30   | 2020 | false | NĐ   | Nghị định          | CP      | Chính phủ                  | -    | -
            72/2002/qđ-ttg       | 72/2002/QĐ-TTg      | 72   | 2002 | false | QĐ   | Quyết định         | TTg     | Thủ tướng Chính phủ        | -    | -
            " Số: 123/QĐ-UBND "  | 123/QĐ-UBND         | 123  | -    | false | QĐ   | Quyết định         | UBND    | Ủy ban nhân dân            | -    | -
            45/QĐ-XYZ            | 45/QĐ-XYZ           | 45   | -    | false | QĐ   | Quyết định         | XYZ     | -                          | -    | -
            45-ABC/TW            | 45-ABC/TW           | 45   | -    | true  | ABC  | -                  | TW      | Trung ương                 | -    | -
            """)
    void parses(String input, String canonical, String number, String year, boolean party, String type, String typeName,
            String issuer, String issuerName, String unit, String unitName) {
        DocumentCode c = DocumentCode.parse(input).orElseThrow(() -> new AssertionError("not parsed: " + input));
        assertEquals(canonical, c.canonical());
        assertEquals(canonical, c.toString());
        assertEquals(number, c.number());
        assertEquals(year.equals("-") ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(year)), c.year());
        assertEquals(party, c.isParty());
        assertEquals(opt(type), c.documentType());
        assertEquals(opt(typeName), c.documentTypeName());
        assertEquals(issuer, c.issuer());
        assertEquals(opt(issuerName), c.issuerName());
        assertEquals(opt(unit), c.unit());
        assertEquals(opt(unitName), c.unitName());
        assertEquals(c, DocumentCode.parse(c.canonical()).orElseThrow(), "canonical form parses to the same code");
    }

    private static Optional<String> opt(String s) {
        return s.equals("-") ? Optional.empty() : Optional.of(s);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"", " ", "abc", "UBND", "123", "123/", "123/QĐ", "123/QĐ-", "/QĐ-UBND", "123//QĐ-UBND",
        "16/09/2022", "28/5", "1/2", "24/7", "2020/2021", "5/tháng", "30/2020/NĐ CP", "123/QĐ-UBND,", "(123/QĐ-UBND)",
        "123456/QĐ-UBND", "30/1800/NĐ-CP", "30/20201/NĐ-CP", "05-CT", "05-CT/", "05-/TW", "05-C1/TW", "05-CT/TW/X",
        "https://vbpl.vn", "a@b.vn", "TCVN 5502:2003", "123/QĐ-UBND-A-B-C-D-E-F-G-H-I", "123/Quyết-UBND", "số", "Số: abc",
        "12/3/2020/NĐ-CP", "123/QĐ—", "\ud800/QĐ-UBND", "12/QĐ-UB\u0000ND"})
    void notACode(String input) {
        assertEquals(Optional.empty(), DocumentCode.parse(input));
    }

    @Test
    void nullAndHugeInputAreNotCodes() {
        assertEquals(Optional.empty(), DocumentCode.parse(null));
        assertEquals(Optional.empty(), DocumentCode.parse("1/QĐ-" + "A".repeat(10_000)));
    }

    @Test
    void namesComeFromTheGivenDictionary() throws IOException {
        Abbreviations mine = Abbreviations.standard().withOverrides(Abbreviations.load(new StringReader(
                "XYZ | Sở Thử nghiệm | ministry | code\n"), "mine.txt"));
        assertEquals(Optional.of("Sở Thử nghiệm"), DocumentCode.parse("45/QĐ-XYZ", mine).orElseThrow().issuerName());
        assertEquals(Optional.empty(), DocumentCode.parse("45/QĐ-XYZ").orElseThrow().issuerName());
        DocumentCode empty = DocumentCode.parse("30/2020/NĐ-CP", Abbreviations.empty()).orElseThrow();
        assertEquals(Optional.empty(), empty.documentType(), "without the dictionary NĐ is not a known type");
        assertEquals("NĐ", empty.issuer());
    }

    @Test
    void equality() {
        assertEquals(DocumentCode.parse("30/2020/nđ-cp"), DocumentCode.parse("30/2020/NĐ-CP"));
        assertNotEquals(DocumentCode.parse("30/2020/NĐ-CP"), DocumentCode.parse("31/2020/NĐ-CP"));
        assertEquals(DocumentCode.parse("30/2020/NĐ-CP").orElseThrow().hashCode(), "30/2020/NĐ-CP".hashCode());
    }

    @Test
    void theScannersDocumentCodesParse() {
        String text = "Theo Nghị định 30/2020/NĐ-CP, Chỉ thị 05-CT/TW và Quyết định 123/QĐ-UBND.";
        ProtectedSpans spans = ProtectedSpans.scan(text);
        int codes = 0;
        for (int i = 0; i < spans.size(); i++) {
            if (spans.kind(i) == ProtectedSpans.DOCUMENT_CODE) {
                codes++;
                String span = text.substring(spans.start(i), spans.end(i));
                assertTrue(DocumentCode.parse(span).isPresent(), span);
            }
        }
        assertEquals(3, codes);
    }

    @Property(tries = 500)
    void neverThrows(@ForAll @StringLength(max = 40) @Chars({'0', '1', '2', '9', '/', '-', '–', ' ', 'Q', 'Đ', 'N', 'C', 'P',
        'T', 'W', 'i', 'y', 'g', 'S', 'ố', ':', 'U', 'B', 'D'}) String s) {
        Optional<DocumentCode> c = DocumentCode.parse(s);
        c.ifPresent(code -> {
            assertFalse(code.canonical().contains(" "));
            assertEquals(code, DocumentCode.parse(code.canonical()).orElseThrow());
        });
    }

    @Property(tries = 300)
    void anyStringNeverThrows(@ForAll @StringLength(max = 60) String s) {
        DocumentCode.parse(s);
    }
}
