package io.github.vietnorm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The fast path over arbitrary text: "clean" is a proof, and the line-by-line pipeline changes nothing. */
class QuickCheckProperties {
    private static final String[] PIECES = {
        "hòa", "hoà", "thủy", "thuỷ", "Ủy", "Uỷ", "Qúy", "quý", "kết", "thực", "tâm", "Thông", "các", "văn", "người",
        "nghiêng", "UBND", "HĐND", "VNeID", "MobiFone", "kilôgam", "the", "and", "II", "NĐ-CP", "30/2020", "2022",
        "95%", "10km", "www.chinhphu.vn", "a@b.vn", "v.v.", "Tp.HCM", "ĐẢNG", "Đắk", "gì", "x", "y",
    };
    private static final String[] GLUE = {" ", " ", " ", " ", "", ".", ". ", ", ", ",", " - ", "- ", " -", "-", "  ", "\n",
        "\r\n", "\u00A0", "\u200B", "\t", "(", ") ", ": ", ";", "!", "?", "%", "/", "\u0301", "\u00AD", "Ð", "\r", ""};

    @Provide
    Arbitrary<String> lines() {
        Arbitrary<String> piece = Arbitraries.of(PIECES);
        Arbitrary<String> glue = Arbitraries.of(GLUE);
        return Arbitraries.integers().between(0, 12).flatMap(n -> piece.list().ofSize(n + 1).flatMap(ps ->
                glue.list().ofSize(n + 2).map(gs -> {
                    StringBuilder b = new StringBuilder(gs.get(0));
                    for (int k = 0; k < ps.size(); k++) {
                        b.append(ps.get(k)).append(gs.get(k + 1));
                    }
                    return b.toString();
                })));
    }

    @Property(tries = 3000)
    void cleanMeansUnchanged(@ForAll("lines") String s) {
        for (ToneStyle style : ToneStyle.values()) {
            TonePlacement tone = new TonePlacement(style);
            RunTogetherSplitting spacing = new RunTogetherSplitting(LexiconSplitChooser.STANDARD);
            QuickCheck quick = new QuickCheck(style, tone, spacing);
            Stage[] stages = {new WhitespaceAndInvisibles(), new UnicodeComposition(), tone, spacing, tone};
            int start = 0;
            while (true) {
                int end = s.indexOf('\n', start);
                if (end < 0) {
                    end = s.length();
                }
                String line = s.substring(start, end);
                if (quick.isClean(s, start, end)) {
                    String current = line;
                    StageContext context = new StageContext();
                    for (Stage stage : stages) {
                        TextRewriter out = new TextRewriter(current, false);
                        stage.apply(current, out, context);
                        current = out.result();
                    }
                    assertEquals(line, current, () -> "judged clean but changed: " + NormalizerProperties.escape(line));
                }
                if (end == s.length()) {
                    break;
                }
                start = end + 1;
            }
        }
    }

    /**
     * The one-table scan answers as the exact scan, line by line (except a line that starts the text
     * with punctuation glued to a letter, which only the exact scan can tell apart), and the first
     * line it cannot prove is where a scan over many lines stops.
     */
    @Property(tries = 3000)
    void oneTableScanAgreesWithTheExactScan(@ForAll("lines") String s) {
        for (ToneStyle style : ToneStyle.values()) {
            TonePlacement tone = new TonePlacement(style);
            QuickCheck quick = new QuickCheck(style, tone, new RunTogetherSplitting(LexiconSplitChooser.STANDARD));
            int firstDirty = -1;
            int start = 0;
            while (true) {
                int end = s.indexOf('\n', start);
                if (end < 0) {
                    end = s.length();
                }
                boolean exactClean = !quick.exactWindow(s, start, end, null);
                boolean proved = quick.provedClean(s, start, end);
                int from = start;
                if (!(start == 0 && end > 1 && ".,;:!?".indexOf(s.charAt(0)) >= 0 && Character.isLetter(s.charAt(1)))) {
                    assertEquals(exactClean, proved, () -> "line at " + from + " of " + NormalizerProperties.escape(s));
                } else if (proved) {
                    assertEquals(true, exactClean, () -> "proved but dirty: " + NormalizerProperties.escape(s));
                }
                if (!proved && firstDirty < 0) {
                    firstDirty = start;
                }
                if (end == s.length()) {
                    break;
                }
                start = end + 1;
            }
            assertEquals(firstDirty < 0 ? s.length() : firstDirty, quick.firstDirtyLine(s, 0, s.length()),
                    () -> NormalizerProperties.escape(s));
        }
    }

    /** Lines the one-table scan proves (one long: streams of unequal length), for long texts with a few random lines among them. */
    private static final String[] CLEAN_LINES = {"Sở Khoa học và Công nghệ tổ chức hội nghị.", "Điều 5. Hiệu lực thi hành",
        "Theo Nghị định số 30/2020/NĐ-CP, UBND tỉnh (ngày 5/3/2020) giao: a) 95% kế hoạch;", "HÒA BÌNH - THỦY LỢI",
        "kilôgam", "một dòng\r", "", "Sở Khoa học và Công nghệ ".repeat(40) + "tổ chức"};

    private static final QuickCheck[] QUICKS = java.util.Arrays.stream(ToneStyle.values())
            .map(style -> new QuickCheck(style, new TonePlacement(style), new RunTogetherSplitting(LexiconSplitChooser.STANDARD)))
            .toArray(QuickCheck[]::new);

    /** Hundreds of clean lines (more than two streams' worth) with up to four random lines at random places. */
    @Provide
    Arbitrary<String> longTexts() {
        Arbitrary<String> cleanLine = Arbitraries.of(CLEAN_LINES);
        return cleanLine.list().ofMinSize(200).ofMaxSize(600).flatMap(ls -> lines().list().ofMaxSize(4).flatMap(odd ->
                Arbitraries.integers().between(0, ls.size()).list().ofSize(odd.size()).map(at -> {
                    List<String> all = new ArrayList<>(ls);
                    for (int k = 0; k < odd.size(); k++) {
                        all.add(at.get(k), odd.get(k));
                    }
                    return String.join("\n", all);
                })));
    }

    /** Over long texts too (walked as two streams), the one-table scan stops at the first line it cannot prove. */
    @Property(tries = 300)
    void longTextsStopAtTheFirstLineNotProved(@ForAll("longTexts") String s) {
        for (QuickCheck quick : QUICKS) {
            QuickCheckTest.firstDirtyLineAgrees(quick, s);
        }
    }

    @Property(tries = 1500)
    void lineByLineEqualsStageByStage(@ForAll("lines") String s) {
        for (VietnameseNormalizer n : new VietnameseNormalizer[] {VietnameseNormalizer.standard(),
                VietnameseNormalizer.builder().toneStyle(ToneStyle.MODERN).build()}) {
            assertEquals(QuickCheckTest.stageByStage(n, s), n.normalize(s), () -> NormalizerProperties.escape(s));
        }
    }
}
