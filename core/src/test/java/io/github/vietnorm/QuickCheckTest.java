package io.github.vietnorm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.text.Normalizer2;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The fast path: lines {@link QuickCheck} proves clean are really left alone, and the line-by-line
 * pipeline gives exactly what running every stage over the whole text gives.
 */
class QuickCheckTest {
    private static final VietnameseNormalizer STANDARD = VietnameseNormalizer.standard();
    private static final QuickCheck QUICK = new QuickCheck(ToneStyle.TRADITIONAL, new TonePlacement(ToneStyle.TRADITIONAL),
            new RunTogetherSplitting(LexiconSplitChooser.STANDARD));

    /**
     * Every stage over the whole text, one after the other (the tone stage again after a split):
     * the pipeline's definition.
     */
    static String stageByStage(VietnameseNormalizer n, String text) {
        StageContext context = new StageContext();
        String current = text;
        Stage tone = null;
        for (Stage stage : n.stages()) {
            String next = apply(stage, current, context);
            if (stage instanceof TonePlacement) {
                tone = stage;
            }
            if (next != current && stage instanceof RunTogetherSplitting) {
                next = apply(tone, next, context);
            }
            current = next;
        }
        return current;
    }

    private static String apply(Stage stage, String text, StageContext context) {
        TextRewriter out = new TextRewriter(text, false);
        stage.apply(text, out, context);
        return out.result();
    }

    @Test
    void aSplitSyllableGetsTheStyleInTheSamePass() {
        VietnameseNormalizer modern = VietnameseNormalizer.builder().toneStyle(ToneStyle.MODERN).build();
        String once = modern.normalize("y\u00D2a");
        assertEquals(once, modern.normalize(once));
        assertEquals(once, modern.normalizeWithEdits("y\u00D2a").text());
    }

    @Test
    void aWordGluedToANumberGetsItsSpaceAndItsMark() {
        // the spacing stage inserts the space, the tone stage before it moves the mark: a stretch
        // that only the spacing stage would act on must not skip the tone stage here
        for (String s : new String[] {"h\u00F2a%ho\u00E0 h\u00F2a", "n\u0103m 2022ho\u00E0 b\u00ECnh", "2022\u0111\u00E3 xong"}) {
            assertEquals(stageByStage(STANDARD, s), STANDARD.normalize(s), s);
        }
        assertEquals("n\u0103m 2022 h\u00F2a b\u00ECnh", STANDARD.normalize("n\u0103m 2022ho\u00E0 b\u00ECnh"));
    }

    private static boolean clean(String line) {
        return QUICK.isClean(line, 0, line.length());
    }

    @Test
    void cleanLines() {
        for (String s : new String[] {"", "Sở Khoa học và Công nghệ tổ chức hội nghị.", "Điều 5. Hiệu lực thi hành",
                "Theo Nghị định số 30/2020/NĐ-CP, UBND tỉnh (ngày 5/3/2020) giao: a) 95% kế hoạch;",
                "HÒA BÌNH - THỦY LỢI", "kilôgam", "end\r"}) {
            if (!s.endsWith("\r")) {
                assertTrue(clean(s), s);
            }
        }
        String crlf = "một dòng\r\nhai";
        assertTrue(QUICK.isClean(crlf, 0, crlf.indexOf('\n')), "the \\r of a \\r\\n line end");
    }

    @Test
    void dirtyLines() {
        for (String s : new String[] {"hoà bình", "Qúy", "tổng kếtthực hiện", "Trung tâmThông tin", "năm 2022đã",
                "năm.Về", "95%kế", "Hùng- Phó", "Tự do -Hạnh", " đầu dòng", "cuối dòng ", "hai  dấu cách", "nbsp\u00A0x",
                "zero\u200Bwidth", "Ho\u0302\u0300", "Ðảng", "tab\tx", "lone\r", "VNeID", "www.chinhphu.vn", "\uD800"}) {
            assertFalse(clean(s), s);
        }
    }

    @Test
    void cleanTextComesBackAsTheSameInstance() {
        String s = "Sở Khoa học và Công nghệ.\nỦy ban nhân dân tỉnh Thừa Thiên Huế\n";
        assertSame(s, STANDARD.normalize(s));
        assertSame(s, STANDARD.normalizeWithEdits(s).text());
    }

