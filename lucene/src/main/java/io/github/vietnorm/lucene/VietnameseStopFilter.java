package io.github.vietnorm.lucene;

import io.github.vietnorm.dictionaries.StopWords;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;

/**
 * Removes Vietnamese function words ({@code và}, {@code của}, {@code các}, {@code tuy nhiên},
 * {@code đối với}, …) with vietnorm's curated list ({@link StopWords#standard()}, about 200 words).
 * The list is word-level: a multi-syllable entry matches the single word token the {@link
 * VietnameseTokenizer} emits for it, so put this filter after the tokenizer (in {@link
 * VietnameseTokenizer.Granularity#WORDS} mode) and before any folding. Matching ignores case.
 * Removed tokens leave a position gap, as with every Lucene stop filter, so phrase queries keep
 * their distances.
 *
 * <pre>{@code
 * TokenStream ts = new VietnameseStopFilter(new LowerCaseFilter(new VietnameseTokenizer()));
 * // "tuy nhiên các cơ quan đã thực hiện" -> "cơ quan", "thực hiện"
 * }</pre>
 */
public final class VietnameseStopFilter extends StopFilter {

    /** Removes the shipped stop words. */
    public VietnameseStopFilter(TokenStream in) {
        this(in, defaultStopSet());
    }

    /**
     * @param in       the tokens
     * @param stopWords the words to remove
     */
    public VietnameseStopFilter(TokenStream in, CharArraySet stopWords) {
        super(in, stopWords);
    }

    /** The shipped stop words as an unmodifiable, case-insensitive set, shared by all users. */
    public static CharArraySet defaultStopSet() {
        return Defaults.stopSet();
    }
}
