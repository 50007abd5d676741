package io.github.vietnorm.lucene;

import io.github.vietnorm.ToneStyle;
import io.github.vietnorm.VietnameseNormalizer;
import io.github.vietnorm.dictionaries.StopWords;
import org.apache.lucene.analysis.CharArraySet;

/** Heavy shared data, loaded once on first use: the default segmenter and the stop set. */
final class Defaults {

    private Defaults() {
    }

    /** The core tokenizer with the standard lexicon, proper-name joining off (case never changes words). */
    static io.github.vietnorm.VietnameseTokenizer segmenter() {
        return SegmenterHolder.SEGMENTER;
    }

    /** {@link StopWords#standard()} as an unmodifiable {@link CharArraySet}. */
    static CharArraySet stopSet() {
        return StopHolder.STOP;
    }

    private static final VietnameseNormalizer[] NORMALIZERS = new VietnameseNormalizer[8];

    /** A shared normalizer with these settings (the others at their defaults). */
    static VietnameseNormalizer normalizer(ToneStyle style, boolean splitRunTogetherWords, boolean repairLegacyEncodings) {
        int i = (style == ToneStyle.MODERN ? 4 : 0) + (splitRunTogetherWords ? 2 : 0) + (repairLegacyEncodings ? 1 : 0);
        synchronized (NORMALIZERS) {
            VietnameseNormalizer n = NORMALIZERS[i];
            if (n == null) {
                VietnameseNormalizer standard = VietnameseNormalizer.standard();
                if (standard.toneStyle() == style && standard.splitsRunTogetherWords() == splitRunTogetherWords
                        && standard.repairsLegacyEncodings() == repairLegacyEncodings) {
                    n = standard;
                } else {
                    n = standard.toBuilder().toneStyle(style).splitRunTogetherWords(splitRunTogetherWords)
                            .repairLegacyEncodings(repairLegacyEncodings).build();
                }
                NORMALIZERS[i] = n;
            }
            return n;
        }
    }

    private static final class SegmenterHolder {
        static final io.github.vietnorm.VietnameseTokenizer SEGMENTER =
                io.github.vietnorm.VietnameseTokenizer.builder().joinProperNames(false).build();
    }

    private static final class StopHolder {
        static final CharArraySet STOP = CharArraySet.unmodifiableSet(new CharArraySet(StopWords.standard(), true));
    }
}