    @Test
    void onlyDirtyLinesChangeAndOffsetsStayRight() {
        String s = "dòng sạch\ntổng kếtthực hiện\ndòng sạch nữa\nhoà  bình\n";
        Normalized r = STANDARD.normalizeWithEdits(s);
        assertEquals("dòng sạch\ntổng kết thực hiện\ndòng sạch nữa\nhòa bình\n", r.text());
        assertEquals(stageByStage(STANDARD, s), r.text());
        assertEquals(r.text(), EditLog.apply(s, r.edits()));
        assertEquals(s.indexOf("hoà"), r.toOriginalOffset(r.text().indexOf("hòa")));
    }

    /** Deterministic damage of the kinds the stages repair. */
    static String damage(String clean, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        Normalizer2 nfd = Normalizer2.getNFDInstance();
        StringBuilder out = new StringBuilder();
        for (String word : clean.split(" ", -1)) {
            switch (rnd.nextInt(12)) {
                case 0 -> out.append(nfd.normalize(word));
                case 1 -> out.append(word).append('\u200B');
                case 2 -> out.append(word.replace("òa", "oà").replace("ủy", "uỷ").replace("óa", "oá"));
                default -> out.append(word);
            }
            int sep = rnd.nextInt(14);
            out.append(sep == 0 ? "" : sep == 1 ? "\u00A0" : sep == 2 ? "  " : " ");
        }
        return out.toString();
    }

    @Test
    void lineByLineEqualsStageByStageOnSamplesAndCorpus() throws IOException {
        VietnameseNormalizer[] normalizers = {STANDARD, VietnameseNormalizer.builder().toneStyle(ToneStyle.MODERN).build(),
                VietnameseNormalizer.builder().expandAbbreviations(true).build()};
        StringBuilder text = new StringBuilder();
        for (Path p : SharedData.samples()) {
            text.append(Files.readString(p, StandardCharsets.UTF_8)).append('\n');
        }
        Path corpus = SharedData.dir("corpora/vietnamese-legal-corpus-vlc");
        try (Stream<Path> files = Files.walk(corpus)) {
            List<Path> laws = files.filter(p -> p.toString().endsWith(".txt") && !p.getFileName().toString().startsWith("UPSTREAM"))
                    .sorted().toList();
            for (int k = 0; k < laws.size() && text.length() < 1_500_000; k += 25) {
                text.append(Files.readString(laws.get(k), StandardCharsets.UTF_8)).append('\n');
            }
        }
        String clean = text.toString();
        String damaged = damage(clean, 7);
        for (String s : new String[] {clean, damaged, NFD.normalize(clean)}) {
            oneTableScanAgreesLineByLine(s);
        }
        for (VietnameseNormalizer n : normalizers) {
            for (String s : new String[] {clean, damaged}) {
                String expected = stageByStage(n, s);
                String got = n.normalize(s);
                if (!expected.equals(got)) {
                    int i = 0;
                    while (expected.charAt(i) == got.charAt(i)) {
                        i++;
                    }
                    int from = Math.max(0, i - 60);
                    assertEquals(expected.substring(from, Math.min(expected.length(), i + 60)),
                            got.substring(from, Math.min(got.length(), i + 60)), n.toString());
                }
                Normalized r = n.normalizeWithEdits(s);
                assertEquals(got, r.text());
                assertEquals(got, EditLog.apply(s, r.edits()));
            }
        }
    }

    private static final Normalizer2 NFD = Normalizer2.getNFDInstance();

    /** The one-table scan proves a line clean exactly when the exact scan finds it clean, and stops at the first other line. */
    private static void oneTableScanAgreesLineByLine(String s) {
        int firstDirty = -1;
        int lines = 0;
        for (int start = 0; start <= s.length(); ) {
            int end = s.indexOf('\n', start);
            if (end < 0) {
                end = s.length();
            }
            boolean exactClean = !QUICK.exactWindow(s, start, end, null);
            int from = start;
            assertEquals(exactClean, QUICK.provedClean(s, start, end), () -> s.substring(from, Math.min(from + 200, s.length())));
            if (!exactClean && firstDirty < 0) {
                firstDirty = start;
            }
            lines++;
            start = end + 1;
        }
        assertEquals(firstDirty < 0 ? s.length() : firstDirty, QUICK.firstDirtyLine(s, 0, s.length()));
        assertTrue(lines > 1000, "lines: " + lines);
    }
}
