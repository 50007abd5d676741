package io.github.vietnorm.lucene;

import io.github.vietnorm.VietnameseNormalizer;
import io.github.vietnorm.dictionaries.Abbreviations;
import java.io.Reader;
import java.util.Objects;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.FlattenGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;

/**
 * An analyzer for Vietnamese text. The default chain is
 *
 * <ol>
 *   <li>{@link VietnameseNormalizationCharFilter} (standard normalizer: Unicode, legacy encodings,
 *       one tone style, run-together words), offsets mapped back to the original text;
 *   <li>{@link VietnameseTokenizer} in {@link VietnameseTokenizer.Granularity#WORDS words};
 *   <li>{@link LowerCaseFilter} (after segmentation, so case never changes the words);
 *   <li>{@link VietnameseStopFilter} with the shipped stop words.
 * </ol>
 *
 * <p>Options, set through {@link #builder()}: syllables instead of words; abbreviation synonyms
 * ({@code UBND} ↔ {@code ủy ban nhân dân}) at {@link AbbreviationSynonyms#QUERY query} time (a
 * {@link SynonymGraphFilter}, for the search analyzer) or {@link AbbreviationSynonyms#INDEX index}
 * time (followed by {@link FlattenGraphFilter}); accent folding ({@link VietnameseFoldingFilter})
 * last. Accent folding conflates words that differ only by their marks ({@code dương}, {@code
 * đường}, {@code đương}), so it belongs in a second field; and since the tokenizer finds words
 * from accented syllables, the folded field should use syllables and phrase queries:
 *
 * <pre>{@code
 * Analyzer text = new VietnameseAnalyzer();                          // field "body"
 * Analyzer folded = VietnameseAnalyzer.builder()                     // field "body.folded"
 *         .granularity(VietnameseTokenizer.Granularity.SYLLABLES)
 *         .stopWords(CharArraySet.EMPTY_SET)
 *         .folding(true).foldIY(true)
 *         .build();
 * Analyzer search = VietnameseAnalyzer.builder()                     // query analyzer for "body"
 *         .abbreviations(VietnameseAnalyzer.AbbreviationSynonyms.QUERY)
 *         .build();
 * }</pre>
 *
 * <p>Thread-safe, like every Lucene analyzer; the heavy data (lexicon, stop set, synonym maps) is
 * loaded once and shared by all instances. {@link #normalize(String, org.apache.lucene.util.BytesRef)
 * normalize} (wildcard, prefix and fuzzy terms) applies the char filter without word splitting,
 * lower case and, if on, folding.
 */
public final class VietnameseAnalyzer extends Analyzer {

    /** Where abbreviation synonyms are applied. */
    public enum AbbreviationSynonyms {
        /** No synonyms (the default). */
        OFF,
        /** Index time: {@code SynonymGraphFilter} then {@code FlattenGraphFilter}. */
        INDEX,
        /** Query time: {@code SynonymGraphFilter}, a correct graph for multi-word expansions. */
        QUERY
    }

    private final VietnameseNormalizer normalizer;
    private final VietnameseNormalizer termNormalizer;
    private final io.github.vietnorm.VietnameseTokenizer segmenter;
    private final VietnameseTokenizer.Granularity granularity;
    private final CharArraySet stopWords;
    private final boolean folding;
    private final boolean foldIY;
    private final boolean preserveOriginal;
    private final AbbreviationSynonyms abbreviations;
    private final SynonymMap synonyms;

    /** The analyzer with the default chain (see the class description). */
    public VietnameseAnalyzer() {
        this(builder());
    }

    private VietnameseAnalyzer(Builder b) {
        this.normalizer = b.normalizer;
        this.termNormalizer = b.normalizer == null ? null
                : b.normalizer.splitsRunTogetherWords()
                        ? b.normalizer.toBuilder().splitRunTogetherWords(false).build()
                        : b.normalizer;
        this.segmenter = b.segmenter == null ? Defaults.segmenter() : b.segmenter;
        this.granularity = b.granularity;
        this.stopWords = b.stopWords;
        this.folding = b.folding;
        this.foldIY = b.foldIY;
        this.preserveOriginal = b.preserveOriginal;
        this.abbreviations = b.abbreviations;
        if (abbreviations == AbbreviationSynonyms.OFF) {
            this.synonyms = null;
        } else if (b.dictionary == null && b.segmenter == null && normalizer != null
                && normalizer.expandsAbbreviations() == false && normalizer.repairsLegacyEncodings()) {
            this.synonyms = VietnameseAbbreviationSynonyms.standard(granularity, normalizer.toneStyle(), true);
        } else {
            try (Analyzer a = VietnameseAbbreviationSynonyms.analyzer(termNormalizer, segmenter, granularity)) {
                this.synonyms = VietnameseAbbreviationSynonyms.build(
                        b.dictionary == null ? Abbreviations.standard() : b.dictionary, a, true);
            }
        }
    }

    /** @return a builder with the defaults of {@link #VietnameseAnalyzer()} */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    protected Reader initReader(String fieldName, Reader reader) {
        return normalizer == null ? reader : new VietnameseNormalizationCharFilter(reader, normalizer);
    }

