package io.github.vietnorm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProtectedSpansTest {

    /** The spans of {@code text} as {@code "text=KIND"}, joined by {@code " | "}. */
    static String describe(String text) {
        ProtectedSpans p = ProtectedSpans.scan(text);
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < p.size(); i++) {
            parts.add(text.substring(p.start(i), p.end(i)) + "=" + ProtectedSpans.kindName(p.kind(i)));
        }
        return String.join(" | ", parts);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', quoteCharacter = '"', textBlock = """
            xem https://vbpl.vn/tw/Pages/vbpq.aspx?ItemID=1 nhé        # https://vbpl.vn/tw/Pages/vbpq.aspx?ItemID=1=URL
            (http://dost.gov.vn).                                        # http://dost.gov.vn=URL
            tại www.dost.gov.vn.                                         # www.dost.gov.vn=URL
            cổng vbpl.vn, và                                             # vbpl.vn=URL
            trang khxhnvnghean.gov.vn/tin-tuc                            # khxhnvnghean.gov.vn/tin-tuc=URL
            Email: vanthu@dost.gov.vn.                                   # vanthu@dost.gov.vn=EMAIL
            Nghị định số 30/2020/NĐ-CP ngày                              # 30/2020/NĐ-CP=DOCUMENT_CODE
            Quyết định 123/QĐ-UBND.                                      # 123/QĐ-UBND=DOCUMENT_CODE
            Chỉ thị 05-CT/TW,                                            # 05-CT/TW=DOCUMENT_CODE
            Quy định 08-QĐi/TW                                           # 08-QĐi/TW=DOCUMENT_CODE
            Công văn 2152/TM-CNTT                                        # 2152/TM-CNTT=DOCUMENT_CODE
            Giấy phép 12/GP-SKHCN                                        # 12/GP-SKHCN=DOCUMENT_CODE
            Luật 29/2013/QH13                                            # 29/2013/QH13=DOCUMENT_CODE
            Quyết định 439/QĐ-TTg                                        # 439/QĐ-TTg=DOCUMENT_CODE
            Quyết định 439/QĐ-TTgngày                                    # 439/QĐ-TTg=DOCUMENT_CODE
            Nghị định 30/2020/NĐ-CPquy định                              # 30/2020/NĐ-CP=DOCUMENT_CODE
            Quy định 12/QyĐ-UBND                                         # 12/QyĐ-UBND=DOCUMENT_CODE
            số 367-QĐ/TWĐTN-VP                                           # 367-QĐ/TWĐTN-VP=DOCUMENT_CODE
            Số: 367 - QĐ/TWĐTN-VP                                        # 367 - QĐ/TWĐTN-VP=DOCUMENT_CODE
            số 1206 /QĐ-HVTC                                             # 1206 /QĐ-HVTC=DOCUMENT_CODE
            số31-QĐ/TW                                                   # 31-QĐ/TW=DOCUMENT_CODE
            văn bản 30/2020/nđ-cp                                        # 30/2020/nđ-cp=DOCUMENT_CODE
            số 456/UBND về                                               # 456/UBND=DOCUMENT_CODE
            theo TCVN 5502:2003 về                                       # TCVN 5502:2003=STANDARD
            đạt ISO/IEC 17025:2017                                       # ISO/IEC 17025:2017=STANDARD
            hệ thống TCVN ISO 9001:2015                                  # TCVN ISO 9001:2015=STANDARD
            QCVN 01:2009/BYT                                             # QCVN 01:2009/BYT=STANDARD
            giá 1.000.000 đồng                                           # 1.000.000=NUMBER
            từ 2,5 – 3 tỷ                                                # 2,5=NUMBER | 3=NUMBER
            tăng 3.5%                                                    # 3.5%=PERCENT
            đạt 46,27%.                                                  # 46,27%=PERCENT
            Ngày 16/09/2022                                              # 16/09/2022=DATE
            Ngày 28/5, Đảng bộ                                           # 28/5=DATE
            Chiều ngày 14.9, Chi bộ                                      # 14.9=DATE
            tháng 12/2022                                                # 12/2022=DATE
            lúc 14h30 ngày                                               # 14h30=TIME
            lúc 09:01:33 26/09/2022                                      # 09:01:33=TIME | 26/09/2022=DATE
            ĐT: 0236.3822.999                                            # 0236.3822.999=PHONE
            MST 0101234567-001                                           # 0101234567-001=PHONE
            dịch COVID-19 và                                             # COVID-19=CODE
            virus SARS-CoV-2                                             # SARS-CoV-2=CODE
            ca F0 và mạng 5G                                             # F0=CODE | 5G=CODE
            biển số 43H-0530                                             # 43H-0530=CODE
            TP.HCM                                                       # TP.HCM=ABBREVIATION
            Tp.HCM                                                       # Tp.HCM=ABBREVIATION
            PGS.TS. Nguyễn Văn A                                         # PGS.TS.=ABBREVIATION
            Đ/c Hùng                                                     # Đ/c=ABBREVIATION
            V/v triển khai                                               # V/v=ABBREVIATION
            Sở KH&CN tỉnh                                                # KH&CN=ABBREVIATION
            Bộ LĐ-TB&XH                                                  # LĐ-TB&XH=ABBREVIATION
            KH&CNXuất bản                                                # KH&CN=ABBREVIATION
            phát triển KT-XH                                             # KT-XH=ABBREVIATION
            và v.v. các                                                  # v.v.=ABBREVIATION
            ứng dụng VNeID                                               # VNeID=NAME
            xác thực eKYC                                                # eKYC=NAME
            điện thoại iPhone                                            # iPhone=NAME
            MobiFone, VinaPhone                                          # MobiFone=NAME | VinaPhone=NAME
            VietinBank và PetroVietnam                                   # VietinBank=NAME | PetroVietnam=NAME
            tiêu chuẩn VietGAP                                           # VietGAP=NAME
            mạng TikTok                                                  # TikTok=NAME
            """)
    void findsSpans(String text, String expected) {
        assertEquals(expected.strip(), describe(text.strip()));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', quoteCharacter = '"', textBlock = """
            Trung tâmThông tin
            Trúc LyĐại hội
            Bến Tre năm 2030.Quản lý
            mỗi năm.Về hoạt động
            hợp đồng dịch vụ.Các hoạt động
            Ủy ban nhân dân tỉnh
            UBND tỉnh
            """)
    void protectsNothingInWords(String text) {
        String d = describe(text);
        assertFalse(d.contains("NAME") || d.contains("URL") || d.contains("ABBREVIATION"), d);
    }

    @Test
    void numberStopsBeforeAGluedWord() {
        assertEquals("2022=NUMBER", describe("2022đã"));
        assertEquals("95%=PERCENT", describe("95%kế"));
        assertEquals("20ha=NUMBER", describe("20ha"));
        assertEquals("10km=NUMBER", describe("10km"));
    }

    @Test
    void queries() {
        String t = "Theo 30/2020/NĐ-CP và TP.HCM";
        ProtectedSpans p = ProtectedSpans.scan(t);
        assertEquals(2, p.size());
        assertEquals(TokenType.DOCUMENT_CODE, p.type(0));
        assertEquals(TokenType.ABBREVIATION, p.type(1));
        assertTrue(p.splits(t.indexOf('/')));
        assertFalse(p.splits(t.indexOf('3')));
        assertFalse(p.splits(t.indexOf(" và")));
        assertEquals(0, p.indexAt(t.indexOf("NĐ")));
        assertEquals(-1, p.indexAt(t.indexOf("và")));
        assertTrue(p.overlaps(0, t.indexOf('3') + 1));
        assertFalse(p.overlaps(0, t.indexOf('3')));
    }

    @Test
    void linearOnPathologicalInput() {
        String big = "a.".repeat(200_000) + "1/".repeat(200_000) + "A-".repeat(200_000) + "x@".repeat(100_000);
        ProtectedSpans p = ProtectedSpans.scan(big);
        assertTrue(p.size() >= 0);
    }

    @Property(tries = 300)
    void spansAreSortedAndInside(@ForAll @StringLength(max = 60) String s) {
        check(s);
    }

    @Property(tries = 300)
    void spansAreSortedAndInsideOnVietnameseAlphabet(@ForAll("vietnameseish") String s) {
        check(s);
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<String> vietnameseish() {
        return net.jqwik.api.Arbitraries.strings().withChars("aăâbcdđeêghiklmnoôơpqrstuưvxyàáạảãếệ0123456789 ./-:,&%@ABCĐHKNQTUVhw")
                .ofMaxLength(40);
    }

    private static void check(String s) {
        ProtectedSpans p = ProtectedSpans.scan(s);
        int prev = 0;
        for (int i = 0; i < p.size(); i++) {
            assertTrue(p.start(i) >= prev && p.end(i) > p.start(i) && p.end(i) <= s.length(), p::toString);
            prev = p.end(i);
        }
    }

    @Test
    void samplesKeepTheirIdentifiers() throws Exception {
        Path dir = Path.of(System.getProperty("vietnorm.shared", "../shared"), "samples");
        Assumptions.assumeTrue(Files.isDirectory(dir), "../shared/samples absent: skipping");
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.sorted().toList()) {
                all.append(Files.readString(f)).append('\n');
            }
        }
        String text = all.toString();
        String d = describe(text);
        for (String expected : List.of("05-CT/TW=DOCUMENT_CODE", "16/09/2022=DATE", "KH&CN=ABBREVIATION", "14.9=DATE",
                "46,27%=PERCENT", "28/5=DATE")) {
            assertTrue(d.contains(expected), expected);
        }
        assertFalse(d.contains("LyĐại"), "glued syllables are not a name");
        assertFalse(d.contains("tâmThông"), "glued syllables are not a name");
    }
}
