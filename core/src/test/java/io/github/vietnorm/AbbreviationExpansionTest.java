package io.github.vietnorm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vietnorm.dictionaries.Abbreviations;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AbbreviationExpansionTest {
    private static final VietnameseNormalizer EXPAND = VietnameseNormalizer.builder().expandAbbreviations(true).build();
    private static final VietnameseNormalizer BOTH = EXPAND.toBuilder().abbreviationMode(AbbreviationMode.KEEP_BOTH).build();
    private static final VietnameseNormalizer OFF = VietnameseNormalizer.builder().build();

    /** One or more cases per category, expanded. */
    @ParameterizedTest(name = "{2}: {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            "theo NQ của Đảng ủy"                     | "theo Nghị quyết của Đảng ủy"                     | doctype, always
            "ban hành TTr số 12 về"                   | "ban hành Tờ trình số 12 về"                      | doctype, before số
            "công bố QĐ xếp loại chi bộ"              | "công bố Quyết định xếp loại chi bộ"              | doctype QĐ before a lower-case word
            "gửi TrS cho"                             | "gửi Bản trích sao cho"                           | copy, mixed case
            "V/v triển khai nhiệm vụ"                 | "Về việc triển khai nhiệm vụ"                     | signature, sentence start
            "Lưu: VT, KH."                            | "Lưu: Văn thư, KH."                               | signature, after Lưu
            "UBND tỉnh Nghệ An"                       | "Ủy ban nhân dân tỉnh Nghệ An"                    | state
            "kỳ họp HĐND tỉnh"                        | "kỳ họp Hội đồng nhân dân tỉnh"                   | state
            "Ủy ban MTTQ tỉnh"                        | "Ủy ban Mặt trận Tổ quốc tỉnh"                    | state
            "ý kiến ĐBQH tại"                         | "ý kiến đại biểu Quốc hội tại"                    | state, common noun
            "Sở KH&CN tỉnh"                           | "Sở Khoa học và Công nghệ tỉnh"                   | ministry sector after Sở
            "Sở KHCN tỉnh"                            | "Sở Khoa học và Công nghệ tỉnh"                   | variant
            "Bộ KH-CN"                                | "Bộ Khoa học và Công nghệ"                        | variant with hyphen
            "tiềm lực KH&CN tại"                      | "tiềm lực khoa học và công nghệ tại"              | sector as a common noun
            "dịch vụ KHC&N, Trung tâm"                | "dịch vụ khoa học và công nghệ, Trung tâm"        | garbled variant; vụ is not Vụ
            "Sở GD&ĐT, Sở TN&MT, Sở NN&PTNT"          | "Sở Giáo dục và Đào tạo, Sở Tài nguyên và Môi trường, Sở Nông nghiệp và Phát triển nông thôn" | ministries
            "Sở LĐ-TB&XH và Sở VH-TT&DL"              | "Sở Lao động - Thương binh và Xã hội và Sở Văn hóa, Thể thao và Du lịch" | ministries with hyphens
            "Bộ NN&MT và Bộ DT&TG"                    | "Bộ Nông nghiệp và Môi trường và Bộ Dân tộc và Tôn giáo" | 2025 reorganisation
            "ngành GTVT"                              | "ngành Giao thông vận tải"                        | ministry, ngành
            "Đảng ủy Khối CCQ tỉnh"                   | "Đảng ủy Khối các cơ quan tỉnh"                   | party, CCQ after Khối
            "BCH Khóa II ra mắt"                      | "Ban Chấp hành Khóa II ra mắt"                    | party, BCH before khóa
            "Ủy viên BCT, Thường trực BBT"            | "Ủy viên Bộ Chính trị, Thường trực Ban Bí thư"    | party, BCT and BBT
            "đồng chí UVBCT"                          | "đồng chí Ủy viên Bộ Chính trị"                   | party, always
            "của UBKT Tỉnh ủy"                        | "của Ủy ban Kiểm tra Tỉnh ủy"                     | party
            "HLHPN xã"                                | "Hội Liên hiệp Phụ nữ xã"                         | organization
            "Công ty TNHH MTV Cao su"                 | "Công ty trách nhiệm hữu hạn một thành viên Cao su" | organization, MTV after TNHH
            "Nhận thức được tầm quan trọng của CNTT, Chi bộ" | "Nhận thức được tầm quan trọng của công nghệ thông tin, Chi bộ" | term, lower case
            "giải quyết TTHC cho người dân"           | "giải quyết thủ tục hành chính cho người dân"     | term
            "phát triển KT-XH của tỉnh"               | "phát triển kinh tế - xã hội của tỉnh"            | term with hyphen
            "xây dựng NTM, trường THPT"               | "xây dựng nông thôn mới, trường trung học phổ thông" | terms
            "đội ngũ CBCCVC và QLNN"                  | "đội ngũ cán bộ, công chức, viên chức và quản lý nhà nước" | terms
            "các Hội KHKT tỉnh"                       | "các Hội Khoa học và Kỹ thuật tỉnh"               | term as a name after Hội
            "PGS.TS. Nguyễn Văn An"                   | "Phó Giáo sư, Tiến sĩ Nguyễn Văn An"              | title
            "ThS. Lê Thị Hoa"                         | "Thạc sĩ Lê Thị Hoa"                              | title with dot
            "cùng Đ/c Hùng"                           | "cùng đồng chí Hùng"                              | title, lower case inside a sentence
            "Đ/c Hùng phát biểu"                      | "Đồng chí Hùng phát biểu"                         | title, sentence start
            "tại TP. Huế"                             | "tại thành phố Huế"                               | place
            "tại TP.HCM"                              | "tại Thành phố Hồ Chí Minh"                       | place, TP.HCM
            "tại Q. Hoàn Kiếm"                        | "tại quận Hoàn Kiếm"                              | place, Q. before a name
            "P. Bến Nghé, Q. 1"                       | "Phường Bến Nghé, quận 1"                         | place, next:<num> overrides the identifier rule
            "vùng ĐBSCL"                              | "vùng Đồng bằng sông Cửu Long"                    | place
            "ĐT: 0236.3822.999"                       | "Điện thoại: 0236.3822.999"                       | term before a number (next:<num>)
            "K/g: Sở Tài chính"                       | "Kính gửi: Sở Tài chính"                          | signature
            "xem tr. 15"                              | "xem trang 15"                                    | lower-case variant before a number
            """)
    void expands(String input, String expected, String what) {
        assertEquals(expected, EXPAND.normalize(input), what);
    }

    /** Every Decree 30/2020 document type, in running text before "số"; the copy codes SY and SL only name codes. */
    @ParameterizedTest(name = "{0}")
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
            TrS | Bản trích sao
            SY  | SY
            SL  | SL
            """)
    void decree30TypesInText(String code, String name) {
        assertEquals("theo " + name + " số 01 ngày", EXPAND.normalize("theo " + code + " số 01 ngày"));
        assertEquals("theo " + code + " 01 ngày", EXPAND.normalize("theo " + code + " 01 ngày"), "followed by a number: an identifier");
        assertEquals("số 01/" + code + "-UBND", EXPAND.normalize("số 01/" + code + "-UBND"), "inside a code");
    }

    /** Each context rule, expanded and not expanded. */
    @ParameterizedTest(name = "{2}: {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            "CT UBND tỉnh"              | "Chủ tịch Ủy ban nhân dân tỉnh"   | CT before UBND
            "theo CT số 05"             | "theo Chỉ thị số 05"              | CT before số
            "CT đã ký"                  | "CT đã ký"                        | CT without context
            "Bộ trưởng BCT"             | "Bộ trưởng Bộ Công Thương"        | BCT after Bộ trưởng
            "BCT và BTC"                | "BCT và BTC"                      | BCT, BTC without context
            "BTC hội nghị"              | "Ban Tổ chức hội nghị"            | BTC before hội nghị
            "thứ trưởng BTC"            | "thứ trưởng Bộ Tài chính"         | BTC after thứ trưởng
            "TT số 01 của Bộ"           | "Thông tư số 01 của Bộ"           | TT before số
            "TT Y tế huyện"             | "Trung tâm Y tế huyện"            | TT before Y tế
            "về TT Phong Điền"          | "về thị trấn Phong Điền"          | TT before a name
            "tăng TT"                   | "tăng TT"                         | TT alone
            "Thủ tướng CP"              | "Thủ tướng Chính phủ"             | CP after Thủ tướng
            "Công ty CP Sông Đà"        | "Công ty cổ phần Sông Đà"         | CP after Công ty
            "giá CP tăng"               | "giá CP tăng"                     | CP alone
            "Q. GIÁM ĐỐC"               | "QUYỀN GIÁM ĐỐC"                  | Q. before capitals (signature)
            "Q. Giám đốc Sở"            | "Quyền Giám đốc Sở"               | Q. before a title
            "Nguyễn Q. Anh"             | "Nguyễn Q. Anh"                   | Q. inside a name
            "P. Giám đốc phụ trách"     | "Phó Giám đốc phụ trách"          | P. before a title
            "ông Lê P. Hùng"            | "ông Lê P. Hùng"                  | P. inside a name
            "quỹ CCQ mở"                | "quỹ CCQ mở"                      | CCQ outside Khối
            "BCH Quân sự xã"            | "Ban Chỉ huy Quân sự xã"          | BCH military sense
            "Trường ĐH Vinh"            | "Trường Đại học Vinh"             | ĐH after Trường
            "ĐH Đảng bộ tỉnh"           | "Đại hội Đảng bộ tỉnh"            | ĐH before Đảng bộ
            "trình độ ĐH trở lên"       | "trình độ đại học trở lên"        | ĐH as a common noun
            "ĐH rồi"                    | "ĐH rồi"                          | ĐH alone
            "tổ chức Lưu: VT"           | "tổ chức Lưu: Văn thư"            | VT after Lưu:
            "mạng VT"                   | "mạng VT"                         | VT alone
            "QH khóa XV"                | "Quốc hội khóa XV"                | QH before khóa
            "lập QH chung"              | "lập quy hoạch chung"             | QH planning sense
            """)
    void contextRules(String input, String expected, String what) {
        assertEquals(expected, EXPAND.normalize(input), what);
    }

    /** Identifiers and codes stay. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            "Quyết định số 1234/QĐ-UBND ngày"
            "thực hiện Chỉ thị 05-CT/TW, Chỉ thị 48-CT/TW"
            "Nghị định 30/2020/NĐ-CP"
            "phù hợp TCVN ISO 9001:2015 và"
            "theo TCVN 5502:2003 về"
            "QCVN 01:2009/BYT"
            "khxhnvnghean.gov.vn"
            "UBND-VP"
            "NĐ-CP/2020"
            "mã CNTT2 và KHCNx"
            "ubnd tỉnh"
            "Ubnd tỉnh"
            """)
    void identifiersAndCodesStay(String input) {
        assertEquals(input, EXPAND.normalize(input));
    }

    @Test
    void gluedToTheNextWordStays() {
        VietnameseNormalizer noSplit = EXPAND.toBuilder().splitRunTogetherWords(false).build();
        assertEquals("tại TP.Huế", noSplit.normalize("tại TP.Huế"));
        assertEquals("UBND.Về", noSplit.normalize("UBND.Về"));
    }

    /**
     * Glued where the spacing stage would separate a word, or in a token that still looks
     * legacy-encoded: the expansion would change what an earlier stage does on a second pass.
     */
    @Test
    void gluedToPunctuationOrInLegacyLookingTokenStays() {
        assertEquals("tỷ lệ 0%ĐU", EXPAND.normalize("tỷ lệ 0%ĐU"));
        assertEquals("c,Q. Yạ", EXPAND.normalize("c,Q.Yạ"));
        assertEquals("tổ -UBND tỉnh", EXPAND.normalize("tổ -UBND tỉnh"));
        assertEquals("tổ UBND- tỉnh", EXPAND.normalize("tổ UBND- tỉnh"));
        assertEquals("¶QĐ; uQ", EXPAND.normalize("¶QĐ; uQ"));
        assertEquals("§ĐU\u00AD", EXPAND.normalize("§ĐU\u00AD"));
        // standing alone, next to the same characters: expanded
        assertEquals("tỷ lệ 0% Đảng ủy", EXPAND.normalize("tỷ lệ 0% ĐU"));
        assertEquals("tổ - Ủy ban nhân dân tỉnh", EXPAND.normalize("tổ - UBND tỉnh"));
        assertEquals("¶ Quyết định; uQ", EXPAND.normalize("¶ QĐ; uQ"));
        assertEquals("(Đảng ủy)", EXPAND.normalize("(ĐU)"));
    }

    @Test
    void definitionInParenthesesStays() {
        String s = "Trung tâm Ứng dụng tiến bộ Khoa học và Công nghệ (KH&CN), qua đó";
        assertEquals(s, EXPAND.normalize(s));
        assertEquals("Sở Khoa học và Công nghệ (KH&CN) tỉnh", EXPAND.normalize("Sở Khoa học và Công nghệ (KH&CN) tỉnh"));
        assertEquals("ngành (khoa học và công nghệ)", EXPAND.normalize("ngành (KH&CN)"));
        assertEquals("Quy chuẩn kỹ thuật quốc gia, ký hiệu là QCVN;", EXPAND.normalize("Quy chuẩn kỹ thuật quốc gia, ký hiệu là QCVN;"));
        assertEquals("được viết tắt là “UBND”", EXPAND.normalize("được viết tắt là “UBND”"));
        assertEquals("gọi tắt là: CNTT", EXPAND.normalize("gọi tắt là: CNTT"));
    }

    @Test
    void syllableLikeSpellingsNextToCapitalsAreWords() {
        assertEquals("HỘI NGHỊ LẦN THỨ TƯ BAN CHẤP HÀNH TRUNG ƯƠNG", EXPAND.normalize("HỘI NGHỊ LẦN THỨ TƯ BCH TW"));
        assertEquals("BỘ KẾ HOẠCH VÀ ĐẦU TƯ", EXPAND.normalize("BỘ KẾ HOẠCH VÀ ĐẦU TƯ"));
        assertEquals("Ban Chấp hành Trung ương", EXPAND.normalize("BCH TƯ"));
        assertEquals("hàng Việt Nam tốt. VN", EXPAND.normalize("hàng VN tốt. VN"));
        assertEquals("Ủy ban Kiểm tra Tỉnh ủy", EXPAND.normalize("UBKT TU"), "TU is not a word in capitals here");
        assertEquals("THAY MẶT ỦY BAN NHÂN DÂN TỈNH", EXPAND.normalize("TM. UBND TỈNH"), "abbreviations are looked past");
        assertEquals("Đại hội XIII của Đảng", EXPAND.normalize("ĐH XIII của Đảng"), "Roman numerals are not capitals");
        assertEquals("UV Ban Chấp hành", EXPAND.normalize("UV BCH"), "an unknown acronym is not a word in capitals");
        assertEquals("Hội nghị Trung ương 4", EXPAND.normalize("Hội nghị TW 4"), "next:<num> ; always");
        assertEquals("Chủ tịch nước Võ Văn Thưởng", EXPAND.normalize("CTN Võ Văn Thưởng"));
        assertEquals("Chính phủ ban hành", EXPAND.normalize("CP ban hành"));
        assertEquals("KS Mường Thanh", EXPAND.normalize("KS Mường Thanh"), "khách sạn or kỹ sư: left alone");
    }

    @Test
    void namesAfterAKindOfBodyAreCapitalized() {
        assertEquals("Trung tâm Công nghệ thông tin tỉnh", EXPAND.normalize("Trung tâm CNTT tỉnh"));
        assertEquals("Cục Công nghệ thông tin", EXPAND.normalize("Cục CNTT"));
        assertEquals("Ban Chuyển đổi số tỉnh", EXPAND.normalize("Ban CĐS tỉnh"));
        assertEquals("ứng dụng công nghệ thông tin", EXPAND.normalize("ứng dụng CNTT"));
        assertEquals("tiêu chuẩn TCVN", EXPAND.normalize("tiêu chuẩn TCVN"));
    }

    @Test
    void capitalsInsideAnAllCapitalsLine() {
        assertEquals("ĐẠI HỘI CHI BỘ TRUNG TÂM THÔNG TIN - ỨNG DỤNG KHOA HỌC VÀ CÔNG NGHỆ NHIỆM KỲ 2020 – 2025",
                EXPAND.normalize("ĐẠI HỘI CHI BỘ TRUNG TÂM THÔNG TIN - ỨNG DỤNG KH&CN NHIỆM KỲ 2020 – 2025"));
        assertEquals("THAY MẶT ỦY BAN NHÂN DÂN\nKÝ THAY CHỦ TỊCH", EXPAND.normalize("TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH"));
        assertEquals("Ủy ban nhân dân", EXPAND.normalize("UBND"), "no neighbour: as in the dictionary");
    }

    @Test
    void sentenceStartCapitalizes() {
        assertEquals("Năm 2022. Công nghệ thông tin phát triển", EXPAND.normalize("Năm 2022. CNTT phát triển"));
        assertEquals("- Công nghệ thông tin\n- Cải cách hành chính", EXPAND.normalize("- CNTT\n- CCHC"));
        assertEquals("ứng dụng công nghệ thông tin", EXPAND.normalize("ứng dụng CNTT"));
    }

    @Test
    void keepBothMode() {
        assertEquals("Ủy ban nhân dân (UBND) tỉnh", BOTH.normalize("UBND tỉnh"));
        assertEquals("dịch vụ khoa học và công nghệ (KH&CN), Trung tâm", BOTH.normalize("dịch vụ KHC&N, Trung tâm"),
                "a garbled spelling is shown in its canonical form");
        assertEquals("Sở Khoa học và Công nghệ (KHCN)", BOTH.normalize("Sở KHCN"), "a valid variant is kept as written");
        assertEquals("Chỉ thị 05-CT/TW", BOTH.normalize("Chỉ thị 05-CT/TW"));
    }

    @Test
    void editsAreLoggedAndOffsetsMapBack() {
        String in = "UBND tỉnh và Sở KH&CN";
        Normalized r = EXPAND.normalizeWithEdits(in);
        assertEquals("Ủy ban nhân dân tỉnh và Sở Khoa học và Công nghệ", r.text());
        assertEquals(List.of(
                new Edit(0, 4, "Ủy ban nhân dân", EditReason.ABBREVIATION_EXPANSION),
                new Edit(16, 21, "Khoa học và Công nghệ", EditReason.ABBREVIATION_EXPANSION)), r.edits());
        assertEquals(5, r.toOriginalOffset("Ủy ban nhân dân ".length()));
        assertEquals(r.text(), EditLog.apply(in, r.edits()));
    }

    @Test
    void offByDefaultAndCleanTextIsReturnedAsIs() {
        assertFalse(OFF.expandsAbbreviations());
        assertEquals(AbbreviationMode.REPLACE, OFF.abbreviationMode());
        assertSame(Abbreviations.standard(), OFF.abbreviations());
        String s = "UBND tỉnh và Sở KH&CN";
        assertSame(s, OFF.normalize(s));
        String clean = "Sở Khoa học và Công nghệ tổ chức hội nghị. Chỉ thị 05-CT/TW.";
        assertSame(clean, EXPAND.normalize(clean));
        assertTrue(EXPAND.toBuilder().build().expandsAbbreviations());
        assertEquals(AbbreviationMode.KEEP_BOTH, BOTH.toBuilder().build().abbreviationMode());
    }

    @Test
    void userDictionary() throws IOException {
        Abbreviations mine = Abbreviations.standard().withOverrides(Abbreviations.load(new StringReader(
                "UBND | Ủy ban Nhân dân | state\nTTS | thực tập sinh | term | next:<Name>\n"), "mine.txt"));
        VietnameseNormalizer n = EXPAND.toBuilder().abbreviations(mine).build();
        assertSame(mine, n.abbreviations());
        assertEquals("Ủy ban Nhân dân tỉnh, thực tập sinh Lan, Hội đồng nhân dân",
                n.normalize("UBND tỉnh, TTS Lan, HĐND"));
        assertEquals("TTS giỏi", n.normalize("TTS giỏi"));
        VietnameseNormalizer only = EXPAND.toBuilder().abbreviations(Abbreviations.empty()).build();
        assertEquals("UBND tỉnh", only.normalize("UBND tỉnh"));
    }

    /** Every expansion made on the real samples replaces a dictionary spelling, and codes survive. */
    @Test
    void samples() throws IOException {
        Path dir = Path.of(System.getProperty("vietnorm.shared", "../shared"), "samples");
        Assumptions.assumeTrue(Files.isDirectory(dir), "../shared/samples absent: skipping");
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        Assumptions.assumeTrue(!files.isEmpty(), "no samples");
        int expansions = 0;
        StringBuilder all = new StringBuilder();
        for (Path f : files) {
            String text = Files.readString(f, StandardCharsets.UTF_8);
            Normalized base = OFF.normalizeWithEdits(text);
            Normalized r = EXPAND.normalizeWithEdits(text);
            assertEquals(r.text(), EditLog.apply(text, r.edits()), f.toString());
            for (Edit e : r.edits()) {
                if (e.reasons().contains(EditReason.ABBREVIATION_EXPANSION)) {
                    expansions++;
                    String before = e.before(text).replace('\u00A0', ' ').strip(); // a line-end space deleted next to it is merged in
                    assertTrue(Abbreviations.standard().contains(before), "expanded a non-spelling: " + before);
                }
            }
            // with expansion on, only abbreviation edits differ from the default pipeline
            long others = r.edits().stream().filter(e -> !e.reasons().contains(EditReason.ABBREVIATION_EXPANSION)).count();
            long merged = r.edits().stream().filter(e -> e.reasons().size() > 1).count();
            assertEquals(base.edits().size(), others + merged, f.toString());
            all.append(r.text()).append('\n');
        }
        String out = all.toString();
        for (String kept : new String[] {"05-CT/TW", "48-CT/TW", "21-CT/TW", "TCVN ISO 9001:2015",
                "Khoa học và Công nghệ (KH&CN)", "khxhnvnghean.gov.vn"}) {
            assertTrue(out.contains(kept), "kept: " + kept);
        }
        for (String made : new String[] {"Ủy viên Đảng ủy Sở Khoa học và Công nghệ", "Đảng ủy Khối các cơ quan tỉnh",
                "Ủy ban nhân dân tỉnh", "tầm quan trọng của công nghệ thông tin", "Ban Chấp hành Khóa II",
                "dịch vụ khoa học và công nghệ", "Hội Khoa học và Kỹ thuật", "Quyết định xếp loại chi bộ",
                "ỨNG DỤNG KHOA HỌC VÀ CÔNG NGHỆ"}) {
            assertTrue(out.contains(made), "expanded: " + made);
        }
        for (String gone : new String[] {"UBND", "KHC&N", "CCQ", "CNTT", "KHKT"}) {
            assertFalse(out.contains(gone + " "), "left: " + gone);
        }
        assertTrue(expansions >= 40, "expansions: " + expansions);
    }

    @Property(tries = 300)
    void neverThrowsAndOffChangesNothingBeyondTheDefaultPipeline(
            @ForAll @StringLength(max = 60) @Chars({'U', 'B', 'N', 'D', 'Đ', 'K', 'H', '&', 'C', 'T', 'P', 'Q', '.', '/', '-',
                    ' ', '\n', '(', ')', ':', ',', '0', '5', 's', 'ố', 'ở', 'a', 'M', 'S'}) @CharRange(from = '\ud800', to = '\ud801')
            String s) {
        String off = OFF.normalize(s);
        assertTrue(OFF.normalizeWithEdits(s).edits().stream().noneMatch(e -> e.reasons().contains(EditReason.ABBREVIATION_EXPANSION)));
        String on = EXPAND.normalize(s);
        BOTH.normalize(s);
        Normalized r = EXPAND.normalizeWithEdits(s);
        assertEquals(on, r.text());
        assertEquals(on, EditLog.apply(s, r.edits()));
        for (Edit e : r.edits()) {
            if (!e.reasons().contains(EditReason.ABBREVIATION_EXPANSION)) {
                continue;
            }
            assertTrue(Abbreviations.standard().contains(e.before(s)) || !e.reasons().get(0).equals(EditReason.ABBREVIATION_EXPANSION),
                    e.toString());
        }
        if (r.edits().stream().noneMatch(e -> e.reasons().contains(EditReason.ABBREVIATION_EXPANSION))) {
            assertEquals(off, on);
        }
    }

    /** Phrases made of dictionary spellings and the words their rules look at. */
    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<String> phrases() {
        List<String> words = new java.util.ArrayList<>(Abbreviations.standard().spellings());
        words.addAll(List.of("Sở", "Bộ", "tỉnh", "số", "05", "Hà Nội", "Huế", "Nguyễn", "Văn", "GIÁM ĐỐC", "Ủy viên",
                "Bộ trưởng", "Công ty", "Thủ tướng", "khóa", "Khối", "Lưu:", "trình độ", "Trường", "của", "các", "và",
                "Chủ tịch", "Y tế", "Đảng bộ", "Hồ Chí Minh", ",", ".", "(", ")", "\n", "-", "thành phố", "Ủy ban",
                "nhân dân", "Khoa học và Công nghệ", "Quốc hội", "Chính phủ", "Phó", "lập", "chung", "1"));
        return net.jqwik.api.Arbitraries.of(words).list().ofMinSize(1).ofMaxSize(6)
                .map(l -> String.join(" ", l).replace("\\n", "\n"));
    }

    @Property(tries = 2000)
    void idempotentOnDictionaryPhrases(@ForAll("phrases") String s) {
        for (VietnameseNormalizer n : new VietnameseNormalizer[] {EXPAND, BOTH}) {
            String once = n.normalize(s);
            assertEquals(once, n.normalize(once), () -> "not idempotent: " + s + " -> " + once + " (" + n.abbreviationMode() + ")");
        }
    }

    @Property(tries = 200)
    void anyStringNeverThrows(@ForAll @StringLength(max = 80) String s) {
        EXPAND.normalize(s);
        BOTH.normalizeWithEdits(s);
        DocumentCode.parse(s);
    }
}
