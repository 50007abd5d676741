package io.github.vietnorm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RunTogetherSplittingTest {
    private static final Stage STAGE = new RunTogetherSplitting(SyllableSplitChooser.INSTANCE);

    /** Applies the spacing stage alone. */
    static TextRewriter run(String s) {
        TextRewriter out = new TextRewriter(s, true);
        STAGE.apply(s, out, new StageContext());
        return out;
    }

    static String split(String s) {
        return run(s).result();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            Báo cáo tổng kếtthực hiện           | Báo cáo tổng kết thực hiện          | RUN_TOGETHER_SPLIT
            ban hành cácvăn bản                 | ban hành các văn bản                | RUN_TOGETHER_SPLIT
            quyềndân sự                         | quyền dân sự                        | RUN_TOGETHER_SPLIT
            địavị pháp lý                       | địa vị pháp lý                      | RUN_TOGETHER_SPLIT
            Kếtquả                              | Kết quả                             | RUN_TOGETHER_SPLIT
            ĐIỀU KHOẢNCUỐI CÙNG                 | ĐIỀU KHOẢN CUỐI CÙNG                | RUN_TOGETHER_SPLIT
            Chi bộ Trung tâmThông tin           | Chi bộ Trung tâm Thông tin          | CASE_BOUNDARY_SPLIT
            Trường Đại học lýKhoa               | Trường Đại học lý Khoa              | CASE_BOUNDARY_SPLIT
            Trúc LyĐại hội                      | Trúc Ly Đại hội                     | CASE_BOUNDARY_SPLIT
            liên quanTin hoạt động              | liên quan Tin hoạt động             | CASE_BOUNDARY_SPLIT
            Sở KH&CNXuất bản                    | Sở KH&CN Xuất bản                   | CASE_BOUNDARY_SPLIT
            nhiệm 2020 - 2022đã đánh giá        | nhiệm 2020 - 2022 đã đánh giá       | NUMBER_WORD_SPACE
            Phấn đấu 95%kế hoạch                | Phấn đấu 95% kế hoạch               | NUMBER_WORD_SPACE
            ngày 16/09/2022tại Hội trường       | ngày 16/09/2022 tại Hội trường      | NUMBER_WORD_SPACE
            Nghị định 30/2020/NĐ-CPquy định     | Nghị định 30/2020/NĐ-CP quy định    | NUMBER_WORD_SPACE
            lúc 14h30họp                        | lúc 14h30 họp                       | NUMBER_WORD_SPACE
            mỗi năm.Về hoạt động                | mỗi năm. Về hoạt động               | PUNCTUATION_SPACE
            năm 2030.Quản lý                    | năm 2030. Quản lý                   | PUNCTUATION_SPACE
            năm 2024,Ủy ban                     | năm 2024, Ủy ban                    | PUNCTUATION_SPACE
            đổi mới;giới thiệu                  | đổi mới; giới thiệu                 | PUNCTUATION_SPACE
            gồm:các lực lượng                   | gồm: các lực lượng                  | PUNCTUATION_SPACE
            Có không?Vì sao!Được                | Có không? Vì sao! Được              | PUNCTUATION_SPACE
            xã hội,ô nhiễm                      | xã hội, ô nhiễm                     | PUNCTUATION_SPACE
            PGS.TS.Nguyễn Văn A                 | PGS.TS. Nguyễn Văn A                | PUNCTUATION_SPACE
            đồng chí Hùng- Phó Giám đốc         | đồng chí Hùng - Phó Giám đốc        | DASH_SPACE
            Độc lập - Tự do -Hạnh phúc          | Độc lập - Tự do - Hạnh phúc         | DASH_SPACE
            """)
    void splits(String input, String expected, EditReason reason) {
        TextRewriter out = run(input);
        assertEquals(expected, out.result());
        assertFalse(out.edits().isEmpty());
        for (Edit e : out.edits()) {
            assertEquals(reason, e.reason(), input);
            assertEquals(" ", e.replacement());
            assertEquals(e.start(), e.end(), "insertions only");
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            ứng dụng VNeID và eKYC trên iPhone
            nhà mạng MobiFone, VinaPhone, Viettel
            ngân hàng VietinBank và PetroVietnam
            tiêu chuẩn VietGAP trên TikTok và YouTube
            ví MoMo và VietNam Airlines
            Quyết định 439/QĐ-TTg ngày
            Quy định 12/QyĐ-UBND và 08-QĐi/TW
            Chỉ thị 05-CT/TW, Công văn 2152/TM-CNTT, Giấy phép 12/GP-SKHCN
            Luật 29/2013/QH13 và Nghị định 30/2020/NĐ-CP
            tại TP.HCM và Tp.HCM
            PGS.TS. Nguyễn Văn A
            Đ/c Hùng, V/v triển khai
            Sở KH&CN, Bộ LĐ-TB&XH, phát triển KT-XH
            cổng www.dost.gov.vn, vbpl.vn và khxhnvnghean.gov.vn
            xem https://vbpl.vn/TW/Pages/vbpq.aspx?ItemID=1.Các
            thư vanthu@dost.gov.vn.
            hệ thống TCVN ISO 9001:2015, ISO/IEC 17025:2017, TCVN 5502:2003
            từ 2,5 – 3 tỷ, tăng 3.5%, đạt 46,27%
            Ngày 28/5, chiều ngày 14.9, lúc 14h30
            rộng 20ha và dài 10km
            dịch COVID-19 do SARS-CoV-2, ca F0, mạng 5G
            ĐT: 0236.3822.999, MST 0101234567-001
            30 kilôgam, 100 mililít, khí nitơ, lá côca, Hêrôin
            điểm a,b và c của khoản 1
            công thức N,N-dialkyl và [b,d] pyran
            tên miền quốc gia.VN
            tệp index.html và main.java
            Hanoi, Vietnam, Saigon
            Điều 12a và khoản 1b
            ĐIỀU KHỎAN CUỐI CÙNG
            Trưòng hợp
            bản đồ tỷ lệ 1:50.000
            ChươngXII
            """)
    void leavesAlone(String input) {
        assertSame(input, split(input));
    }

    @Test
    void ambiguousRunsAreLeftAloneWithoutALexicon() {
        // vị|trực and vịt|rực are both valid: the grammar alone cannot choose
        assertSame("đơn vịtrực ban", split("đơn vịtrực ban"));
    }

    /** The normalizer's default chooser uses the lexicon: ambiguous and unaccented runs get decided. */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            đơn vịtrực ban                      | đơn vị trực ban
            tổ chức thựchiện nhiệm vụ           | tổ chức thực hiện nhiệm vụ
            cơ quan nhà nước ởTrungương         | cơ quan nhà nước ở Trung ương
            xã hội chủnghĩaViệt Nam             | xã hội chủ nghĩa Việt Nam
            theoquy định của pháp luật          | theo quy định của pháp luật
            nhândân và khoahọc                  | nhân dân và khoa học
            có quyền nêuý kiến                  | có quyền nêu ý kiến
            """)
    void lexiconDecides(String input, String expected) {
        assertEquals(expected, VietnameseNormalizer.standard().normalize(input));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            xe taxi, dữ liệu data, khí metan, đá mica
            sân bay là tám kilômét
            chủ nghĩa Mác - Lênin
            CHƯƠNGI
            ví MoMo, hãng VietJet, MobiFone
            """)
    void lexiconLeavesAlone(String input) {
        assertSame(input, VietnameseNormalizer.standard().normalize(input));
    }

    @Test
    void cleanTextIsTheSameInstance() {
        String clean = "Sở Khoa học và Công nghệ tổ chức hội nghị tổng kết năm 2022, theo 30/2020/NĐ-CP.";
        assertSame(clean, split(clean));
        assertSame(clean, VietnameseNormalizer.standard().normalize(clean));
    }

    @Test
    void offsetMapStaysExact() {
        String in = "tổng kếtthực hiện năm.Về 2022đã";
        Normalized r = VietnameseNormalizer.standard().normalizeWithEdits(in);
        assertEquals("tổng kết thực hiện năm. Về 2022 đã", r.text());
        int at = r.text().indexOf("thực");
        assertEquals(in.indexOf("thực"), r.toOriginalOffset(at));
        assertEquals(in.indexOf("Về"), r.toOriginalOffset(r.text().indexOf("Về")));
        assertEquals(in.indexOf("đã"), r.toOriginalOffset(r.text().indexOf("đã")));
        assertEquals(in.length(), r.toOriginalOffset(r.text().length()));
    }

    @Test
    void builderOptionTurnsTheStageOff() {
        String in = "tổng kếtthực hiện";
        assertSame(in, VietnameseNormalizer.builder().splitRunTogetherWords(false).build().normalize(in));
    }

    /** The samples: exactly the known run-together spots are fixed, nothing else is split. */
    @Test
    void samples() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path f : SharedData.samples()) {
            for (String line : Files.readAllLines(f)) {
                Normalized r = VietnameseNormalizer.standard().normalizeWithEdits(line);
                for (Edit e : r.edits()) {
                    if (isSpacing(e.reason())) {
                        int a = line.lastIndexOf(' ', e.start() - 1) + 1;
                        int b = line.indexOf(' ', e.start());
                        found.add(e.reason() + " " + line.substring(a, e.start()) + "|" + line.substring(e.start(), b < 0 ? line.length() : b));
                    }
                }
            }
        }
        assertEquals(new TreeSet<>(List.of(
                "CASE_BOUNDARY_SPLIT tâm|Thông",
                "RUN_TOGETHER_SPLIT kết|thực",
                "NUMBER_WORD_SPACE 2022|đã",
                "RUN_TOGETHER_SPLIT các|văn",
                "PUNCTUATION_SPACE năm.|Về",
                "PUNCTUATION_SPACE vụ.|Các",
                "PUNCTUATION_SPACE 2022.|Báo",
                "PUNCTUATION_SPACE 2030.|Quản")), new TreeSet<>(found), found.toString());
        assertEquals(8, found.size(), found.toString());
    }

    static boolean isSpacing(EditReason r) {
        return r == EditReason.RUN_TOGETHER_SPLIT || r == EditReason.CASE_BOUNDARY_SPLIT || r == EditReason.NUMBER_WORD_SPACE
                || r == EditReason.PUNCTUATION_SPACE || r == EditReason.DASH_SPACE;
    }

    // ------------------------------------------------------------------ properties

    /** Vietnamese-looking text with glued words, codes, numbers and punctuation. */
    @Provide
    Arbitrary<String> gluedText() {
        Arbitrary<String> piece = Arbitraries.of(
                "kết", "thực", "hiện", "các", "văn", "bản", "Trung", "tâm", "Thông", "tin", "năm", "Về", "đã", "quyền",
                "dân", "sự", "vị", "trực", "KH&CN", "VNeID", "iPhone", "MobiFone", "30/2020/NĐ-CP", "05-CT/TW", "TP.HCM",
                "2022", "95%", "2,5", "14.9", "16/09/2022", "14h30", "www.dost.gov.vn", "TCVN ISO 9001:2015", "COVID-19",
                "kilôgam", "Hùng", "ĐIỀU", "KHOẢN", "a", "ô", "ở", "x", "Q");
        Arbitrary<String> sep = Arbitraries.of("", "", " ", " ", ".", ",", ";", ":", "- ", " -", "-", "\n", "!", "?");
        return Arbitraries.integers().between(1, 12).flatMap(k -> piece.list().ofSize(k).flatMap(ps ->
                sep.list().ofSize(k).map(ss -> {
                    StringBuilder sb = new StringBuilder();
                    for (int i = 0; i < ps.size(); i++) {
                        sb.append(ps.get(i)).append(ss.get(i));
                    }
                    return sb.toString();
                })));
    }

    @Property(tries = 600)
    void onlyInsertsSpaces(@ForAll("gluedText") String s) {
        String out = split(s);
        assertEquals(s.replace(" ", ""), out.replace(" ", ""));
        assertTrue(out.length() >= s.length());
    }

    @Property(tries = 600)
    void idempotent(@ForAll("gluedText") String s) {
        String once = split(s);
        assertEquals(once, split(once));
    }

    @Property(tries = 600)
    void protectedSpansComeOutByteIdentical(@ForAll("gluedText") String s) {
        ProtectedSpans spans = ProtectedSpans.scan(s);
        TextRewriter out = run(s);
        for (Edit e : out.edits()) {
            assertFalse(spans.splits(e.start()), () -> "insertion at " + e.start() + " splits a span of " + s + ": " + spans);
        }
        String result = out.result();
        int from = 0;
        for (int i = 0; i < spans.size(); i++) {
            String span = s.substring(spans.start(i), spans.end(i));
            int at = result.indexOf(span, from);
            assertTrue(at >= 0, () -> span + " not intact in " + result);
            from = at + span.length();
        }
    }

    @Property(tries = 300)
    void neverThrowsOnArbitraryStrings(@ForAll String s) {
        String out = split(s);
        assertEquals(s.replace(" ", ""), out.replace(" ", ""));
    }
}
