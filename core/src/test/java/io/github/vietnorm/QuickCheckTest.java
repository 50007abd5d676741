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
import java.util.ArrayList;
import java.util.Arrays;
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
        firstDirtyLineAgrees(QUICK, s);
    }

    /**
     * {@link QuickCheck#firstDirtyLine} from the text start and after each line it cannot prove (as
     * the normalizer calls it), up to the end of the text and up to a line end halfway, is the first
     * line {@link QuickCheck#provedClean} does not prove.
     */
    static void firstDirtyLineAgrees(QuickCheck quick, String s) {
        List<Integer> starts = new ArrayList<>();
        List<Integer> ends = new ArrayList<>();
        for (int start = 0; start <= s.length(); ) {
            int end = s.indexOf('\n', start);
            if (end < 0) {
                end = s.length();
            }
            starts.add(start);
            ends.add(end);
            start = end + 1;
        }
        int lines = starts.size();
        boolean[] proved = new boolean[lines];
        for (int k = 0; k < lines; k++) {
            proved[k] = quick.provedClean(s, starts.get(k), ends.get(k));
        }
        for (int last : new int[] {lines - 1, lines / 2}) {
            int to = ends.get(last);
            int first = 0;
            while (first <= last) {
                int dirty = first;
                while (dirty <= last && proved[dirty]) {
                    dirty++;
                }
                int from = starts.get(first);
                assertEquals(dirty <= last ? starts.get(dirty) : to, quick.firstDirtyLine(s, from, to),
                        () -> "from " + from + " to " + to + " of " + s.length());
                first = dirty + 1;
            }
        }
    }

    /**
     * Texts long enough to be walked as two streams: the first line not proved in the first
     * stream, in the second, in both, at the split, at the very end, or none, with runs that are no
     * syllable on both sides (UBND is left alone, VNeID is not).
     */
    @Test
    void longTextsStopAtTheFirstLineNotProved() {
        String line = "Theo Nghị định số 30/2020/NĐ-CP, UBND tỉnh (ngày 5/3/2020) giao: a) 95% kế hoạch;";
        int count = 3 * QuickCheck.STRETCH / line.length();
        String clean = (line + "\n").repeat(count - 1) + line;
        int split = clean.indexOf('\n', QuickCheck.STRETCH) + 1; // where the second stream starts
        int splitLine = split / (line.length() + 1);
        int[][] dirtyLines = {{}, {3}, {count - 3}, {3, count - 3}, {splitLine}, {splitLine - 1}, {splitLine, count - 1},
            {count - 1}, {0}};
        for (String dirty : new String[] {"Theo hoà bình", "VNeID", "tỉnh VNeID", "hai  dấu", "cuối dòng ", "UBND- tỉnh"}) {
            assertFalse(QUICK.provedClean(dirty, 0, dirty.length()), dirty);
            for (int[] at : dirtyLines) {
                String[] ls = clean.split("\n", -1);
                for (int k : at) {
                    ls[k] = dirty;
                }
                String s = String.join("\n", ls);
                int expected = at.length == 0 ? s.length() : s.indexOf(dirty);
                assertEquals(expected, QUICK.firstDirtyLine(s, 0, s.length()), () -> dirty + " at " + Arrays.toString(at));
                firstDirtyLineAgrees(QUICK, s);
            }
        }
        // the second stream shorter than the first: a long line across the split, a text just over two streams long
        String longLine = (line + " ").repeat(1000 / line.length()) + "hoà";
        String head = (line + "\n").repeat((QuickCheck.STRETCH - 500) / (line.length() + 1));
        String tail = (line + "\n").repeat((2 * QuickCheck.STRETCH + 200 - head.length() - longLine.length()) / (line.length() + 1));
        String unequal = head + longLine + "\n" + tail + line;
        assertTrue(unequal.length() > 2 * QuickCheck.STRETCH && unequal.length() - head.length() - longLine.length() < head.length() + longLine.length());
        assertEquals(head.length(), QUICK.firstDirtyLine(unequal, 0, unequal.length()));
        firstDirtyLineAgrees(QUICK, unequal);
        String crlf = clean.replace("\n", "\r\n");
        assertEquals(crlf.length(), QUICK.firstDirtyLine(crlf, 0, crlf.length()));
        assertEquals(crlf.lastIndexOf('\n') + 1, QUICK.firstDirtyLine(crlf + "\r", 0, crlf.length() + 1), "a \\r at the very end");
    }
}
