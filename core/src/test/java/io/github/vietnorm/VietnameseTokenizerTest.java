package io.github.vietnorm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vietnorm.dictionaries.Lexicon;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VietnameseTokenizerTest {

    private static final VietnameseTokenizer T = VietnameseTokenizer.standard();

    /** Golden segmentations of administrative sentences (most from the sample articles), checked by eye. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
        Sở Khoa học và Công nghệ tổ chức hội nghị tổng kết | Sở Khoa_học và Công_nghệ tổ_chức hội_nghị tổng_kết
        Đồng chí Nguyễn Quý Linh phát biểu | Đồng_chí Nguyễn_Quý_Linh phát_biểu
        trên địa bàn tỉnh Thừa Thiên Huế | trên địa_bàn tỉnh Thừa_Thiên_Huế
        Giám đốc Sở Khoa học và Công nghệ tham dự | Giám_đốc Sở Khoa_học và Công_nghệ tham_dự
        Ông Phan Văn Khải | Ông Phan_Văn_Khải
        Đại hội Chi bộ nhiệm kỳ 2022 - 2025 | Đại_hội Chi_bộ nhiệm_kỳ 2022 - 2025
        hoàn thành xuất sắc nhiệm vụ chính trị được giao | hoàn_thành xuất_sắc nhiệm_vụ chính_trị được giao
        tăng cường tiềm lực cho Trung tâm giai đoạn 2016 - 2020 | tăng_cường tiềm_lực cho Trung_tâm giai_đoạn 2016 - 2020
        triển khai thực hiện các nhiệm vụ | triển_khai thực_hiện các nhiệm_vụ
        Theo Nghị định 30/2020/NĐ-CP ngày 5/3/2020 | Theo Nghị_định 30/2020/NĐ-CP ngày 5/3/2020
        ỦY BAN NHÂN DÂN TỈNH | ỦY_BAN NHÂN_DÂN TỈNH
        sức khoẻ và sức khỏe | sức_khoẻ và sức_khỏe
        """)
    void segmentsAdministrativeSentences(String input, String expected) {
        assertEquals(expected, T.segment(input));
    }

    @Test
    void everyTokenType() {
        String text = "Theo Nghị định 30/2020/NĐ-CP ngày 16/09/2022, lúc 14h30, UBND tỉnh và Sở KH&CN gửi "
                + "info@dost.gov.vn, xem khxhnvnghean.gov.vn; VNeID đạt 95,5% và 2.500 tỷ đồng.";
        List<Token> tokens = T.tokenize(text);
        assertType(tokens, "Nghị định", TokenType.WORD);
        assertType(tokens, "30/2020/NĐ-CP", TokenType.DOCUMENT_CODE);
        assertType(tokens, "16/09/2022", TokenType.DATE);
        assertType(tokens, "14h30", TokenType.TIME);
        assertType(tokens, "UBND", TokenType.ABBREVIATION);
        assertType(tokens, "KH&CN", TokenType.ABBREVIATION);
        assertType(tokens, "info@dost.gov.vn", TokenType.EMAIL);
        assertType(tokens, "khxhnvnghean.gov.vn", TokenType.URL);
        assertType(tokens, "VNeID", TokenType.FOREIGN);
        assertType(tokens, "95,5%", TokenType.NUMBER);
        assertType(tokens, "2.500", TokenType.NUMBER);
        assertType(tokens, ";", TokenType.PUNCTUATION);
        assertType(tokens, ".", TokenType.PUNCTUATION);
        assertType(T.tokenize("smartphone"), "smartphone", TokenType.FOREIGN);
        assertType(T.tokenize("chờ..."), "...", TokenType.PUNCTUATION);
    }

    /** The treebank conventions of WordSegmenter and TokenizerRun, one example each. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
        người dân miền Nam nói tiếng Việt | người dân miền Nam nói tiếng Việt
        có lẽ người ta chưa biết | có_lẽ người_ta chưa biết
        ngôi nhà của cô ấy | ngôi nhà của cô ấy
        anh ấy rất bức xúc | anh ấy rất bức_xúc
        sau bữa ăn | sau bữa ăn
        TP. Hồ Chí Minh | TP. Hồ_Chí_Minh
        đi xe buýt và đọc trang web | đi xe_buýt và đọc trang_web
        võ sĩ Muay Thái | võ_sĩ Muay_Thái
        """)
    void followsTheTreebankConventions(String input, String expected) {
        assertEquals(expected, T.segment(input));
    }

    @Test
    void foreignWordsKeepTheirTypeAlone() {
        List<Token> tokens = T.tokenize("dùng Google và Facebook Messenger");
        assertType(tokens, "Google", TokenType.FOREIGN);
        assertType(tokens, "Facebook Messenger", TokenType.WORD);
        assertType(T.tokenize("H. Nguyễn"), "H.", TokenType.ABBREVIATION);
        assertType(T.tokenize("xem tài liệu A."), ".", TokenType.PUNCTUATION);
    }

    private static void assertType(List<Token> tokens, String text, TokenType type) {
        assertTrue(tokens.stream().anyMatch(t -> t.text().equals(text) && t.type() == type),
                () -> text + " as " + type + " in " + tokens);
    }

    @Test
    void userLexiconWordsAreFound() {
        assertFalse(Lexicon.standard().contains("gió xoáy tím"));
        Lexicon mine = Lexicon.builder().add("gió xoáy tím").build();
        VietnameseTokenizer t = VietnameseTokenizer.builder().lexicon(mine).build();
        assertEquals("gió_xoáy_tím", t.segment("gió xoáy tím"));
        assertFalse(T.segment("gió xoáy tím").contains("gió_xoáy_tím"));
    }

    /** The treebank conventions of our own entries do not split a user's words. */
    @Test
    void userWordsAreTakenAsWritten() {
        assertFalse(Lexicon.standard().contains("giờ mở cửa"));
        assertFalse(Lexicon.standard().contains("buổi họp"));
        Lexicon mine = Lexicon.builder().add("giờ mở cửa").add("buổi họp").build();
        VietnameseTokenizer t = VietnameseTokenizer.builder().lexicon(mine).build();
        assertEquals("giờ_mở_cửa của buổi_họp", t.segment("giờ mở cửa của buổi họp"));
    }

    @Test
    void properNameJoiningCanBeTurnedOff() {
        VietnameseTokenizer t = VietnameseTokenizer.builder().joinProperNames(false).build();
        assertEquals("Nguyễn Quý Linh", t.segment("Nguyễn Quý Linh"));
    }

    @Test
    void segmentationIgnoresCase() {
        assertEquals("KHOA_HỌC", T.segment("KHOA HỌC"));
        assertEquals("khoa_học", T.segment("khoa học"));
    }

    @Test
    void wordsDoNotCrossLineBreaks() {
        assertEquals(List.of("khoa", "học"), T.tokenize("khoa\nhọc").stream().map(Token::text).toList());
    }

    @Test
    void samplesTokenizeWithExactOffsets() throws IOException {
        for (Path sample : SharedData.samples()) {
            String text = Files.readString(sample);
            List<Token> tokens = T.tokenize(text);
            assertFalse(tokens.isEmpty());
            checkTokens(text, tokens);
        }
        String all = Files.readString(SharedData.samples().get(0));
        assertTrue(T.tokenize(all).stream().anyMatch(t -> t.type() == TokenType.DATE && t.text().equals("16/09/2022")));
    }

    @Test
    void sharedTokenizerIsThreadSafe() throws Exception {
        List<String> texts = new ArrayList<>();
        for (Path sample : SharedData.samples()) {
            texts.add(Files.readString(sample));
        }
        List<List<Token>> expected = texts.stream().map(T::tokenize).collect(Collectors.toList());
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int r = 0; r < 8; r++) {
                results.add(pool.submit(() -> {
                    for (int i = 0; i < texts.size(); i++) {
                        if (!T.tokenize(texts.get(i)).equals(expected.get(i))) {
                            return false;
                        }
                    }
                    return true;
                }));
            }
            for (Future<Boolean> f : results) {
                assertTrue(f.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** Tokens are in order, do not overlap, slice the text exactly and hold no outer whitespace. */
    static void checkTokens(String text, List<Token> tokens) {
        int last = 0;
        for (Token t : tokens) {
            assertTrue(t.start() >= last, () -> "overlap or disorder at " + t);
            assertEquals(text.substring(t.start(), t.end()), t.text());
            assertTrue(t.end() > t.start(), () -> "empty token " + t);
            assertFalse(Character.isWhitespace(text.charAt(t.start())), () -> "starts with a space: " + t);
            assertFalse(Character.isWhitespace(text.charAt(t.end() - 1)), () -> "ends with a space: " + t);
            last = t.end();
        }
    }

    @Property(tries = 500)
    void offsetsSliceAnyStringExactly(@ForAll @StringLength(max = 200) String text) {
        checkTokens(text, T.tokenize(text));
    }

    @Property(tries = 500)
    void offsetsSliceVietnameseLikeTextExactly(
            @ForAll @StringLength(max = 120) @Chars({' ', ' ', ' ', '.', ',', '-', '/', '@', ':', '%', '\n', '\u00A0',
                    'a', 'ă', 'â', 'đ', 'ơ', 'ư', 'ờ', 'ệ', 'ỹ', 'A', 'Đ', 'H', 'N', 'g', 'h', 'n', 't', 'u', 'o', 'c',
                    '\u0301', '\uD83D'}) @CharRange(from = '0', to = '9') String text) {
        List<Token> tokens = T.tokenize(text);
        checkTokens(text, tokens);
        List<Token> streamed = new ArrayList<>();
        T.tokenize(text, (type, start, end) -> streamed.add(new Token(text.substring(start, end), type, start, end)));
        assertEquals(tokens, streamed);
    }
}
