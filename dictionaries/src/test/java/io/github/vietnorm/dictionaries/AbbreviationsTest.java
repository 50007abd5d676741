package io.github.vietnorm.dictionaries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vietnorm.dictionaries.Abbreviations.Category;
import io.github.vietnorm.dictionaries.Abbreviations.Entry;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AbbreviationsTest {
    private static final Abbreviations STD = Abbreviations.standard();

    static Abbreviations parse(String text) {
        try {
            return Abbreviations.load(new StringReader(text), "test.txt");
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void shippedFileLoadsAndIsLargeEnough() {
        Map<Category, Integer> counts = new EnumMap<>(Category.class);
        for (Entry e : STD.entries()) {
            counts.merge(e.category(), 1, Integer::sum);
        }
        System.out.println("abbreviations.txt: " + STD + " " + counts);
        assertTrue(STD.size() >= 400, STD.toString());
        for (Category c : Category.values()) {
            assertTrue(counts.getOrDefault(c, 0) > 0, "no entry for " + c);
        }
    }

    /** Every document-type and copy code of Decree 30/2020 Appendix III, named as the decree does. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            NQ  | Nghị quyết
            QĐ  | Quyết định
            CT  | Chỉ thị
            QC  | Quy chế
            QyĐ | Quy định
            TC  | Thông cáo
            TB  | Thông báo
            HD  | Hướng dẫn
            CTr | Chương trình
            KH  | Kế hoạch
            PA  | Phương án
            ĐA  | Đề án
            DA  | Dự án
            BC  | Báo cáo
            BB  | Biên bản
            TTr | Tờ trình
            HĐ  | Hợp đồng
            CĐ  | Công điện
            BGN | Bản ghi nhớ
            BTT | Bản thỏa thuận
            GUQ | Giấy ủy quyền
            GM  | Giấy mời
            GGT | Giấy giới thiệu
            GNP | Giấy nghỉ phép
            PG  | Phiếu gửi
            PC  | Phiếu chuyển
            PB  | Phiếu báo
            SY  | Bản sao y
            TrS | Bản trích sao
            SL  | Bản sao lục
            """)
    void decree30Codes(String code, String name) {
        Optional<Entry> e = STD.senses(code).stream()
                .filter(s -> s.category() == Category.DOCUMENT_TYPE || s.category() == Category.COPY)
                .filter(s -> s.appliesInCode(false))
                .findFirst();
        assertTrue(e.isPresent(), code);
        assertEquals(name, e.get().expansion());
    }

    @Test
    void variantsAndGarbledSpellings() {
        assertEquals(Optional.of("KH&CN"), STD.canonical("KHCN"));
        assertEquals(Optional.of("KH&CN"), STD.canonical("KH-CN"));
        assertEquals(Optional.of("KH&CN"), STD.canonical("KHC&N"));
        assertTrue(STD.isGarbled("KHC&N"));
        assertFalse(STD.isGarbled("KHCN"));
        assertEquals("Khoa học và Công nghệ", STD.senses("KHC&N").get(0).expansion());
        assertEquals(List.of("KHCN", "KH-CN", "KHC&N"), STD.senses("KH&CN").get(1).variants());
        assertEquals(Optional.empty(), STD.canonical("khcn"), "exact case");
        assertTrue(STD.contains("TTg"));
        assertFalse(STD.contains("TTG"));
    }

    @Test
    void casingOfExpansions() {
        assertEquals("Ủy ban nhân dân", STD.senses("UBND").get(0).expansion());
        assertEquals("công nghệ thông tin", STD.senses("CNTT").get(0).expansion());
        assertEquals("Bộ Nông nghiệp và Môi trường", STD.senses("BNNMT").get(0).expansion());
        assertEquals("Ban Tuyên giáo và Dân vận Trung ương", STD.senses("BTGDVTW").get(0).expansion());
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            "UBND tỉnh"                     | UBND  | Ủy ban nhân dân
            "Giám đốc Sở KH&CN tỉnh"        | KH&CN | Khoa học và Công nghệ
            "tiềm lực KH&CN tại"            | KH&CN | khoa học và công nghệ
            "CT UBND tỉnh"                  | CT    | Chủ tịch
            "theo CT số 05"                 | CT    | Chỉ thị
            "CT đã ký"                      | CT    | -
            "Ủy viên BCT"                   | BCT   | Bộ Chính trị
            "Bộ trưởng BCT"                 | BCT   | Bộ Công Thương
            "BCT và"                        | BCT   | -
            "TT số 01"                      | TT    | Thông tư
            "TT Y tế huyện"                 | TT    | Trung tâm
            "TT Phong Điền"                 | TT    | thị trấn
            "ông TT"                        | TT    | -
            "Văn phòng CP"                  | CP    | Chính phủ
            "Công ty CP Sông Đà"            | CP    | cổ phần
            "lợi nhuận CP"                  | CP    | -
            "tại TP. Huế"                   | TP.   | thành phố
            "TP. Hồ Chí Minh"               | TP.   | Thành phố
            "Q. GIÁM ĐỐC"                   | Q.    | quyền
            "Q. Giám đốc Sở"                | Q.    | quyền
            "tại Q. Hoàn Kiếm"              | Q.    | quận
            "Nguyễn Q. Anh"                 | Q.    | -
            "tại P. Vĩnh Ninh"              | P.    | phường
            "P. Giám đốc"                   | P.    | Phó
            "Đảng ủy Khối CCQ tỉnh"         | CCQ   | các cơ quan
            "quỹ CCQ"                       | CCQ   | -
            "BCH Khóa II"                   | BCH   | Ban Chấp hành
            "BCH Quân sự"                   | BCH   | Ban Chỉ huy
            "Lưu: VT, KH."                  | VT    | Văn thư
            "mạng VT"                       | VT    | -
            """)
    void contextRules(String text, String abbr, String expected) {
        int start = text.indexOf(abbr);
        int end = start + abbr.length();
        String found = "-";
        for (Entry e : STD.senses(abbr)) {
            if (e.appliesToText() && e.appliesAt(text, start, end)) {
                found = e.expansion();
                break;
            }
        }
        assertEquals(expected, found, text);
    }

    @Test
    void codeOnlySensesDoNotApplyToText() {
        Entry tm = STD.senses("TM").get(0);
        assertFalse(tm.appliesToText());
        assertTrue(tm.appliesInCode(false));
        Entry thongTri = STD.senses("TT").get(1);
        assertEquals("Thông tri", thongTri.expansion());
        assertTrue(thongTri.appliesInCode(true));
        assertFalse(thongTri.appliesInCode(false));
        assertTrue(STD.senses("Q.").get(1).expectsNumberAfter());
        assertFalse(STD.senses("UBND").get(0).expectsNumberAfter());
        Entry tw = STD.senses("TW").get(0);
        assertTrue(tw.isUnconditional() && tw.expectsNumberAfter(), "next:<num> ; always");
        assertTrue(tw.appliesInCode(true) && tw.appliesInCode(false));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '~', quoteCharacter = '"', textBlock = """
            "A | a"                                         ~ "test.txt:1: expected 'abbreviation | expansion | category [| rule [| variants]]', found 2 fields"
            "A | a | term | always | x | y"                 ~ "test.txt:1: expected 'abbreviation | expansion | category [| rule [| variants]]', found 6 fields"
            " | a | term"                                   ~ "test.txt:1: empty abbreviation"
            "A |  | term"                                   ~ "test.txt:1: empty expansion for 'A'"
            "A | a | thing"                                 ~ "test.txt:1: unknown category 'thing' (expected one of doctype, copy, signature, state, ministry, unit, party, organization, term, title, place)"
            "A | a | term | sometimes"                      ~ "test.txt:1: bad rule for 'A': unknown test 'sometimes' (prev:…, next:…, !prev:…, !next:…, code, always, never)"
            "A | a | term | next:<Foo>"                     ~ "test.txt:1: bad rule for 'A': unknown word class '<Foo>' in 'next:<Foo>' (<num>, <Name>, <CAPS>, <lower>, <start>, <end>)"
            "A | a | term | next:x,,y"                      ~ "test.txt:1: bad rule for 'A': empty alternative in 'next:x,,y'"
            "A | a | term | next:x ;"                       ~ "test.txt:1: bad rule for 'A': empty clause in rule 'next:x ;'"
            "A | a | term | code:foo"                       ~ "test.txt:1: bad rule for 'A': unknown code rule 'code:foo' (code, code:state or code:party)"
            "A | a | term\\nA | b | term"                   ~ "test.txt:2: unreachable sense of 'A': test.txt:1 already applies always"
            "A | a | term | next:x\\nA | b | term | next:x" ~ "test.txt:2: duplicate sense of 'A' with rule 'next:x' (test.txt:1)"
            "A | a | term | next:x\\nB | b | term\\nA | c | term" ~ "test.txt:3: duplicate abbreviation 'A' (first at test.txt:1; the senses of an abbreviation must be on consecutive lines)"
            "A | a | term | always | B\\nB | b | term"       ~ "test.txt:2: duplicate spelling 'B' (already at line 1)"
            "A | a | term | always | B, B"                  ~ "test.txt:1: duplicate spelling 'B' (already at line 1)"
            "A | a | term | always | B,,C"                  ~ "test.txt:1: empty variant for 'A'"
            "A | a | term | next:x\\nA | b | term | always | C" ~ "test.txt:2: variants of 'A' belong on its first line (test.txt:1)"
            """)
    void badLinesFailWithFileAndLine(String text, String message) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> parse(text.replace("\\n", "\n")));
        assertEquals(message, e.getMessage());
    }

    @Test
    void commentsBlankLinesAndBom() {
        Abbreviations a = parse("\uFEFF# comment\n\n  \nXYZ | xin yêu | term\n");
        assertEquals(1, a.size());
        assertEquals("xin yêu", a.senses("XYZ").get(0).expansion());
        assertTrue(a.senses("XY").isEmpty());
    }

    @Test
    void userFileOverridesStandardEntries(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("mine.txt");
        Files.writeString(f, "UBND | Ủy ban Nhân dân | state | always\nQWE | quá trời | term | always | KHCN\n",
                StandardCharsets.UTF_8);
        Abbreviations mine = STD.withOverrides(Abbreviations.load(f));
        assertEquals(1, mine.senses("UBND").size());
        assertEquals("Ủy ban Nhân dân", mine.senses("UBND").get(0).expansion());
        assertEquals("quá trời", mine.senses("KHCN").get(0).expansion(), "the user's variant takes the spelling");
        assertEquals("Khoa học và Công nghệ", mine.senses("KH&CN").get(0).expansion(), "others kept");
        assertEquals("Hội đồng nhân dân", mine.senses("HĐND").get(0).expansion());
        assertEquals(STD.size() + 1, mine.size(), "UBND replaced (1 for 1), QWE added");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> {
            Path bad = dir.resolve("bad.txt");
            Files.writeString(bad, "# x\nABC | | term\n", StandardCharsets.UTF_8);
            Abbreviations.load(bad);
        });
        assertEquals("bad.txt:2: empty expansion for 'ABC'", e.getMessage());
    }

    @Test
    void redefiningAStandardAbbreviationDropsItsVariants() {
        Abbreviations mine = STD.withOverrides(parse("KH&CN | KHCN mới | term | always\n"));
        assertEquals(List.of(), mine.senses("KHCN"));
        assertEquals(Optional.empty(), mine.canonical("KHC&N"));
        assertFalse(mine.isGarbled("KHC&N"));
        assertEquals("KHCN mới", mine.senses("KH&CN").get(0).expansion());
    }
}
