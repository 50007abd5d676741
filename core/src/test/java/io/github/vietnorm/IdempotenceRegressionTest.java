package io.github.vietnorm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Strings that jqwik found where a second pass changed the text again. */
class IdempotenceRegressionTest {
    @ParameterizedTest
    @ValueSource(strings = {"\u0958\u00D0a", "\u00D6\u0323a\u00AD", "\u00AD\u00D6\u0323", "\u00AD\u0110\u00D0", "O\u0308a\u00AD",
        "aa\u0300u", "y\u00D2a", "ca\u0300 phe\u0302 va\u0300 ba\u0301nh",
        "\u00AD\u00AE\u200B\u0300", "\r\u00AD\u00AE\u200B\u0309\u1ECFa/\uC2D0a\u00C3ikh/c\r",
        "u\u00D2\u200Bu", "a\u200B\u2019b \u00E9", "ca\u200B\u0300 phe\u0302",
        "\u00D0a\uFACF", "\u00A0\u00C6\u00A1", "x\u00A0\u00C6\u00A1",
        "A\u212BY", "th\u212Bng", "\u00E2nn\u3000g\u00A7c", "g\u8B9A\u2003u\u00AEt",
        "k\u00B8n\u00A0", "y\u00AEc\u00A0", "O\u00A9n\u00A0", "\u00A0o\u00A9o", "\u00BBn\u00A0\u00B6",
        "\u00ADh@c\u00EAi", "\u00A9\u3000\u2013\u00ADi", "\u2013\u00AEeo \u00E1\u0300", "\u00A7\u00FAy",
        "\u00B8k\u202F\u202F9\u00EA:\u00C3t -OcY", "a\u00E1n)(k\u00FDO\u00E1tY1"})
    void secondPassChangesNothing(String s) {
        for (VietnameseNormalizer n : new VietnameseNormalizer[] {VietnameseNormalizer.standard(),
                VietnameseNormalizer.builder().repairLegacyEncodings(false).splitRunTogetherWords(false).build(),
                VietnameseNormalizer.builder().toneStyle(ToneStyle.MODERN).build()}) {
            String once = n.normalize(s);
            assertEquals(once, n.normalize(once), NormalizerProperties.escape(s));
        }
    }
}
