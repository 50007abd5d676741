package io.github.vietnorm;

import io.github.vietnorm.dictionaries.Lexicon;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Splits Vietnamese text into typed tokens with exact offsets: multi-syllable words as single
 * {@link TokenType#WORD} tokens ({@code Khoa học}), and numbers, dates, times, document codes,
 * abbreviations, URLs, e-mails, foreign words and punctuation as single tokens of their type.
 * Whitespace is never part of a token, except the spaces between the syllables of one word.
 * Made by a {@link Builder}; immutable and thread-safe.
 *
 * <pre>{@code
 * VietnameseTokenizer t = VietnameseTokenizer.builder().lexicon(Lexicon.standard()).build();
 * t.tokenize("Sở Khoa học và Công nghệ tổ chức hội nghị");
 * // [Sở, Khoa học, và, Công nghệ, tổ chức, hội nghị]   (all WORD)
 * t.segment("Sở Khoa học và Công nghệ tổ chức hội nghị");
 * // "Sở Khoa_học và Công_nghệ tổ_chức hội_nghị"
 * t.tokenize(text, (type, start, end) -> ...);         // no String or Token created
 * }</pre>
 *
 * <p>Words are found by a lattice of lexicon matches over each run of Vietnamese syllables and the
 * path of least total cost; syllables that start no word are words by themselves; runs of two or
 * more capitalised syllables are proper names and one word. Matching ignores case. Any input is
 * accepted: the tokenizer never throws on content, and for every token
 * {@code text.subSequence(start, end)} is its text.
 */
public final class VietnameseTokenizer {

    /** Default cost of a syllable that starts no lexicon word (see {@code lexicon/FORMAT.md}). */
    static final float DEFAULT_UNKNOWN_COST = 14.0f;
    /** Default extra cost of a word of two or more syllables (tuned on UD VTB train/dev). */
    static final float DEFAULT_COMPOUND_PENALTY = 2.0f;

    private final Lexicon lexicon;
    private final WordSegmenter segmenter;
    private final boolean joinNames;
    /** Per-thread reusable working memory (no allocation per call on the hot path). */
    private final ThreadLocal<TokenizerRun> runs;

    private VietnameseTokenizer(Builder b) {
        this.lexicon = b.lexicon == null ? Lexicon.standard() : b.lexicon;
        this.joinNames = b.joinNames;
        this.segmenter = new WordSegmenter(lexicon, b.unknownCost, b.compoundPenalty, joinNames);
        WordSegmenter seg = segmenter;
        this.runs = ThreadLocal.withInitial(() -> new TokenizerRun(seg));
    }

    /** @return a builder with the standard lexicon and proper-name joining on */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a tokenizer with the standard lexicon and default settings */
    public static VietnameseTokenizer standard() {
        return Holder.STANDARD;
    }

    private static final class Holder {
        static final VietnameseTokenizer STANDARD = builder().build();
    }

    /** @return the lexicon words are found in */
    public Lexicon lexicon() {
        return lexicon;
    }

    /**
     * Tokenizes {@code text}.
     *
     * @param text any text
     * @return its tokens in order
     */
    public List<Token> tokenize(CharSequence text) {
        Objects.requireNonNull(text, "text");
        String s = text.toString();
        List<Token> out = new ArrayList<>(Math.max(4, s.length() / 5));
        tokenize(s, (type, start, end) -> out.add(new Token(s.substring(start, end), type, start, end)));
        return out;
    }

    /**
     * Tokenizes {@code text}, reporting each token's type and offsets to {@code consumer} in order,
     * without creating strings: the form for search-engine analyzers.
     *
     * @param text     any text
     * @param consumer receives each token
     */
    public void tokenize(CharSequence text, TokenConsumer consumer) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(consumer, "consumer");
        TokenizerRun run = runs.get();
        if (run.busy) {
            run = new TokenizerRun(segmenter);   // called again from inside a consumer
        }
        run.start(text, consumer);
    }

    /**
     * The text form of {@code ./vietnorm tokenize}: tokens separated by one space, the syllables of a
     * word joined by {@code _} ({@code Sở Khoa_học và Công_nghệ}).
     *
     * @param text any text (line breaks become spaces)
     * @return the segmented text
     */
    public String segment(CharSequence text) {
        StringBuilder sb = new StringBuilder(text.length() + 16);
        tokenize(text, (type, start, end) -> {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            appendJoined(sb, text, type, start, end);
        });
        return sb.toString();
    }

    /**
     * Appends a token with the whitespace between its syllables replaced by {@code _} (for WORD tokens).
     */
    static void appendJoined(StringBuilder sb, CharSequence text, TokenType type, int start, int end) {
        if (type != TokenType.WORD) {
            sb.append(text, start, end);
            return;
        }
        boolean space = false;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = true;
            } else {
                if (space) {
                    sb.append('_');
                    space = false;
                }
                sb.append(c);
            }
        }
    }

    /** Builds a {@link VietnameseTokenizer}. Not thread-safe; reusable. */
    public static final class Builder {
        private Lexicon lexicon;
        private boolean joinNames = true;
        private float unknownCost = DEFAULT_UNKNOWN_COST;
        private float compoundPenalty = DEFAULT_COMPOUND_PENALTY;

        private Builder() {
        }

        /**
         * @param lexicon the words to find (default {@link Lexicon#standard()})
         * @return this builder
         */
        public Builder lexicon(Lexicon lexicon) {
            this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
            return this;
        }

        /**
         * @param join whether a run of capitalised syllables ({@code Nguyễn Quý Linh}) is one word
         *             (default true, the treebank convention)
         * @return this builder
         */
        public Builder joinProperNames(boolean join) {
            this.joinNames = join;
            return this;
        }

        /**
         * @param cost the cost of a syllable that starts no lexicon word, in the units of
         *             {@code Lexicon} costs (default 14); higher favours longer words
         * @return this builder
         */
        public Builder unknownSyllableCost(float cost) {
            if (!(cost > 0 && cost < 1000)) {
                throw new IllegalArgumentException("cost out of range (0, 1000): " + cost);
            }
            this.unknownCost = cost;
            return this;
        }

        /**
         * @param penalty an extra cost added to every word of two or more syllables (default 2): higher
         *                values split weak collocations ({@code cho biết}) into single words, lower
         *                values join more; 0 is the plain lexicon costs
         * @return this builder
         */
        public Builder compoundPenalty(float penalty) {
            if (!(penalty >= 0 && penalty < 1000)) {
                throw new IllegalArgumentException("penalty out of range [0, 1000): " + penalty);
            }
            this.compoundPenalty = penalty;
            return this;
        }

        /** @return a new immutable tokenizer */
        public VietnameseTokenizer build() {
            return new VietnameseTokenizer(this);
        }
    }
}