    @Override
    protected Reader initReaderForNormalization(String fieldName, Reader reader) {
        return termNormalizer == null ? reader : new VietnameseNormalizationCharFilter(reader, termNormalizer);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer tokenizer = new VietnameseTokenizer(TokenStream.DEFAULT_TOKEN_ATTRIBUTE_FACTORY, segmenter,
                granularity, false, VietnameseTokenizer.DEFAULT_MAX_TOKEN_LENGTH);
        TokenStream ts = new LowerCaseFilter(tokenizer);
        if (synonyms != null) {
            ts = new SynonymGraphFilter(ts, synonyms, true);
            if (abbreviations == AbbreviationSynonyms.INDEX) {
                ts = new FlattenGraphFilter(ts);
            }
        }
        if (!stopWords.isEmpty()) {
            ts = new StopFilter(ts, stopWords);
        }
        if (folding) {
            ts = new VietnameseFoldingFilter(ts, preserveOriginal, foldIY);
        }
        return new TokenStreamComponents(tokenizer, ts);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        TokenStream ts = new LowerCaseFilter(in);
        return folding ? new VietnameseFoldingFilter(ts, false, foldIY) : ts;
    }

    @Override
    public String toString() {
        return "VietnameseAnalyzer[granularity=" + granularity + ", normalizer=" + normalizer
                + ", stopWords=" + stopWords.size() + ", folding=" + folding + ", foldIY=" + foldIY
                + ", preserveOriginal=" + preserveOriginal + ", abbreviations=" + abbreviations + "]";
    }

    /** Configures a {@link VietnameseAnalyzer}. Not thread-safe; reusable. */
    public static final class Builder {
        private VietnameseNormalizer normalizer = VietnameseNormalizer.standard();
        private io.github.vietnorm.VietnameseTokenizer segmenter;
        private VietnameseTokenizer.Granularity granularity = VietnameseTokenizer.Granularity.WORDS;
        private CharArraySet stopWords = VietnameseStopFilter.defaultStopSet();
        private boolean folding;
        private boolean foldIY;
        private boolean preserveOriginal;
        private AbbreviationSynonyms abbreviations = AbbreviationSynonyms.OFF;
        private Abbreviations dictionary;

        private Builder() {
        }

        /**
         * @param normalizer the normalizer of the char filter (default {@link
         *                   VietnameseNormalizer#standard()}), or null for no char filter
         * @return this builder
         */
        public Builder normalizer(VietnameseNormalizer normalizer) {
            this.normalizer = normalizer;
            return this;
        }

        /**
         * @param segmenter the core tokenizer, e.g. with a user lexicon (default: the standard
         *                  lexicon, proper-name joining off)
         * @return this builder
         */
        public Builder segmenter(io.github.vietnorm.VietnameseTokenizer segmenter) {
            this.segmenter = Objects.requireNonNull(segmenter, "segmenter");
            return this;
        }

        /**
         * @param granularity words (default) or syllables
         * @return this builder
         */
        public Builder granularity(VietnameseTokenizer.Granularity granularity) {
            this.granularity = Objects.requireNonNull(granularity, "granularity");
            return this;
        }

        /**
         * @param stopWords the words to remove (default {@link VietnameseStopFilter#defaultStopSet()});
         *                  {@link CharArraySet#EMPTY_SET} for none
         * @return this builder
         */
        public Builder stopWords(CharArraySet stopWords) {
            this.stopWords = CharArraySet.unmodifiableSet(Objects.requireNonNull(stopWords, "stopWords"));
            return this;
        }

        /**
         * @param on fold accents and {@code đ} (default false)
         * @return this builder
         */
        public Builder folding(boolean on) {
            this.folding = on;
            return this;
        }

        /**
         * @param on with folding, also fold a final {@code y}/{@code i} ({@code kỹ}/{@code kĩ}; default false)
         * @return this builder
         */
        public Builder foldIY(boolean on) {
            this.foldIY = on;
            return this;
        }

        /**
         * @param on with folding, keep the accented token too, at the same position (default false)
         * @return this builder
         */
        public Builder preserveOriginal(boolean on) {
            this.preserveOriginal = on;
            return this;
        }

        /**
         * @param where abbreviation synonyms at index time, query time or not at all (default)
         * @return this builder
         */
        public Builder abbreviations(AbbreviationSynonyms where) {
            this.abbreviations = Objects.requireNonNull(where, "where");
            return this;
        }

        /**
         * @param dictionary the abbreviations for the synonyms (default {@link Abbreviations#standard()})
         * @return this builder
         */
        public Builder abbreviationDictionary(Abbreviations dictionary) {
            this.dictionary = Objects.requireNonNull(dictionary, "dictionary");
            return this;
        }

        /** @return a new analyzer */
        public VietnameseAnalyzer build() {
            if ((foldIY || preserveOriginal) && !folding) {
                throw new IllegalStateException("foldIY and preserveOriginal need folding(true)");
            }
            return new VietnameseAnalyzer(this);
        }
    }
}
