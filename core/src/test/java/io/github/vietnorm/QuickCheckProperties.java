package io.github.vietnorm;

import static org.junit.jupiter.api.Assertions.assertEquals;

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

    @Property(tries = 1500)
    void lineByLineEqualsStageByStage(@ForAll("lines") String s) {
        for (VietnameseNormalizer n : new VietnameseNormalizer[] {VietnameseNormalizer.standard(),
                VietnameseNormalizer.builder().toneStyle(ToneStyle.MODERN).build()}) {
            assertEquals(QuickCheckTest.stageByStage(n, s), n.normalize(s), () -> NormalizerProperties.escape(s));
        }
    }
}
